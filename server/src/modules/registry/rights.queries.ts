/** Reads of one right: by any of its numbers (verification) or by id, with its timeline. Search is search.queries.ts. */
import type { RightType } from '@ipp/shared';
import { eq, getTableColumns, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type PgColumn, PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../platform/db/database.ts';
import { lookupKeys } from './numbers.ts';
import { rights } from './registry.tables.ts';
import { type RightSnapshot, snapshotSql } from './right-snapshot.ts';
import {
  type Lookup,
  type LookupStatements,
  lookupBatcher,
  slotParameters,
  slotsSql,
} from './rights.batch.ts';
import { todayInChinaSql } from './today.ts';

/** Status with the term applied today: in-force rights past their expiry read as expired. */
export function statusToday(statusBase: PgColumn, expiryDate: PgColumn) {
  return sql<string>`(case when ${statusBase} in ('valid', 'partially_invalid') and ${expiryDate} < ${todayInChinaSql()} then 'expired' else ${statusBase} end)`;
}

export const currentStatus = statusToday(rights.statusBase, rights.expiryDate);

/**
 * A right with its numbers, holders and events in one statement that reads one row: verification
 * is the platform's hottest path. The parts come from the row's snapshot (right-snapshot.ts), or,
 * for a row without one, from the tables (PostgreSQL evaluates the fallback only then).
 */
// Outer columns are written out in full: inside a subquery drizzle renders them unqualified.
const RIGHT_ID = sql.raw('"rights"."id"');
// The snapshot is read on its own (with its fallback), not as a column of the right.
const { verification: _verification, ...RIGHT_COLUMNS } = getTableColumns(rights);

/** What names a right and its term: read by verification and by a search's page alike. */
export const RIGHT_HEADING_COLUMNS = {
  id: rights.id,
  type: rights.type,
  subtype: rights.subtype,
  number: rights.number,
  numberDisplay: rights.numberDisplay,
  title: rights.title,
  filingDate: rights.filingDate,
  grantDate: rights.grantDate,
  expiryDate: rights.expiryDate,
};

// Verification answers from these and the snapshot; the rest of the row (its data, the holder
// names and classes kept for search) would only be converted, sent and parsed for nothing.
const VERIFY_COLUMNS = {
  ...RIGHT_HEADING_COLUMNS,
  source: rights.source,
  sourceUpdatedAt: rights.sourceUpdatedAt,
};

function selectOne<Columns extends Partial<typeof RIGHT_COLUMNS>>(
  db: Executor,
  columns: Columns,
  where: SQL,
) {
  return db
    .select({
      right: columns,
      // Named, so that the batch statement can read them from its lateral lookup.
      status: currentStatus.as('status'),
      snapshot: sql<RightSnapshot>`coalesce(${rights.verification}, ${snapshotSql(RIGHT_ID)})`.as('snapshot'),
    })
    .from(rights)
    .where(where)
    .limit(1);
}

function shape<Right>(row: { right: Right; status: string; snapshot: RightSnapshot } | undefined) {
  if (!row) return null;
  const { numbers, holders, events } = row.snapshot;
  return {
    right: row.right,
    status: row.status,
    numbers,
    holders: holders.map((h) => ({
      holder: {
        role: h.role,
        position: h.position,
        validFrom: h.validFrom,
        validTo: h.validTo,
        data: h.data,
      },
      party: { name: h.name, uscc: h.uscc, kind: h.kind },
    })),
    events,
  };
}

/**
 * The right among `keys` (its number in every canonical form); an application or registration
 * number wins over a publication. Most lookups give the right's own number, found through
 * `rights (type, number)` with one index probe; only when that finds nothing does PostgreSQL run
 * the second branch (`LIMIT` stops the `UNION ALL`) through `right_numbers` and the primary key.
 */
function rightByKeys(db: Executor, type: SQLWrapper | RightType, keys: SQL) {
  const byOwnNumber = sql`${rights.type} = ${type} and ${rights.number} in (${keys})`;
  const id = sql`(select n.right_id from right_numbers n where n.type = ${type} and n.value in (${keys}) order by (n.kind like 'publication%') limit 1)`;
  return selectOne(db, VERIFY_COLUMNS, byOwnNumber)
    .unionAll(selectOne(db, VERIFY_COLUMNS, sql`${rights.id} = ${id}`))
    .limit(1);
}

/**
 * Verification's lookup as a named prepared statement per database handle: built by drizzle once,
 * and planned once per PostgreSQL connection, instead of on every request. A transaction can't
 * share the handle's statement, so inside one the query is built as usual.
 *
 * The keys are a fixed number of parameters, not one array: PostgreSQL keeps re-planning a
 * prepared statement while its generic plan looks dearer than the custom ones, and it prices an
 * array parameter of unknown length at ten index probes against the two or three of a custom plan.
 * With PREPARED_KEYS parameters both plans cost the same and the generic plan is kept — planning
 * on every call had cost PostgreSQL more CPU than the lookup itself (docs/adr/0010).
 */
export const PREPARED_KEYS = 4;
const KEY_PLACEHOLDERS = Array.from({ length: PREPARED_KEYS }, (_, i) => `key${i}`);
function rightByKeysStatement(db: Executor) {
  const keys = sql.join(
    KEY_PLACEHOLDERS.map((name) => sql.placeholder(name)),
    sql`, `,
  );
  return rightByKeys(db, sql.placeholder('type'), keys);
}
function prepareRightByKeys(db: Db) {
  return rightByKeysStatement(db).prepare('registry_right_by_number');
}

/** The prepared statement's SQL and parameters (placeholders named `type` and `key0`…), for tests of its plan. */
export function rightByKeysQuery(db: Executor) {
  return rightByKeysStatement(db).toSQL();
}

/** The keys as the prepared statement's parameters; the first repeats in unused places. */
export function keyParameters(keys: string[]): Record<string, string> {
  return Object.fromEntries(KEY_PLACEHOLDERS.map((name, i) => [name, keys[i] ?? keys[0]!]));
}

/** The right a number of any form names; an application or registration number wins over a publication. */
export async function loadRightByNumber(db: Executor, type: RightType, raw: string) {
  const keys = lookupKeys(type, raw);
  if (keys.length === 0) return null;
  if (db instanceof PgTransaction || keys.length > PREPARED_KEYS) {
    const list = sql.join(
      keys.map((key) => sql`${key}`),
      sql`, `,
    );
    return shape((await rightByKeys(db, type, list))[0]);
  }
  let lookup = batchersByDb.get(db);
  if (!lookup) {
    lookup = lookupBatcher(lookupStatements(db));
    batchersByDb.set(db, lookup);
  }
  return shape(await lookup({ type, keys }));
}

/** The batch statement's lateral lookup: `rightByKeys` on the slot's columns (rights.batch.ts). */
function slotLookup(db: Executor) {
  const keys = Array.from({ length: PREPARED_KEYS }, (_, k) => `b.key${k}`);
  return rightByKeys(db, sql.raw('b.type'), sql.raw(keys.join(', ')));
}

type VerifyColumns = typeof VERIFY_COLUMNS;
type VerifyRight = { [K in keyof VerifyColumns]: (typeof rights.$inferSelect)[K] };
/** The lateral lookup's columns, converted as the table's own columns are. */
const SLOT_RIGHT = Object.fromEntries(
  Object.entries(VERIFY_COLUMNS).map(([key, column]) => [
    key,
    sql`${sql.raw('r.')}${sql.identifier(column.name)}`.mapWith(column),
  ]),
) as { [K in keyof VerifyColumns]: SQL<VerifyRight[K]> };

/** `registry_rights_by_number_<size>`: up to `size` lookups in one statement. */
export function rightsBySlotsQuery(db: Executor, size: number) {
  return db
    .select({
      right: SLOT_RIGHT,
      status: sql<string>`r.status`,
      snapshot: sql<RightSnapshot>`r.snapshot`,
      slot: sql<number>`b.slot`.mapWith(Number),
    })
    .from(sql`${slotsSql(size, PREPARED_KEYS)} cross join lateral ${slotLookup(db)} as r`);
}

/** The single and the batch statements of one database handle (exported for tests of their SQL). */
export function lookupStatements(db: Db): LookupStatements<VerifyRow> {
  const one = prepareRightByKeys(db);
  const many = new Map<number, ReturnType<typeof prepareRightsBySlots>>();
  const prepareRightsBySlots = (size: number) =>
    rightsBySlotsQuery(db, size).prepare(`registry_rights_by_number_${size}`);
  const slotKeys = (keys: string[]) => Object.values(keyParameters(keys));
  return {
    one: async ({ type, keys }) => (await one.execute({ type, ...keyParameters(keys) }))[0],
    many: async (size, lookups) => {
      let statement = many.get(size);
      if (!statement) {
        statement = prepareRightsBySlots(size);
        many.set(size, statement);
      }
      return statement.execute(slotParameters(size, lookups, PREPARED_KEYS, slotKeys));
    },
  };
}

type VerifyRow = { right: VerifyRight; status: string; snapshot: RightSnapshot };
const batchersByDb = new WeakMap<object, (lookup: Lookup) => Promise<VerifyRow | undefined>>();

export async function loadRight(db: Executor, id: string) {
  return shape((await selectOne(db, RIGHT_COLUMNS, eq(rights.id, id)))[0]);
}

export type LoadedRight = NonNullable<Awaited<ReturnType<typeof loadRight>>>;
