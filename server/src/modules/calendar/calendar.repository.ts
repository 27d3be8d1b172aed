import { asc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { calendarDays, calendarYears } from './calendar.tables.ts';
import type { CalendarDay, CalendarDayKind } from './working-calendar.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

export interface CalendarYearSummary extends CalendarYearRow {
  holidays: number;
  workdays: number;
}

export interface CalendarYearWithDays extends CalendarYearRow {
  days: CalendarDay[];
}

const dayColumns = { day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name };

function asDays(rows: { day: string; kind: string; name: string }[]): CalendarDay[] {
  return rows.map((r) => ({ day: r.day, kind: r.kind as CalendarDayKind, name: r.name }));
}

export async function listYearSummaries(db: Executor): Promise<CalendarYearSummary[]> {
  return db
    .select({
      year: calendarYears.year,
      source: calendarYears.source,
      publishedOn: calendarYears.publishedOn,
      loadedAt: calendarYears.loadedAt,
      loadedBy: calendarYears.loadedBy,
      holidays:
        sql<number>`count(${calendarDays.day}) filter (where ${calendarDays.kind} = 'holiday')`.mapWith(
          Number,
        ),
      workdays:
        sql<number>`count(${calendarDays.day}) filter (where ${calendarDays.kind} = 'workday')`.mapWith(
          Number,
        ),
    })
    .from(calendarYears)
    .leftJoin(calendarDays, eq(calendarDays.year, calendarYears.year))
    .groupBy(calendarYears.year)
    .orderBy(asc(calendarYears.year));
}

export async function findYear(db: Executor, year: number): Promise<CalendarYearWithDays | null> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!row) return null;
  const days = await db
    .select(dayColumns)
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(asc(calendarDays.day));
  return { ...row, days: asDays(days) };
}

/** Every loaded year and its days: the whole calendar is a few dozen rows a year. */
export async function readAllYears(db: Executor): Promise<{ years: number[]; days: CalendarDay[] }> {
  const years = await db.select({ year: calendarYears.year }).from(calendarYears);
  const days = await db.select(dayColumns).from(calendarDays);
  return { years: years.map((y) => y.year), days: asDays(days) };
}

/**
 * Changes whenever a year is loaded or replaced (loaded_at moves, counts change), so a process
 * can tell that its cached calendar is stale, including after a change made by another process.
 */
export async function calendarStamp(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      years: sql<number>`count(*)`.mapWith(Number),
      latest: sql<string | null>`max(${calendarYears.loadedAt})::text`,
      days: sql<number>`(select count(*) from ${calendarDays})`.mapWith(Number),
    })
    .from(calendarYears);
  return `${row?.years ?? 0}|${row?.latest ?? ''}|${row?.days ?? 0}`;
}

/**
 * Replaces a year's arrangement. The year row is written first: its row lock makes a second
 * writer of the same year wait here until the first commits, instead of colliding on the days.
 */
export async function writeYear(tx: Tx, row: CalendarYearRow, days: CalendarDay[]): Promise<void> {
  const { year, ...rest } = row;
  await tx.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set: rest });
  await tx.delete(calendarDays).where(eq(calendarDays.year, year));
  if (days.length > 0) await tx.insert(calendarDays).values(days.map((d) => ({ ...d, year })));
}
