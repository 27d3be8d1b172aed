/**
 * A search's total and facet counts (集中查询). Up to a cap they are exact; past it, a frequent
 * term's matches are estimated from the standing sample of the search table (ADR 0024), and a
 * rarer one's facets count the first matches found (ADR 0015).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { rightSearch, rightSearchSubset } from './registry.tables.ts';
import { type SearchFilter, searchConditions, searchStatus, textParts } from './search.queries.ts';
import { listedRarestShare } from './search.stats.ts';

const s = rightSearch;

const FACETS = {
  type: sql<string>`${s.type}`,
  status: searchStatus,
  province: sql<string>`substr(${s.regionCode}, 1, 2) || '0000'`,
  classMain: sql<string>`${s.classMain}`,
  filingYear: sql<string>`to_char(${s.filingDate}, 'YYYY')`,
};

export type FacetName = keyof typeof FACETS;

/** Each facet keeps this many of its largest buckets. */
const FACET_BUCKETS = 20;

export interface FacetBucket {
  value: string;
  count: number;
}

/** What the facets count: every match, the first `matches` found, or a random sample of them. */
export interface FacetBasis {
  kind: 'all' | 'first' | 'sample';
  matches: number;
}

export interface MatchSummary {
  /** Matches counted up to the cap; `capped` when there are more. */
  total: number;
  capped: boolean;
  /** About how many match, from a random sample, where far more than the cap do; else null. */
  estimate: number | null;
  facetBasis: FacetBasis;
  facets: Map<FacetName, FacetBucket[]>;
}

interface SummaryRow {
  facet: number;
  value: string | null;
  count: number;
  rows: number;
}

/**
 * Facet counts and a total over `rows` (a select of the facet columns f0…fn and a boolean `hit`),
 * in one statement grouped by GROUPING SETS: the empty set gives `hits` (rows with `hit`) and
 * `rows` (all). Facets count hits only and keep their FACET_BUCKETS largest buckets.
 */
async function grouped(db: Executor, names: FacetName[], rows: SQL) {
  const f = (i: number) => sql.identifier(`f${i}`);
  const sets = [...names.map((_, i) => sql`(${f(i)})`), sql`()`];
  const which = names.map((_, i) => sql`when grouping(${f(i)}) = 0 then ${i}`);
  const value = names.length
    ? sql`coalesce(${sql.join(
        names.map((_, i) => sql`${f(i)}::text`),
        sql`, `,
      )})`
    : sql`null`;
  const result = (await db.execute(sql`
    select case ${sql.join(which, sql` `)} else -1 end as facet, ${value} as value,
           (count(*) filter (where m.hit))::int as count, count(*)::int as rows
    from (${rows}) m
    group by grouping sets (${sql.join(sets, sql`, `)})`)) as unknown as { rows: SummaryRow[] };
  const facets = new Map<FacetName, FacetBucket[]>(names.map((name) => [name, []]));
  let [hits, all] = [0, 0];
  for (const row of result.rows) {
    if (Number(row.facet) < 0) [hits, all] = [row.count, row.rows];
    else if (row.value !== null && row.count > 0)
      facets.get(names[Number(row.facet)]!)!.push({ value: row.value, count: row.count });
  }
  for (const [name, buckets] of facets) {
    buckets.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    facets.set(name, buckets.slice(0, FACET_BUCKETS));
  }
  return { hits, rows: all, facets };
}

function facetColumns(names: FacetName[]): SQL[] {
  return names.map((name, i) => sql`${FACETS[name]} as ${sql.identifier(`f${i}`)}`);
}

/**
 * The total, counted up to `cap`, and the facets over the same first `cap` matches the index
 * yields: exact below the cap. Counting reads each match's row, so past the cap the facets count
 * the first `cap` (and say so).
 */
export async function matchSummary(
  db: Executor,
  where: SQL | undefined,
  names: FacetName[],
  cap: number,
): Promise<MatchSummary> {
  const matches = sql`select ${sql.join([...facetColumns(names), sql`1 as one`], sql`, `)} from ${s}
    where ${where ?? sql`true`} limit ${cap + 1}`;
  const rows = sql`select *, row_number() over () <= ${cap} as hit from (${matches}) s`;
  const counted = await grouped(db, names, rows);
  const capped = counted.rows > cap;
  return {
    total: counted.hits,
    capped,
    estimate: null,
    facetBasis: { kind: capped ? 'first' : 'all', matches: counted.hits },
    facets: counted.facets,
  };
}

/** The share of rights the standing sample holds: one in this many (migration 0015). */
export const SUBSET_RATE = 64;

/**
 * The facets over the standing sample's rows that match `where` (ADR 0024): the condition is
 * built on `right_search`, whose columns the sample shares, so it reads the sample under that name.
 */
function subsetSummary(db: Executor, where: SQL | undefined, names: FacetName[]) {
  const rows = sql`select ${sql.join(facetColumns(names), sql`, `)}, true as hit
    from ${rightSearchSubset} as right_search where ${where ?? sql`true`}`;
  return grouped(db, names, rows);
}

/** When a search's total and facets are estimated from the standing sample instead of counted. */
export interface Sampling {
  /** Try the sample only when the rarest term is held by at least this many rights (by the statistics), */
  above: number;
  /** …and by less than this share of them. */
  maxShare: number;
  /** Trust the sample when at least this many of its rows match and it estimates `margin` × the cap. */
  minMatches: number;
  margin: number;
}

/**
 * Counting reads one row per match, a random page of the search table each: at national scale and
 * on a cache that does not hold that table, ~40 µs to milliseconds each, and a capped count reads
 * 1,001 (ADR 0020). The standing sample holds a frequent term's rows on a table 1/64 the size,
 * which stays cached; it answers when it can vouch for more matches than the cap. With 40 sampled
 * matches (an estimate of 2,560) the count's 99.9 % lower bound (40 − 3.1·√40 ≈ 20, × 64 = 1,300)
 * is still above the cap of 1,000, and a facet's share is within ±15 points at 95 %. A term of
 * fewer postings than that cannot get there; from 2 % of rights up, PostgreSQL finds the first
 * matches by reading the table in order (the cap's matches within 100,000 rows), faster than
 * reading the sample's thousands (bench/README.md).
 */
export const SAMPLING: Sampling = { above: 2_500, maxShare: 0.02, minMatches: 40, margin: 2.5 };

/**
 * Whether the standing sample may answer: the rarest term of every text part is listed by the
 * statistics, and the rarest of those is held by `above` rights or more and by less than `maxShare`.
 */
function sampleMayAnswer(filter: SearchFilter, rows: number, sampling: Sampling): boolean {
  const rarest = textParts(filter).map((p) => listedRarestShare(p.terms, filter.stats ?? null));
  if (rarest.length === 0 || rarest.some((r) => r === null)) return false;
  const least = Math.min(...(rarest as number[]));
  return least * rows >= sampling.above && least < sampling.maxShare;
}

/** Two significant digits: an estimate says no more than it knows. */
function rounded(value: number): number {
  if (value < 100) return Math.round(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/**
 * The total and facets of a search. A term the statistics list as held by many rights (but not
 * by so many that the first matches are read off the table in order) is looked up in the standing
 * sample first; when the sample vouches for more matches than the cap, its estimate and facets are
 * the answer.
 * Otherwise (a rare term, a phrase or filters that few of the term's rights pass) the matches are
 * counted up to the cap. Expired rights without text are counted with index scans off (ADR 0023):
 * the count wants the first matches in any order, and PostgreSQL, taking them to be spread
 * evenly, walked a filter's page-order index from the newest right (`classMain=G06F`: 155,000 rows
 * read, 7 s cold, to count the oldest 1,001); a bitmap or sequential scan reads the table in its
 * own order instead, where age does not bunch at the far end.
 */
export async function summarizeMatches(
  db: Executor,
  filter: SearchFilter,
  names: FacetName[],
  cap: number,
  sampling: Sampling = SAMPLING,
): Promise<MatchSummary> {
  const where = searchConditions(filter);
  if (sampleMayAnswer(filter, filter.stats?.rows ?? 0, sampling)) {
    const sample = await subsetSummary(db, where, names);
    const estimate = sample.hits * SUBSET_RATE;
    if (sample.hits >= sampling.minMatches && estimate >= sampling.margin * cap)
      return {
        total: cap,
        capped: true,
        estimate: rounded(estimate),
        facetBasis: { kind: 'sample', matches: sample.hits },
        facets: sample.facets,
      };
  }
  if (textParts(filter).length === 0 && filter.status === 'expired')
    return db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_indexonlyscan = off`);
      const summary = await matchSummary(tx, where, names, cap);
      // Within a caller's transaction this is a savepoint: the settings would outlive it.
      await tx.execute(sql`set local enable_indexscan to default`);
      await tx.execute(sql`set local enable_indexonlyscan to default`);
      return summary;
    });
  return matchSummary(db, where, names, cap);
}
