/**
 * What PostgreSQL's statistics say about the search index, read from `pg_stats` and kept for a few
 * minutes per database handle: how often each frequent bigram or trigram occurs, and how filing
 * dates are spread. search.queries.ts uses them to choose the terms the GIN index is asked for and the
 * slices of the newest rights a page is looked for in first (ADR 0009, ADR 0014).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { QueryTerm } from './search-text.ts';

export interface TermStats {
  /** Share of rights whose search vector holds the lexeme, for the statistics' most common ones. */
  frequency: Map<string, number>;
  /** Share assumed for a lexeme not among them: below the least common listed, as PostgreSQL assumes. */
  unlisted: number;
  /** The filing date's histogram bounds, oldest first: each bucket between two holds as many rights. */
  filingBounds: string[];
  /** Rights in the table, as the statistics estimate. */
  rows: number;
}

const TTL_MS = 10 * 60_000;
const cache = new WeakMap<object, { at: number; stats: Promise<TermStats | null> }>();

async function readStats(db: Executor): Promise<TermStats | null> {
  const result = (await db.execute(sql`
    select (select most_common_elems::text::text[] from pg_stats
             where schemaname = current_schema() and tablename = 'right_search' and attname = 'search_vector') as elems,
           (select most_common_elem_freqs from pg_stats
             where schemaname = current_schema() and tablename = 'right_search' and attname = 'search_vector') as freqs,
           (select histogram_bounds::text::text[] from pg_stats
             where schemaname = current_schema() and tablename = 'right_search' and attname = 'filing_date') as bounds,
           (select reltuples from pg_class where oid = 'right_search'::regclass)::float8 as rows`)) as unknown as {
    rows: { elems: string[] | null; freqs: number[] | null; bounds: string[] | null; rows: number }[];
  };
  const row = result.rows[0];
  if (!row?.elems || !row.freqs) return null;
  const freqs = row.freqs;
  const frequency = new Map(row.elems.map((lexeme, i) => [lexeme, Number(freqs[i])]));
  // After the per-element frequencies come the minimum, the maximum and the null share.
  const least = Number(row.freqs[row.elems.length] ?? 0.001);
  const bounds = row.bounds ?? [];
  return {
    frequency,
    unlisted: least / 2,
    filingBounds: bounds,
    rows: Math.max(0, Number(row.rows)),
  };
}

/**
 * After an import changed rights: moves the text index's pending entries into its tree, gathers
 * the search table's statistics anew when enough has changed, and forgets the cached ones. GIN
 * takes new entries into an unsorted pending list (up to 4 MB) that every search then reads whole
 * — ~10 ms a search at 10 million rights after the benchmark's import of 20,000 — until a vacuum
 * merges it, and the embedded database runs no autovacuum. The planner and the search read the
 * statistics; an ANALYZE of the search table samples 300,000 rows (migration 0011), seconds at
 * national scale, so it runs as autovacuum would (needsAnalyze). `rights` itself is read by
 * unique keys only (verification, a page's rows), whose plans need no statistics.
 *
 * `changedRows` is what the caller changed; without it the statistics are always gathered.
 */
export async function refreshStatistics(db: Executor, changedRows?: number): Promise<void> {
  await db.execute(sql`select gin_clean_pending_list('right_search_text_idx'::regclass)`);
  const result = (await db.execute(sql`
    select c.reltuples::float8 as rows, coalesce(s.n_mod_since_analyze, 0)::float8 as modified
    from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
    where c.oid = 'right_search'::regclass`)) as unknown as { rows: { rows: number; modified: number }[] };
  const row = result.rows[0];
  const changed = Math.max(changedRows ?? Number.POSITIVE_INFINITY, Number(row?.modified ?? 0));
  if (needsAnalyze(Number(row?.rows ?? -1), changed)) {
    await db.execute(sql`analyze right_search`);
    // The standing sample (ADR 0024) changes with it; the planner reads it by its text index.
    await db.execute(sql`analyze right_search_subset`);
  }
  cache.delete(db);
}

/**
 * Whether the search table's statistics are gathered again: when it never was (`rows` -1), or when
 * the rows changed since reach autovacuum's default threshold (50 rows and 10 % of the table).
 * Shares of terms barely move under smaller changes; the changes count is the larger of the
 * caller's and PostgreSQL's own (`n_mod_since_analyze`, which also sums earlier small imports).
 */
export function needsAnalyze(rows: number, changed: number): boolean {
  return rows < 0 || changed >= 50 + 0.1 * rows;
}

/** The statistics, at most TTL_MS old; null where the table was never analyzed. */
export function termStats(db: Executor): Promise<TermStats | null> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.stats;
  const stats = readStats(db).catch(() => null);
  cache.set(db, { at: Date.now(), stats });
  return stats;
}

/**
 * The terms the GIN index is asked for; the rest of the query is checked on the rows it returns.
 * Asking for every trigram of a phrase reads every posting list (the frequent ones — 有限公,
 * 限公司 — hold most of the table). The two rarest single out a name's or a word's rights (for
 * counting and for fetching matches); but their estimate is a product, as if they were
 * independent, which trigrams of one word are not. So where the planner must choose how to read (a page's newest
 * slice), `narrow` false asks for the rarest alone, whose estimate is the truth. Prefix terms have
 * no statistics and are asked only when alone.
 */
export function indexTerms(terms: QueryTerm[], stats: TermStats | null, narrow = true): QueryTerm[] {
  const exact = terms.filter((t) => !t.prefix);
  if (!stats || exact.length === 0 || terms.length === 1) return terms;
  const distinct = distinctTerms(exact);
  const byRarity = [...distinct].sort((a, b) => share(stats, a) - share(stats, b));
  // Terms the statistics do not list are equally "rare" to them. Of those, the first and the
  // last of the query are the least alike (a name's region and its trade name and industry).
  const least = share(stats, byRarity[0]!);
  const tied = distinct.filter((t) => share(stats, t) === least);
  if (!narrow) return [tied[tied.length - 1]!];
  const rarest = tied.length >= 2 ? [tied[0]!, tied[tied.length - 1]!] : byRarity.slice(0, 2);
  if (distinct.length < LONG_QUERY_TERMS) return rarest;
  const more = byRarity.filter((t) => !rarest.includes(t) && share(stats, t) < LONG_QUERY_SHARE);
  return [...rarest, ...more].slice(0, LONG_QUERY_ASKED);
}

/** A query's exact terms, each lexeme once, in the query's order. */
export function distinctTerms(terms: QueryTerm[]): QueryTerm[] {
  return [...new Map(terms.filter((t) => !t.prefix).map((t) => [t.lexeme, t])).values()];
}

/**
 * A query of this many distinct trigrams or more (five characters and up: a full name) is likely
 * rare whatever the share of its rarest trigram. Its rarest two are often parts of one trade name,
 * found together in far more rights than the name (measured with bigrams: 信东 and 方食 of
 * 华信东方食品 in 521 rights at 10M, the name in 9), so the index is also asked for the next rarest
 * term when less than LONG_QUERY_SHARE of rights hold it (the city, 广州 1.4 %: 41 rows to read
 * and check instead of 521; cold, 3 ms instead of 79). GIN skips through its postings along the
 * rarer ones' (~1.5 ms for 110,000 postings at 10M); a fourth of 3 % cost 4–9 ms more and spared
 * few rows, so three are asked at most.
 */
export const LONG_QUERY_TERMS = 3;
const LONG_QUERY_SHARE = 0.02;
const LONG_QUERY_ASKED = 3;

/**
 * Within a slice, a term held by this share of rights or more is not asked of the text index.
 * The slice's months already single out the newest rights, and a frequent term of a phrase
 * (存储 in 存储控制, 8 % of rights) spares few of the rarest one's rows — they are mostly its
 * own — while GIN decodes its long posting list: measured at 10M, 11 ms a slice with it, 7.5
 * without (ADR 0018).
 */
const SLICE_SKIPS = 0.01;

/** The terms asked of the text index within a slice: indexTerms', less the frequent ones. */
export function sliceTerms(terms: QueryTerm[], stats: TermStats | null): QueryTerm[] {
  const asked = indexTerms(terms, stats);
  if (!stats || asked.length < 2) return asked;
  const kept = asked.filter((t) => t.prefix || share(stats, t) < SLICE_SKIPS);
  // indexTerms puts the rarest first: when every term is frequent, it alone is asked.
  return kept.length > 0 ? kept : asked.slice(0, 1);
}

/**
 * The share of rights holding the rarest exact term of a query, when the statistics list that
 * term: measured, not assumed (a term they do not list is rarer than every listed one). Null for a
 * query of prefixes only or whose rarest term is not listed.
 */
export function listedRarestShare(terms: QueryTerm[], stats: TermStats | null): number | null {
  const exact = terms.filter((t) => !t.prefix);
  if (!stats || exact.length === 0) return null;
  const rarest = [...exact].sort((a, b) => share(stats, a) - share(stats, b))[0]!;
  return stats.frequency.get(rarest.lexeme) ?? null;
}

/** The share of rights holding a term, by the statistics; a prefix counts as frequent. */
function share(stats: TermStats, term: QueryTerm): number {
  return term.prefix ? 1 : (stats.frequency.get(term.lexeme) ?? stats.unlisted);
}

const DAY_MS = 86_400_000;
/** A term this frequent fills a page within some thousands of the newest rights. */
const WALKABLE = 0.003;
/** This many candidates are fetched and sorted faster than any slice. */
const FEW = 2_000;
/** The most rights a walk reads before the matches are fetched instead (~100 ms). */
const MAX_WALK = 50_000;
/** Each slice holds this many times the rights of the one before it. */
const WIDENING = 4;
/** The widest slice, as a share of the dated rights; past it every match is fetched and sorted. */
const MAX_SLICE = 0.3;

/** How a text search reads its page before it fetches and sorts every match (searchPage). */
export interface ReadingPlan {
  /** Walk at most this many of the newest rights by the filing-date index, filtering. */
  walk: number | null;
  /**
   * Then look among the rights filed since each of these dates (the first of a month), narrowest
   * first: the text index finds the term's matches of those months itself (ADR 0014).
   */
  slices: string[];
  /**
   * The rarest term is not among the statistics' common lexemes: its share is only known to be
   * below theirs, so the text index's candidates are counted (a few hundred) before any slice.
   */
  unsure: boolean;
}

/**
 * How a page of `need` matches is looked for first, by the expected share of the rarest term.
 * A frequent term fills a page from the newest few thousand rights: a walk of the filing-date
 * index, bounded, because matches bunched among old or undated rights (a GI's product name: GIs
 * carry no filing date) would make an unbounded walk read the whole table (33 s for 猴桃 at 10M).
 * A rare one has few matches to fetch. In between, and after a walk that found too little, the
 * newest slice expected to hold the page three times over, then slices four times wider each,
 * until one fills the page: a term's matches need not be spread evenly in time (a technology's
 * words come and go; the newest year is a partial one). A term the statistics do not list may be
 * rare or not (a company's full name: 10 matches): `unsure` has its candidates counted first.
 */
export function readingPlan(terms: QueryTerm[], stats: TermStats | null, need: number): ReadingPlan {
  const none = { walk: null, slices: [], unsure: false };
  if (!stats || terms.length === 0 || stats.rows <= 0) return none;
  const expected = Math.min(...terms.map((t) => share(stats, t)));
  if (expected >= WALKABLE) {
    const walk = Math.min(MAX_WALK, Math.ceil((3 * need) / expected));
    return { walk, slices: slices(stats.filingBounds, (WIDENING * walk) / stats.rows), unsure: false };
  }
  if (expected * stats.rows <= FEW) return none;
  const unsure = !terms.some((t) => stats.frequency.get(t.lexeme) === expected);
  return { walk: null, slices: slices(stats.filingBounds, (3 * need) / (expected * stats.rows)), unsure };
}

/** The cut dates of slices holding `first`, WIDENING times as many, … up to MAX_SLICE of the rights. */
function slices(bounds: string[], first: number): string[] {
  const cuts: string[] = [];
  if (bounds.length < 2) return cuts;
  for (let fraction = first; fraction <= MAX_SLICE; fraction *= WIDENING) {
    const cut = monthCutting(bounds, fraction);
    if (cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}

/**
 * The first day of the month from which the newest `fraction` of rights were filed, by the
 * histogram (equal shares between its bounds, and even filings within a bucket): rounded down to a
 * month, as the text index knows filing dates by month.
 */
export function monthCutting(bounds: string[], fraction: number): string {
  const buckets = bounds.length - 1;
  const position = Math.max(0, buckets * (1 - fraction));
  const i = Math.min(Math.floor(position), buckets - 1);
  const [from, to] = [Date.parse(bounds[i]!), Date.parse(bounds[i + 1]!)];
  const at = from + (to - from) * (position - i);
  return `${new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString().slice(0, 7)}-01`;
}

/** The share of dated rights filed since `date`, by the histogram: the inverse of monthCutting. */
export function shareSince(bounds: string[], date: string): number {
  const buckets = bounds.length - 1;
  const at = Date.parse(date);
  if (buckets < 1 || at <= Date.parse(bounds[0]!)) return 1;
  if (at >= Date.parse(bounds[buckets]!)) return 0;
  let i = 0;
  while (i < buckets - 1 && Date.parse(bounds[i + 1]!) <= at) i++;
  const [from, to] = [Date.parse(bounds[i]!), Date.parse(bounds[i + 1]!)];
  return 1 - (i + (at - from) / (to - from)) / buckets;
}

/**
 * The first month of the next, older slice, once the rights filed since `from` held `found` of a
 * page's matches and it needs `remaining` more: wide enough to hold them three times over at the
 * density seen (at least a month, at most WIDENING times the share read so far, as before any
 * match); null once MAX_SLICE of the rights were read, and every match is fetched and sorted.
 */
export function nextCut(bounds: string[], from: string, found: number, remaining: number): string | null {
  const read = shareSince(bounds, from);
  if (bounds.length < 2 || read >= MAX_SLICE) return null;
  const widening = found > 0 ? Math.min(WIDENING, 1 + (3 * remaining) / found) : WIDENING;
  const cut = monthCutting(bounds, Math.min(MAX_SLICE, read * widening));
  if (cut < from) return cut;
  const month = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  month.setUTCMonth(month.getUTCMonth() - 1);
  return month.toISOString().slice(0, 10);
}
