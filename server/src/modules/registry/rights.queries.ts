/** Reads of the registry: lookups by any number, a right with its timeline, and faceted search. */
import type { RightType } from '@ipp/shared';
import {
  and,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lte,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../platform/db/database.ts';
import { lookupKeys } from './numbers.ts';
import { rightNumbers, rights } from './registry.tables.ts';
import { type RightSnapshot, snapshotSql } from './right-snapshot.ts';
import { searchQueryText } from './search-text.ts';

/** Status with the term applied today: in-force rights past their expiry read as expired. */
export const currentStatus = sql<string>`(case when ${rights.statusBase} in ('valid', 'partially_invalid') and ${rights.expiryDate} < current_date then 'expired' else ${rights.statusBase} end)`;

/**
 * A right with its numbers, holders and events in one statement that reads one row: verification
 * is the platform's hottest path. The parts come from the row's snapshot (right-snapshot.ts), or,
 * for a row without one, from the tables (PostgreSQL evaluates the fallback only then).
 */
// Outer columns are written out in full: inside a subquery drizzle renders them unqualified.
const RIGHT_ID = sql.raw('"rights"."id"');
// The search vector is large and only the search index needs it.
const {
  searchVector: _searchVector,
  verification: _verification,
  ...RIGHT_COLUMNS
} = getTableColumns(rights);

function loadOne(db: Executor, where: SQL) {
  return db
    .select({
      right: RIGHT_COLUMNS,
      status: currentStatus,
      snapshot: sql<RightSnapshot>`coalesce(${rights.verification}, ${snapshotSql(RIGHT_ID)})`,
    })
    .from(rights)
    .where(where)
    .limit(1);
}

function shape(row: Awaited<ReturnType<typeof loadOne>>[number] | undefined) {
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

/** The right among `keys` (its number in every canonical form); an application or registration number wins over a publication. */
function rightByKeys(db: Executor, type: SQLWrapper | RightType, keys: SQLWrapper) {
  const id = sql`(select n.right_id from right_numbers n where n.type = ${type} and n.value = any(${keys}::text[]) order by (n.kind like 'publication%') limit 1)`;
  return loadOne(db, sql`${rights.id} = ${id}`);
}

/**
 * Verification's lookup as a named prepared statement per database handle: built by drizzle once,
 * and planned once per PostgreSQL connection, instead of on every request. A transaction can't
 * share the handle's statement, so inside one the query is built as usual.
 */
const preparedByDb = new WeakMap<object, ReturnType<typeof prepareRightByKeys>>();
function prepareRightByKeys(db: Db) {
  return rightByKeys(db, sql.placeholder('type'), sql.placeholder('keys')).prepare(
    'registry_right_by_number',
  );
}

/** The right a number of any form names; an application or registration number wins over a publication. */
export async function loadRightByNumber(db: Executor, type: RightType, raw: string) {
  const keys = lookupKeys(type, raw);
  if (keys.length === 0) return null;
  if (db instanceof PgTransaction) return shape((await rightByKeys(db, type, sql.param(keys)))[0]);
  let prepared = preparedByDb.get(db);
  if (!prepared) {
    prepared = prepareRightByKeys(db);
    preparedByDb.set(db, prepared);
  }
  return shape((await prepared.execute({ type, keys }))[0]);
}

export async function loadRight(db: Executor, id: string) {
  return shape((await loadOne(db, eq(rights.id, id)))[0]);
}

export type LoadedRight = NonNullable<Awaited<ReturnType<typeof loadRight>>>;

export interface SearchFilter {
  q?: string;
  /** Rights the query names by number (numberIdsFor), resolved once per request. */
  numberIds?: string[];
  holder?: string;
  type?: string;
  status?: string;
  province?: string;
  regionCode?: string;
  classMain?: string;
  filedFrom?: string;
  filedTo?: string;
}

function textCondition(query: string, weights: string): SQL | undefined {
  const text = searchQueryText(query, weights);
  return text ? sql`${rights.searchVector} @@ ${text}::tsquery` : undefined;
}

/** A query may be a number of any type, or text: both are tried. */
/**
 * The rights a query names by number, looked up first so that the search condition is
 * "these ids OR the text index" — a BitmapOr of two indexes, never a scan. GI numbers are free
 * text, so they are tried only when the query has a digit (a GI's name is found by the text).
 */
export async function numberIdsFor(db: Executor, q: string | undefined): Promise<string[]> {
  const query = q?.trim();
  if (!query) return [];
  const types: RightType[] = /\d/.test(query)
    ? ['patent', 'trademark', 'ic_layout', 'gi']
    : ['patent', 'trademark', 'ic_layout'];
  const pairs = types.flatMap((type) => lookupKeys(type, query).map((value) => sql`(${type}, ${value})`));
  if (pairs.length === 0) return [];
  const rows = await db
    .select({ id: rightNumbers.rightId })
    .from(rightNumbers)
    .where(sql`(${rightNumbers.type}, ${rightNumbers.value}) in (${sql.join(pairs, sql`, `)})`)
    .limit(100);
  return [...new Set(rows.map((r) => r.id))];
}

function queryCondition(q: string, numberIds: string[]): SQL {
  const byNumber = numberIds.length ? inArray(rights.id, numberIds) : undefined;
  return or(byNumber, textCondition(q, '')) ?? sql`false`;
}

export function searchConditions(filter: SearchFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q?.trim()) conditions.push(queryCondition(filter.q.trim(), filter.numberIds ?? []));
  if (filter.holder?.trim()) conditions.push(textCondition(filter.holder.trim(), 'B') ?? sql`false`);
  if (filter.type) conditions.push(eq(rights.type, filter.type));
  if (filter.status) conditions.push(sql`${currentStatus} = ${filter.status}`);
  if (filter.province) {
    const prefix = filter.province.slice(0, 2);
    conditions.push(and(gte(rights.regionCode, `${prefix}0000`), lte(rights.regionCode, `${prefix}9999`)));
  }
  if (filter.regionCode) conditions.push(eq(rights.regionCode, filter.regionCode));
  if (filter.classMain) conditions.push(eq(rights.classMain, filter.classMain));
  if (filter.filedFrom) conditions.push(gte(rights.filingDate, filter.filedFrom));
  if (filter.filedTo) conditions.push(lte(rights.filingDate, filter.filedTo));
  return and(...conditions);
}

export async function searchPage(db: Executor, where: SQL | undefined, page: number, pageSize: number) {
  return db
    .select({
      id: rights.id,
      type: rights.type,
      subtype: rights.subtype,
      number: rights.number,
      numberDisplay: rights.numberDisplay,
      title: rights.title,
      holderNames: rights.holderNames,
      status: currentStatus,
      regionCode: rights.regionCode,
      classMain: rights.classMain,
      filingDate: rights.filingDate,
      grantDate: rights.grantDate,
      expiryDate: rights.expiryDate,
    })
    .from(rights)
    .where(where)
    .orderBy(sql`${rights.filingDate} desc nulls last`, desc(rights.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

const FACETS = {
  type: sql<string>`${rights.type}`,
  status: currentStatus,
  province: sql<string>`substr(${rights.regionCode}, 1, 2) || '0000'`,
  classMain: sql<string>`${rights.classMain}`,
  filingYear: sql<string>`to_char(${rights.filingDate}, 'YYYY')`,
};

export type FacetName = keyof typeof FACETS;

export interface FacetBucket {
  value: string;
  count: number;
}

/**
 * Counts of several facets over the same matches, in one statement: one scan of the search index
 * grouped by GROUPING SETS, instead of one scan per facet. Past `sample` matches the counts are
 * taken over the first `sample` rows only (and said to be so): exact facets over millions of rows
 * cost seconds. Each facet keeps its `limit` largest buckets; a null value is no bucket.
 */
export async function facetCounts(
  db: Executor,
  where: SQL | undefined,
  names: FacetName[],
  sample: number,
  limit = 20,
): Promise<Map<FacetName, FacetBucket[]>> {
  const columns = names.map((name, i) => sql`${FACETS[name]} as ${sql.identifier(`f${i}`)}`);
  const sets = names.map((_, i) => sql`(${sql.identifier(`f${i}`)})`);
  const which = names.map((_, i) => sql`when grouping(${sql.identifier(`f${i}`)}) = 0 then ${i}`);
  const rows = (await db.execute(sql`
    select case ${sql.join(which, sql` `)} end as facet,
           coalesce(${sql.join(
             names.map((_, i) => sql`${sql.identifier(`f${i}`)}::text`),
             sql`, `,
           )}) as value,
           count(*)::int as count
    from (select ${sql.join(columns, sql`, `)} from ${rights} where ${where ?? sql`true`} limit ${sample}) m
    group by grouping sets (${sql.join(sets, sql`, `)})`)) as unknown as {
    rows: { facet: number; value: string | null; count: number }[];
  };
  const result = new Map<FacetName, FacetBucket[]>(names.map((name) => [name, []]));
  for (const row of rows.rows) {
    if (row.value !== null)
      result.get(names[Number(row.facet)]!)!.push({ value: row.value, count: row.count });
  }
  for (const [name, buckets] of result) {
    buckets.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    result.set(name, buckets.slice(0, limit));
  }
  return result;
}

/** The number of matches, counted up to `cap`; beyond it the answer is "at least cap". */
export async function countRights(
  db: Executor,
  where: SQL | undefined,
  cap: number,
): Promise<{ total: number; capped: boolean }> {
  const matches = db
    .select({ one: sql`1`.as('one') })
    .from(rights)
    .where(where)
    .limit(cap + 1)
    .as('matches');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matches);
  const n = row?.n ?? 0;
  return n > cap ? { total: cap, capped: true } : { total: n, capped: false };
}
