/**
 * The working calendar for computations, cached in the process. Before answering from the cache
 * it reads a one-row stamp of the tables, so a change made by an administrator through another
 * server process (several may share one PostgreSQL) is seen at the next computation.
 */
import type { Executor } from '../../platform/db/database.ts';
import { calendarStamp, readAllYears } from './calendar.repository.ts';
import { WorkingCalendar } from './working-calendar.ts';

let cached: { stamp: string; calendar: WorkingCalendar } | null = null;

export async function loadWorkingCalendar(db: Executor): Promise<WorkingCalendar> {
  // The stamp is read before the rows: if they change in between, the cached calendar is newer
  // than its stamp and the next call simply loads it again.
  const stamp = await calendarStamp(db);
  if (cached?.stamp === stamp) return cached.calendar;
  const { years, days } = await readAllYears(db);
  const calendar = new WorkingCalendar(years, days);
  cached = { stamp, calendar };
  return calendar;
}

/** Called by the writers of this process after they commit. */
export function invalidateWorkingCalendar(): void {
  cached = null;
}
