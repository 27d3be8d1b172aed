/**
 * The SQL of 集中查询: the conditions of a search, its page, and its total with facet counts.
 * How each part stays fast at national scale is ADR 0008 and ADR 0009.
 */
import type { RightType } from '@ipp/shared';
import { and, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { lookupKeys } from './numbers.ts';
import { rightNumbers, rightSearch, rights } from './registry.tables.ts';
import { currentStatus, statusToday } from './rights.queries.ts';
import { indexTerms, type ReadingPlan, readingPlan, type TermStats } from './search.stats.ts';
import { parseSearchQuery } from './search-text.ts';

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
  /** The search index's statistics (termStats), resolved once per request. */
  stats?: TermStats | null;
  /** Ask the text index for the rarest term alone (indexTerms `narrow` false), for a page's slice. */
  rarestOnly?: boolean;
}

/** Search reads the narrow search table (ADR 0013); only a page's rows are read from `rights`. */
const s = rightSearch;
const searchStatus = statusToday(s.statusBase, s.expiryDate);

/**
 * The text condition: the index is asked for the terms indexTerms chooses, and the whole query —
 * a phrase needs its bigrams' positions, which GIN does not keep — is checked on those rows with
 * the operator's function, which no index answers, so the planner keeps the index's estimate.
 */
function textCondition(query: string, weights: string, filter: SearchFilter): SQL | undefined {
  const parsed = parseSearchQuery(query, weights);
  if (!parsed) return undefined;
  const asked = indexTerms(parsed.terms, filter.stats ?? null, !filter.rarestOnly);
  if (asked.length === parsed.terms.length && !parsed.phrase)
    return sql`${s.searchVector} @@ ${parsed.text}::tsquery`;
  const index = asked.map((t) => t.text).join(' & ');
  return sql`(${s.searchVector} @@ ${index}::tsquery and ts_match_vq(${s.searchVector}, ${parsed.text}::tsquery))`;
}

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

function queryCondition(q: string, filter: SearchFilter): SQL {
  const numberIds = filter.numberIds ?? [];
  const byNumber = numberIds.length ? inArray(s.rightId, numberIds) : undefined;
  return or(byNumber, textCondition(q, '', filter)) ?? sql`false`;
}

export function searchConditions(filter: SearchFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q?.trim()) conditions.push(queryCondition(filter.q.trim(), filter));
  if (filter.holder?.trim()) conditions.push(textCondition(filter.holder.trim(), 'B', filter) ?? sql`false`);
  if (filter.type) conditions.push(eq(s.type, filter.type));
  if (filter.status) conditions.push(sql`${searchStatus} = ${filter.status}`);
  if (filter.province) {
    const prefix = filter.province.slice(0, 2);
    conditions.push(and(gte(s.regionCode, `${prefix}0000`), lte(s.regionCode, `${prefix}9999`)));
  }
  if (filter.regionCode) conditions.push(eq(s.regionCode, filter.regionCode));
  if (filter.classMain) conditions.push(eq(s.classMain, filter.classMain));
  if (filter.filedFrom) conditions.push(gte(s.filingDate, filter.filedFrom));
  if (filter.filedTo) conditions.push(lte(s.filingDate, filter.filedTo));
  return and(...conditions);
}

const PAGE_COLUMNS = {
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
};

/** Newest filing first; the order `right_search_filing_order_idx` is built in. */
const ORDER = [sql`${s.filingDate} desc nulls last`, desc(s.rightId)];
/** The same order, written so that no index provides it: the matches are fetched and sorted. */
const SORTED = [sql`coalesce(${s.filingDate}, '-infinity'::date) desc`, desc(s.rightId)];
/** The page's rights in the same order, read from `rights` (same values as the search table's). */
const RIGHTS_ORDER = [sql`${rights.filingDate} desc nulls last`, desc(rights.id)];

/** Deeper pages than this are not looked for in the newest slice. */
const SLICE_MAX_NEED = 200;

export type PageRow = Awaited<ReturnType<typeof pageOf>>[number];

/** The ids of a page, chosen on the search table. */
type PageIds = ReturnType<typeof pageIds>;

function pageIds(db: Executor, where: SQL | undefined, limit: number, offset: number, order = ORDER) {
  return db
    .select({ id: s.rightId })
    .from(s)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

/** The page's own rows, read from `rights` by primary key only for the ids chosen. */
function pageOf(db: Executor, ids: PageIds) {
  const page = ids.as('page');
  return db
    .select(PAGE_COLUMNS)
    .from(page)
    .innerJoin(rights, eq(rights.id, page.id))
    .orderBy(...RIGHTS_ORDER);
}

function plannedPage(db: Executor, where: SQL | undefined, limit: number, offset: number, order = ORDER) {
  return pageOf(db, pageIds(db, where, limit, offset, order));
}

/**
 * The matches among the `rows` newest rights, in order, stopping at `need`: a walk of the
 * filing-date index that cannot run past `rows`. The inner query is named `right_search` so that
 * `where` (built on the table) reads its rows.
 */
function walkedPage(db: Executor, where: SQL | undefined, need: number, rows: number): Promise<PageRow[]> {
  const newest = db
    .select()
    .from(s)
    .orderBy(...ORDER)
    .limit(rows)
    .as('right_search');
  const ids = db
    .select({ id: s.rightId })
    .from(newest)
    .where(where)
    .orderBy(...ORDER)
    .limit(need) as unknown as PageIds;
  return pageOf(db, ids);
}

export interface PagePlan extends ReadingPlan {
  /** With `since`: the search's condition with the rarest term alone asked of the text index. */
  rarest: SQL | undefined;
}

/** How a text search reads a page of `need` matches (readingPlan); null for a search without text. */
export function pagePlan(filter: SearchFilter, need: number): PagePlan | null {
  const stats = filter.stats ?? null;
  const parsed = [parseSearchQuery(filter.q ?? '', ''), parseSearchQuery(filter.holder ?? '', 'B')];
  if (!parsed.some(Boolean)) return null;
  const asked = parsed.flatMap((p) => (p ? indexTerms(p.terms, stats, false) : []));
  const plan = readingPlan(asked, stats, need);
  return { ...plan, rarest: plan.since ? searchConditions({ ...filter, rarestOnly: true }) : undefined };
}

/**
 * One page of matches, newest filing first. Without text the planner chooses. With text,
 * PostgreSQL's choice is not trusted (its estimates of phrases are products, and it cannot know
 * when matches bunch in time): the plan's bounded walk or newest slice goes first, and a page they
 * do not fill is taken from every match, fetched and sorted. A slice or walk that fills the page
 * is the page: every right it did not read was filed earlier.
 */
export async function searchPage(
  db: Executor,
  where: SQL | undefined,
  page: number,
  pageSize: number,
  plan: PagePlan | null = null,
) {
  const need = page * pageSize;
  const offset = (page - 1) * pageSize;
  if (!plan) return plannedPage(db, where, pageSize, offset);
  if (plan.walk) {
    const walked = await walkedPage(db, where, need, plan.walk);
    if (walked.length === need) return walked.slice(offset);
  }
  if (plan.since && need <= SLICE_MAX_NEED) {
    const newest = await plannedPage(db, and(plan.rarest, gte(s.filingDate, plan.since)), need, 0);
    if (newest.length === need) return newest.slice(offset);
  }
  return plannedPage(db, where, pageSize, offset, SORTED);
}

const FACETS = {
  type: sql<string>`${s.type}`,
  status: searchStatus,
  province: sql<string>`substr(${s.regionCode}, 1, 2) || '0000'`,
  classMain: sql<string>`${s.classMain}`,
  filingYear: sql<string>`to_char(${s.filingDate}, 'YYYY')`,
};

export type FacetName = keyof typeof FACETS;

export interface FacetBucket {
  value: string;
  count: number;
}

export interface MatchSummary {
  /** Matches counted up to the cap; `capped` when there are more. */
  total: number;
  capped: boolean;
  facets: Map<FacetName, FacetBucket[]>;
}

interface SummaryRow {
  facet: number;
  value: string | null;
  count: number;
  sampled: number;
}

/**
 * The total, counted up to `cap`, and several facets' counts over the same first `cap` matches, in
 * one statement: one scan of the search index grouped by GROUPING SETS, the empty set giving the
 * total. Exact facets over millions of matches would cost seconds, so past the cap they are taken
 * over the first `cap` (and said to be so). Each facet keeps its `limit` largest buckets.
 */
export async function matchSummary(
  db: Executor,
  where: SQL | undefined,
  names: FacetName[],
  cap: number,
  limit = 20,
): Promise<MatchSummary> {
  const f = (i: number) => sql.identifier(`f${i}`);
  const columns = names.map((name, i) => sql`${FACETS[name]} as ${f(i)}`);
  const sets = [...names.map((_, i) => sql`(${f(i)})`), sql`()`];
  const which = names.map((_, i) => sql`when grouping(${f(i)}) = 0 then ${i}`);
  const value = names.length
    ? sql`coalesce(${sql.join(
        names.map((_, i) => sql`${f(i)}::text`),
        sql`, `,
      )})`
    : sql`null`;
  const matches = sql`select ${sql.join([...columns, sql`1 as one`], sql`, `)} from ${s}
    where ${where ?? sql`true`} limit ${cap + 1}`;
  const result = (await db.execute(sql`
    select case ${sql.join(which, sql` `)} else -1 end as facet, ${value} as value,
           (count(*) filter (where m.n <= ${cap}))::int as count, count(*)::int as sampled
    from (select s.*, row_number() over () as n from (${matches}) s) m
    group by grouping sets (${sql.join(sets, sql`, `)})`)) as unknown as { rows: SummaryRow[] };
  const facets = new Map<FacetName, FacetBucket[]>(names.map((name) => [name, []]));
  let sampled = 0;
  for (const row of result.rows) {
    if (Number(row.facet) < 0) sampled = row.sampled;
    else if (row.value !== null)
      facets.get(names[Number(row.facet)]!)!.push({ value: row.value, count: row.count });
  }
  for (const [name, buckets] of facets) {
    buckets.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    facets.set(name, buckets.slice(0, limit));
  }
  return { total: Math.min(sampled, cap), capped: sampled > cap, facets };
}
