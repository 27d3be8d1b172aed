/**
 * Working days under the official arrangement: Monday to Friday, less the days off of the
 * arrangement, plus its make-up working days on weekends. A pure object built from loaded rows.
 *
 * A year without a loaded arrangement is unknown. Computations that reach into one still answer
 * (counting weekends only there), but say so with complete = false and the years concerned, so a
 * deadline is never silently computed as if the year had no holidays.
 */
import {
  addDays,
  addMonthsClamped,
  assertIsoDate,
  daysBetween,
  isWeekend,
  yearOf,
} from './calendar.dates.ts';

export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  /** The festival, e.g. 春节. */
  name: string;
}

export interface DayStatus {
  day: string;
  working: boolean;
  /** weekday/weekend: the ordinary week; holiday/workday: the arrangement says so. */
  reason: 'weekday' | 'weekend' | 'holiday' | 'workday';
  name: string | null;
  /** Whether the day's year has a loaded arrangement. */
  known: boolean;
}

export interface Coverage {
  /** False when the computation looked at a day of a year without a loaded arrangement. */
  complete: boolean;
  /** Those years, ascending; there only weekends were counted as days off. */
  unknownYears: number[];
}

export interface DueDate extends Coverage {
  due: string;
  /**
   * The last day of the period before the day-off rule: for calendar days and months the day
   * the count lands on; for working days the due date itself.
   */
  nominalEnd: string;
}

export interface WorkingDayCount extends Coverage {
  /** Working days after a up to and including b; negative when b is before a. */
  days: number;
}

export type PeriodUnit = 'working_days' | 'calendar_days' | 'months';

/** Collects the unknown years a computation looked at. */
class Look {
  private readonly unknown = new Set<number>();
  constructor(private readonly calendar: WorkingCalendar) {}

  status(day: string): DayStatus {
    const status = this.calendar.status(day);
    if (!status.known) this.unknown.add(yearOf(day));
    return status;
  }

  coverage(): Coverage {
    const unknownYears = [...this.unknown].sort((a, b) => a - b);
    return { complete: unknownYears.length === 0, unknownYears };
  }
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A period is a whole number ≥ 0, not ${n}.`);
}

export class WorkingCalendar {
  private readonly years: ReadonlySet<number>;
  private readonly days: ReadonlyMap<string, CalendarDay>;

  constructor(years: Iterable<number>, days: Iterable<CalendarDay>) {
    this.years = new Set(years);
    this.days = new Map([...days].map((d) => [d.day, d]));
  }

  /** Whether the year's arrangement is loaded. */
  knows(year: number): boolean {
    return this.years.has(year);
  }

  knownYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  status(day: string): DayStatus {
    const known = this.knows(yearOf(day));
    const entry = known ? this.days.get(day) : undefined;
    if (entry) return { day, working: entry.kind === 'workday', reason: entry.kind, name: entry.name, known };
    const weekend = isWeekend(day);
    return { day, working: !weekend, reason: weekend ? 'weekend' : 'weekday', name: null, known };
  }

  /** In an unknown year this is the ordinary week; check knows(year) where that matters. */
  isWorkingDay(day: string): boolean {
    return this.status(day).working;
  }

  /**
   * The n-th working day after start (start itself is not counted). With n = 0 (a clock resumed
   * with nothing left) it is start, or the next working day when start is a day off.
   */
  addWorkingDays(start: string, n: number): DueDate {
    assertIsoDate(start);
    assertCount(n);
    if (n === 0) return this.endOnWorkingDay(start);
    const look = new Look(this);
    let day = start;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (look.status(day).working) left--;
    }
    return { due: day, nominalEnd: day, ...look.coverage() };
  }

  /**
   * start + n days (start not counted); when that last day is a day off, the period ends on the
   * next working day (市场监督管理行政处罚程序规定 第八十条). A make-up working day is not a day off.
   */
  addCalendarDays(start: string, n: number): DueDate {
    assertIsoDate(start);
    assertCount(n);
    return this.endOnWorkingDay(addDays(start, n));
  }

  /** The corresponding day n months later (clamped to the month's end), then the same day-off rule. */
  addMonths(start: string, n: number): DueDate {
    assertIsoDate(start);
    assertCount(n);
    return this.endOnWorkingDay(addMonthsClamped(start, n));
  }

  add(start: string, amount: number, unit: PeriodUnit): DueDate {
    if (unit === 'working_days') return this.addWorkingDays(start, amount);
    if (unit === 'calendar_days') return this.addCalendarDays(start, amount);
    return this.addMonths(start, amount);
  }

  /**
   * Working days in (a, b], negative when b is before a; so that
   * workingDaysBetween(a, addWorkingDays(a, n).due) = n. Unknown years count weekends only:
   * countWorkingDays says whether any were involved.
   */
  workingDaysBetween(a: string, b: string): number {
    return this.countWorkingDays(a, b).days;
  }

  countWorkingDays(a: string, b: string): WorkingDayCount {
    const span = daysBetween(a, b);
    const [from, sign] = span >= 0 ? [a, 1] : [b, -1];
    const look = new Look(this);
    let days = 0;
    for (let i = 1; i <= Math.abs(span); i++) if (look.status(addDays(from, i)).working) days++;
    return { days: days === 0 ? 0 : sign * days, ...look.coverage() };
  }

  /** Every day in (from, to], with its status; the coverage of those days. */
  statusesAfter(from: string, to: string): { days: DayStatus[] } & Coverage {
    const look = new Look(this);
    const span = daysBetween(from, to);
    const days: DayStatus[] = [];
    for (let i = 1; i <= span; i++) days.push(look.status(addDays(from, i)));
    return { days, ...look.coverage() };
  }

  private endOnWorkingDay(nominalEnd: string): DueDate {
    const look = new Look(this);
    let day = nominalEnd;
    while (!look.status(day).working) day = addDays(day, 1);
    return { due: day, nominalEnd, ...look.coverage() };
  }
}
