/**
 * Deadline arithmetic on the shipped 2025 and 2026 arrangements. Every expected date was worked
 * out by hand on a paper calendar (2026-02-01 and 2026-03-01 are Sundays, 2026-09-01 a Tuesday,
 * 2026-10-01 a Thursday) before it was written here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REFERENCE_ARRANGEMENTS } from './calendar.arrangements.ts';
import { addMonthsClamped, beijingToday, isIsoDate, weekdayOf } from './calendar.dates.ts';
import { referenceArrangement } from './calendar.reference.ts';
import { explainDeadline } from './deadline.ts';
import { WorkingCalendar } from './working-calendar.ts';

const shipped = REFERENCE_ARRANGEMENTS.map(referenceArrangement);
const calendar = new WorkingCalendar(
  REFERENCE_ARRANGEMENTS.map((r) => r.year),
  shipped.flatMap((a) => a.days),
);
const span = (first: string, last: string) => {
  const days: string[] = [];
  for (
    let d = new Date(`${first}T00:00:00Z`);
    d <= new Date(`${last}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    days.push(d.toISOString().slice(0, 10));
  return days;
};

describe('the shipped arrangements', () => {
  test('2025: 28 days off and 5 make-up days; 2026: 33 and 6, make-up days all on weekends', () => {
    const count = (i: number, kind: string) => shipped[i]!.days.filter((d) => d.kind === kind).length;
    assert.deepEqual([count(0, 'holiday'), count(0, 'workday')], [28, 5]);
    assert.deepEqual([count(1, 'holiday'), count(1, 'workday')], [33, 6]);
    const makeUp2026 = shipped[1]!.days.filter((d) => d.kind === 'workday').map((d) => d.day);
    assert.deepEqual(makeUp2026, [
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    assert.deepEqual(makeUp2026.map(weekdayOf), [0, 6, 6, 6, 0, 6]);
  });

  test('a year has 248 working days in 2025 and in 2026 (261 weekdays, less weekday holidays, plus make-up)', () => {
    assert.equal(calendar.workingDaysBetween('2024-12-31', '2025-12-31'), 261 - 18 + 5);
    assert.equal(calendar.workingDaysBetween('2025-12-31', '2026-12-31'), 261 - 19 + 6);
  });

  test('2027 and 2024 are unknown', () => {
    assert.deepEqual(calendar.knownYears(), [2025, 2026]);
    assert.equal(calendar.knows(2027), false);
    assert.equal(calendar.knows(2024), false);
  });
});

describe('working days', () => {
  test('5 working days from 2026-02-12: Fri 13, Sat 14 (make-up), then 春节 02-15..23 off, Tue 24 … Thu 26', () => {
    assert.deepEqual(calendar.addWorkingDays('2026-02-12', 5), {
      due: '2026-02-26',
      nominalEnd: '2026-02-26',
      complete: true,
      unknownYears: [],
    });
    // Weekends only would have said 02-19, in the middle of the Spring Festival.
    assert.equal(new WorkingCalendar([2026], []).addWorkingDays('2026-02-12', 5).due, '2026-02-19');
  });

  test('10 working days from 2026-02-12 count both 春节 make-up Saturdays and end on Wed 03-04', () => {
    assert.equal(calendar.addWorkingDays('2026-02-12', 10).due, '2026-03-04');
  });

  test('around National Day 2026: Sun 09-20 is worked, 10-01..07 off, Sat 10-10 worked', () => {
    assert.equal(calendar.addWorkingDays('2026-09-18', 5).due, '2026-09-24');
    assert.equal(calendar.addWorkingDays('2026-09-29', 3).due, '2026-10-09');
    assert.equal(calendar.addWorkingDays('2026-09-29', 4).due, '2026-10-10');
    assert.equal(calendar.addWorkingDays('2026-09-29', 5).due, '2026-10-12');
    // 中秋 09-25..27 and 国庆 10-01..07 both skipped; 10-10 counts, Sun 10-11 does not.
    assert.equal(calendar.addWorkingDays('2026-09-24', 10).due, '2026-10-15');
  });

  test('workingDaysBetween inverts addWorkingDays, negative when reversed, 0 on the same day', () => {
    assert.equal(calendar.workingDaysBetween('2026-02-12', '2026-02-26'), 5);
    assert.equal(calendar.workingDaysBetween('2026-02-26', '2026-02-12'), -5);
    assert.equal(calendar.workingDaysBetween('2026-09-24', '2026-10-15'), 10);
    assert.equal(calendar.workingDaysBetween('2026-02-26', '2026-02-26'), 0);
    assert.equal(calendar.workingDaysBetween('2026-02-23', '2026-02-15'), 0, 'all 春节, and not -0');
  });

  test('0 working days ends on start, or on the next working day when start is a day off', () => {
    assert.equal(calendar.addWorkingDays('2026-02-13', 0).due, '2026-02-13');
    assert.equal(calendar.addWorkingDays('2026-02-15', 0).due, '2026-02-24');
    assert.throws(() => calendar.addWorkingDays('2026-02-13', -1), RangeError);
    assert.throws(() => calendar.addWorkingDays('2026-02-30', 1), RangeError);
  });
});

describe('calendar days and months: a last day on a day off moves to the next working day', () => {
  test('7 days from 2026-09-24 land on 10-01 (国庆) and end on Thu 10-08', () => {
    assert.deepEqual(calendar.addCalendarDays('2026-09-24', 7), {
      due: '2026-10-08',
      nominalEnd: '2026-10-01',
      complete: true,
      unknownYears: [],
    });
  });

  test('an ordinary weekend moves the end to Monday; a make-up Saturday does not move it', () => {
    assert.equal(calendar.addCalendarDays('2026-03-05', 2).due, '2026-03-09');
    assert.equal(calendar.addCalendarDays('2026-09-30', 10).due, '2026-10-10');
    assert.equal(calendar.addCalendarDays('2026-02-04', 10).due, '2026-02-14');
    assert.equal(calendar.addCalendarDays('2026-03-02', 2).due, '2026-03-04');
  });

  test('months end on the corresponding day, or the month’s last day, then the same rule', () => {
    assert.equal(addMonthsClamped('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonthsClamped('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonthsClamped('2026-12-15', 1), '2027-01-15');
    assert.equal(addMonthsClamped('2026-03-31', -1), '2026-02-28');
    // 2026-02-28 is a Saturday, but a 春节 make-up working day: the period ends there.
    assert.equal(calendar.addMonths('2026-01-31', 1).due, '2026-02-28');
    assert.equal(calendar.addMonths('2025-01-31', 1).due, '2025-02-28');
    assert.deepEqual(calendar.addMonths('2026-01-17', 1), {
      due: '2026-02-24',
      nominalEnd: '2026-02-17',
      complete: true,
      unknownYears: [],
    });
  });
});

describe('unknown years are counted with weekends only, and flagged', () => {
  test('5 working days from Mon 2026-12-28 run into 2027: Fri 01-01 counted as a weekday', () => {
    assert.deepEqual(calendar.addWorkingDays('2026-12-28', 5), {
      due: '2027-01-04',
      nominalEnd: '2027-01-04',
      complete: false,
      unknownYears: [2027],
    });
    assert.equal(calendar.addWorkingDays('2026-12-20', 3).complete, true, 'ends on Wed 12-23');
  });

  test('only the days looked at matter: a calendar-day period ending in 2026 is complete', () => {
    assert.equal(calendar.addCalendarDays('2026-12-21', 10).complete, true);
    assert.deepEqual(calendar.addCalendarDays('2026-12-26', 6), {
      due: '2027-01-01',
      nominalEnd: '2027-01-01',
      complete: false,
      unknownYears: [2027],
    });
    assert.deepEqual(calendar.addWorkingDays('2024-12-30', 3), {
      due: '2025-01-03',
      nominalEnd: '2025-01-03',
      complete: false,
      unknownYears: [2024],
    });
    assert.deepEqual(calendar.countWorkingDays('2026-12-31', '2027-01-04'), {
      days: 2,
      complete: false,
      unknownYears: [2027],
    });
  });
});

describe('the explanation of a deadline', () => {
  test('working days list the holidays skipped and the make-up days counted', () => {
    const deadline = explainDeadline(calendar, '2026-02-12', 5, 'working_days');
    assert.equal(deadline.due, '2026-02-26');
    assert.deepEqual(
      deadline.skipped.map((d) => [d.day, d.reason, d.name]),
      span('2026-02-15', '2026-02-23').map((day) => [day, 'holiday', '春节']),
    );
    assert.deepEqual(deadline.makeUpWorkdays, [{ day: '2026-02-14', weekday: 6, name: '春节' }]);
  });

  test('calendar days list the days off passed over at the end', () => {
    const deadline = explainDeadline(calendar, '2026-09-24', 7, 'calendar_days');
    assert.equal(deadline.nominalEnd, '2026-10-01');
    assert.deepEqual(
      deadline.skipped.map((d) => d.day),
      span('2026-10-01', '2026-10-07'),
    );
    const weekend = explainDeadline(calendar, '2026-03-05', 2, 'calendar_days');
    assert.deepEqual(
      weekend.skipped.map((d) => [d.day, d.weekday, d.reason, d.name]),
      [
        ['2026-03-07', 6, 'weekend', null],
        ['2026-03-08', 0, 'weekend', null],
      ],
    );
    const makeUp = explainDeadline(calendar, '2026-09-30', 10, 'calendar_days');
    assert.deepEqual([makeUp.skipped, makeUp.makeUpWorkdays.map((d) => d.day)], [[], ['2026-10-10']]);
  });
});

describe('dates', () => {
  test('only real YYYY-MM-DD dates are dates', () => {
    assert.equal(isIsoDate('2028-02-29'), true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '20260101', '0099-01-01', '']) {
      assert.equal(isIsoDate(bad), false, bad);
    }
  });

  test('today in Beijing turns at 16:00 UTC', () => {
    assert.equal(beijingToday(new Date('2026-02-14T15:59:59Z')), '2026-02-14');
    assert.equal(beijingToday(new Date('2026-02-14T16:00:00Z')), '2026-02-15');
  });
});
