/**
 * The rights the benchmark's import phase stores (new filings from IMPORT_BASE), found by their
 * numbers' lookup keys through the `right_numbers` primary key. Until 2026-12-07 they were found
 * by `source` (no index): the import ceiling and a reused database's clean-up each read the whole
 * `rights` heap (13.7 GB at 10M) to find them — three sweeps a run that no path of the platform
 * makes, after which the searches of the next run found `right_search` (4.8 GB) out of the cache
 * (fincore: 0.1 GB of it cached when the search phase began).
 */
import { lookupKeys } from '../../server/src/modules/registry/numbers.ts';
import type { Database } from '../../server/src/platform/db/database.ts';
import { IMPORT_BASE, makeRight, type RecordContext } from './records.ts';

/** `select right_id` of the rights imported from the first `rows` bench rows: $1 types, $2 keys. */
export const IMPORTED_IDS =
  'select distinct right_id from right_numbers where (type, value) in (select * from unnest($1::text[], $2::text[]))';

/** The parameters of IMPORTED_IDS: every lookup key of each import row's number. */
export function importedKeys(ctx: RecordContext, rows: number): [string[], string[]] {
  const [types, values]: [string[], string[]] = [[], []];
  for (let i = 0; i < rows; i++) {
    const right = makeRight(IMPORT_BASE + i, ctx);
    for (const key of lookupKeys(right.type, right.number)) {
      types.push(right.type);
      values.push(key);
    }
  }
  return [types, values];
}

/**
 * Deletes the rights an earlier run imported (they are not part of the data set) and vacuums.
 * Deleted, or rolled back by the import ceiling, they stay in the indexes until a vacuum (this
 * server runs none), newer than most generated rights: 20,000 dead entries among the newest
 * months doubled what the search's newest slices read. `imported` is how many rows the runs
 * imported at most (bench_meta); a database from before it was kept is cleaned by `source`.
 */
export async function forgetImported(
  database: Database,
  ctx: RecordContext,
  imported: number | null,
  log: (s: string) => void,
): Promise<void> {
  if (imported === null) {
    log('  (this database does not record its imports: finding them by source reads all of `rights`)');
    await database.query(`delete from rights where source like 'bench-import-%'`);
  } else if (imported > 0) {
    await database.query(`delete from rights where id in (${IMPORTED_IDS})`, importedKeys(ctx, imported));
  }
  await database.query('vacuum rights, right_search, right_numbers, right_holders, right_events');
}

/** Records that `rows` bench rows were imported, for the next run's forgetImported. */
export async function rememberImported(database: Database, rows: number): Promise<void> {
  await database.query('update bench_meta set imported = greatest(coalesce(imported, 0), $1)', [rows]);
}
