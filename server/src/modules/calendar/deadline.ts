/**
 * A due date with the reasons for it: which days were not counted or were passed over, and which
 * weekend days counted because the arrangement made them working days. Case handling shows this
 * next to a statutory deadline so an official can check it by hand.
 */
import { addDays, weekdayOf } from './calendar.dates.ts';
import type { DueDate, PeriodUnit, WorkingCalendar } from './working-calendar.ts';

export interface SkippedDay {
  day: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  reason: 'weekend' | 'holiday';
  /** The festival of a holiday. */
  name: string | null;
}

export interface MakeUpWorkday {
  day: string;
  weekday: number;
  name: string;
}

export interface Deadline extends DueDate {
  from: string;
  amount: number;
  unit: PeriodUnit;
  /**
   * Days off that did not count (working days), or that were passed over because the period's
   * last day fell on them (calendar days, months).
   */
  skipped: SkippedDay[];
  /** Weekend days worked under the arrangement that counted (working days) or ended the period. */
  makeUpWorkdays: MakeUpWorkday[];
}

export function explainDeadline(
  calendar: WorkingCalendar,
  from: string,
  amount: number,
  unit: PeriodUnit,
): Deadline {
  const result = calendar.add(from, amount, unit);
  // The days that decided the answer: the whole period for working days, the end for the others.
  const after = unit === 'working_days' ? from : addDays(result.nominalEnd, -1);
  const { days } = calendar.statusesAfter(after, result.due);
  const skipped: SkippedDay[] = [];
  const makeUpWorkdays: MakeUpWorkday[] = [];
  for (const { day, reason, name } of days) {
    const weekday = weekdayOf(day);
    if (reason === 'holiday' || reason === 'weekend') skipped.push({ day, weekday, reason, name });
    else if (reason === 'workday') makeUpWorkdays.push({ day, weekday, name: name ?? '' });
  }
  return { from, amount, unit, ...result, skipped, makeUpWorkdays };
}
