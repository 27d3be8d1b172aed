/**
 * The rules an arrangement must meet before it replaces a year, the same for an administrator's
 * and for the shipped reference data. Every problem is reported, each with the item it is about.
 */
import { AppError, type FieldError } from '../../platform/http/error-catalog.ts';
import { isIsoDate, weekdayOf } from './calendar.dates.ts';
import type { CalendarDay } from './working-calendar.ts';

export interface ArrangementInput {
  source: string;
  publishedOn?: string | null;
  days: readonly { day: string; kind: string; name: string }[];
}

export interface Arrangement {
  source: string;
  publishedOn: string | null;
  /** Ascending by day. */
  days: CalendarDay[];
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function problemsOfDays(year: number, days: ArrangementInput['days']): FieldError[] {
  const problems: FieldError[] = [];
  const firstIndexOf = new Map<string, number>();
  days.forEach(({ day, kind, name }, i) => {
    const at = `/body/days/${i}`;
    if (kind !== 'holiday' && kind !== 'workday') {
      problems.push({
        path: `${at}/kind`,
        message: 'must be holiday (a day off) or workday (a make-up day)',
      });
    }
    if (!name.trim()) problems.push({ path: `${at}/name`, message: 'must name the festival' });
    if (!isIsoDate(day)) {
      problems.push({ path: `${at}/day`, message: `${day} is not a calendar date (YYYY-MM-DD)` });
      return;
    }
    if (Number(day.slice(0, 4)) !== year) {
      problems.push({ path: `${at}/day`, message: `${day} is not in ${year}` });
    }
    const earlier = firstIndexOf.get(day);
    if (earlier !== undefined) {
      problems.push({ path: `${at}/day`, message: `${day} is listed already at /body/days/${earlier}` });
    } else {
      firstIndexOf.set(day, i);
    }
    const weekday = weekdayOf(day);
    if (kind === 'workday' && weekday !== 0 && weekday !== 6) {
      problems.push({
        path: `${at}/kind`,
        message: `${day} is a ${WEEKDAY_NAMES[weekday]}: a make-up working day falls on a Saturday or Sunday`,
      });
    }
  });
  if (!days.some((d) => d.kind === 'holiday')) {
    problems.push({ path: '/body/days', message: 'must list the days off (kind holiday) of the year' });
  }
  return problems;
}

/** The arrangement, normalized; or an AppError (CALENDAR_INVALID_ARRANGEMENT) listing every problem. */
export function validateArrangement(year: number, input: ArrangementInput): Arrangement {
  const problems: FieldError[] = [];
  const source = input.source.trim();
  if (!source)
    problems.push({ path: '/body/source', message: 'must name the notice, e.g. 国办发明电〔2025〕7号' });
  const publishedOn = input.publishedOn ?? null;
  if (publishedOn !== null && !isIsoDate(publishedOn)) {
    problems.push({
      path: '/body/publishedOn',
      message: `${publishedOn} is not a calendar date (YYYY-MM-DD)`,
    });
  }
  problems.push(...problemsOfDays(year, input.days));
  const [first] = problems;
  if (first) {
    throw new AppError(
      'CALENDAR_INVALID_ARRANGEMENT',
      `The ${year} arrangement is not valid (${problems.length} problem${problems.length > 1 ? 's' : ''}); ` +
        `first: ${first.path} ${first.message}.`,
      problems,
    );
  }
  const days = input.days
    .map((d) => ({ day: d.day, kind: d.kind as CalendarDay['kind'], name: d.name.trim() }))
    .sort((a, b) => a.day.localeCompare(b.day));
  return { source, publishedOn, days };
}
