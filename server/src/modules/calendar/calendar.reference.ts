/**
 * Loads the shipped arrangements (calendar.arrangements.ts) into the tables. It runs at every
 * start and writes only what differs, so it is idempotent. A year an administrator has replaced
 * is left as it is: whoever loaded the year last through the API has the final word, and a
 * later release does not undo it.
 */

import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { REFERENCE_ARRANGEMENTS, type ReferenceYear } from './calendar.arrangements.ts';
import { addDays, daysBetween } from './calendar.dates.ts';
import { invalidateWorkingCalendar } from './calendar.loader.ts';
import { type CalendarYearWithDays, findYear, writeYear } from './calendar.repository.ts';
import { type Arrangement, validateArrangement } from './calendar.validation.ts';

/** calendar_years.loaded_by of a year loaded from the shipped data (user names cannot contain ':'). */
export const REFERENCE_LOADER = 'platform:reference-data';

export interface ReferenceSyncResult {
  /** Years written now: new, or changed in the shipped data. */
  loaded: number[];
  unchanged: number[];
  /** Years an administrator replaced, which the shipped data does not overwrite. */
  keptAsAdministered: number[];
}

/** The shipped year as an arrangement, checked by the same rules as an administrator's. */
export function referenceArrangement(reference: ReferenceYear): Arrangement {
  const days = reference.festivals.flatMap(({ name, off: [first, last], workdays }) => [
    ...Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => ({
      day: addDays(first, i),
      kind: 'holiday',
      name,
    })),
    ...workdays.map((day) => ({ day, kind: 'workday', name })),
  ]);
  return validateArrangement(reference.year, {
    source: reference.source,
    publishedOn: reference.publishedOn,
    days,
  });
}

function sameArrangement(current: CalendarYearWithDays, shipped: Arrangement): boolean {
  const key = (d: { day: string; kind: string; name: string }) => `${d.day} ${d.kind} ${d.name}`;
  return (
    current.source === shipped.source &&
    current.publishedOn === shipped.publishedOn &&
    current.days.map(key).join('\n') === shipped.days.map(key).join('\n')
  );
}

export async function syncReferenceCalendar(db: Executor): Promise<ReferenceSyncResult> {
  const result: ReferenceSyncResult = { loaded: [], unchanged: [], keptAsAdministered: [] };
  await inTransaction(db, async (tx) => {
    for (const reference of REFERENCE_ARRANGEMENTS) {
      const shipped = referenceArrangement(reference);
      const current = await findYear(tx, reference.year);
      if (current && current.loadedBy !== REFERENCE_LOADER) {
        result.keptAsAdministered.push(reference.year);
      } else if (current && sameArrangement(current, shipped)) {
        result.unchanged.push(reference.year);
      } else {
        const row = {
          year: reference.year,
          source: shipped.source,
          publishedOn: shipped.publishedOn,
          loadedAt: new Date(),
          loadedBy: REFERENCE_LOADER,
        };
        await writeYear(tx, row, shipped.days);
        result.loaded.push(reference.year);
      }
    }
  });
  if (result.loaded.length > 0) invalidateWorkingCalendar();
  return result;
}
