/**
 * The working-day calendar: reading the loaded years, replacing a year's arrangement (national
 * reference data, so one permission and no jurisdiction), and computing a deadline with its reasons.
 */
import type { Permission } from '@ipp/shared';
import { type Actor, assertPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { isIsoDate, weekdayOf } from './calendar.dates.ts';
import { invalidateWorkingCalendar, loadWorkingCalendar } from './calendar.loader.ts';
import { type CalendarYearRow, findYear, listYearSummaries, writeYear } from './calendar.repository.ts';
import { type ArrangementInput, validateArrangement } from './calendar.validation.ts';
import { type Deadline, explainDeadline } from './deadline.ts';
import type { CalendarDay, PeriodUnit } from './working-calendar.ts';

/** Changing the calendar moves statutory deadlines everywhere: a permission of its own. */
export const CALENDAR_WRITE: Permission = 'calendar.day.write';

/** The longest period the deadline calculator takes, in any unit (ten years of days). */
export const MAX_PERIOD = 3660;

export interface CalendarYearDto {
  year: number;
  source: string;
  publishedOn: string | null;
  loadedAt: string;
  loadedBy: string | null;
  holidays: number;
  workdays: number;
}

export interface CalendarYearDetailDto extends CalendarYearDto {
  days: (CalendarDay & { weekday: number })[];
}

export interface DeadlineQuery {
  from: string;
  amount: number;
  unit: PeriodUnit;
}

/** The calendar is public knowledge, but the API answers signed-in callers only. */
function assertAuthenticated(actor: Actor): void {
  if (actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
}

function yearDto(row: CalendarYearRow, holidays: number, workdays: number): CalendarYearDto {
  return {
    year: row.year,
    source: row.source,
    publishedOn: row.publishedOn,
    loadedAt: row.loadedAt.toISOString(),
    loadedBy: row.loadedBy,
    holidays,
    workdays,
  };
}

function countOf(days: readonly CalendarDay[], kind: CalendarDay['kind']): number {
  return days.filter((d) => d.kind === kind).length;
}

export async function listCalendarYears(context: ServiceContext): Promise<CalendarYearDto[]> {
  assertAuthenticated(context.actor);
  const rows = await listYearSummaries(context.db);
  return rows.map((r) => yearDto(r, r.holidays, r.workdays));
}

export async function getCalendarYear(context: ServiceContext, year: number): Promise<CalendarYearDetailDto> {
  assertAuthenticated(context.actor);
  const found = await findYear(context.db, year);
  if (!found) {
    throw new AppError(
      'CALENDAR_YEAR_UNKNOWN',
      `No arrangement is loaded for ${year}: its holidays are unknown until its notice is loaded.`,
    );
  }
  return {
    ...yearDto(found, countOf(found.days, 'holiday'), countOf(found.days, 'workday')),
    days: found.days.map((d) => ({ ...d, weekday: weekdayOf(d.day) })),
  };
}

/** Replaces the whole arrangement of a year in one transaction, with its audit record. */
export async function replaceCalendarYear(
  context: ServiceContext,
  year: number,
  input: ArrangementInput,
): Promise<CalendarYearDetailDto> {
  assertPermission(context.actor, CALENDAR_WRITE);
  const arrangement = validateArrangement(year, input);
  const result = await inTransaction(context.db, async (tx) => {
    const before = await findYear(tx, year);
    const row = {
      year,
      source: arrangement.source,
      publishedOn: arrangement.publishedOn,
      loadedAt: new Date(),
      loadedBy: context.actor.name ?? context.actor.type,
    };
    await writeYear(tx, row, arrangement.days);
    const key = (d: CalendarDay) => `${d.day} ${d.kind} ${d.name}`;
    const old = new Set(before?.days.map(key));
    const now = new Set(arrangement.days.map(key));
    await appendAudit(tx, auditContext(context), {
      action: 'calendar.year.replace',
      targetType: 'calendar_year',
      targetId: String(year),
      detail: {
        before: before
          ? { source: before.source, publishedOn: before.publishedOn, loadedBy: before.loadedBy }
          : null,
        after: { source: arrangement.source, publishedOn: arrangement.publishedOn },
        // Each as "day kind name", so the record shows exactly which days changed.
        removed: [...old].filter((k) => !now.has(k)),
        added: [...now].filter((k) => !old.has(k)),
      },
    });
    return getCalendarYear({ ...context, db: tx }, year);
  });
  invalidateWorkingCalendar();
  return result;
}

export async function computeDeadline(context: ServiceContext, query: DeadlineQuery): Promise<Deadline> {
  assertAuthenticated(context.actor);
  if (!isIsoDate(query.from)) {
    throw new AppError('PLATFORM_VALIDATION', `${query.from} is not a calendar date (YYYY-MM-DD).`, [
      { path: '/querystring/from', message: 'is not a calendar date (YYYY-MM-DD)' },
    ]);
  }
  if (!Number.isSafeInteger(query.amount) || query.amount < 1 || query.amount > MAX_PERIOD) {
    throw new AppError('PLATFORM_VALIDATION', `A period of ${query.amount} cannot be computed.`, [
      { path: '/querystring/amount', message: `must be a whole number from 1 to ${MAX_PERIOD}` },
    ]);
  }
  const calendar = await loadWorkingCalendar(context.db);
  return explainDeadline(calendar, query.from, query.amount, query.unit);
}
