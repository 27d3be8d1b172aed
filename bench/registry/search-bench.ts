/**
 * Search latency, one query at a time, three ways on the same data in the same run:
 * - api: GET /api/v1/rights/search (what users get: page + total + five facet counts, via HTTP);
 * - core: the same SQL the service runs (search.page.ts readPage, and
 *   summarizeMatches: the total up to search.service's COUNT_CAP, or a sample's estimate, with the
 *   five facets, in parallel), in
 *   process, without the number lookup, region names and HTTP;
 * - scan: the query without the text index, `LIKE '%q%'` over titles and holder names (page +
 *   total up to the same cap, in parallel), which PostgreSQL can only answer by a sequential scan.
 * - bigram (reported as "text index only"; the key keeps its first name so results compare): the
 *   text part alone, `search_vector @@ tsquery` on the search table's GIN index, the whole query as
 *   one condition (informational: the service asks the index for the rarest terms and ORs a number
 *   lookup, see the README).
 * Queries run class by class in turns until they are done or the time budget is spent. For each
 * query, api and core take turns at running first (on a cold cache), counted within each class
 * (--search-first picks which way starts); bigram runs after both. The sequential scans
 * (the first few queries of each class) run after them all, so that their sweep of the heap does
 * not evict what the measured queries read (until 2026-12-06 they ran between them).
 */
import { readPage } from '../../server/src/modules/registry/search.page.ts';
import { COUNT_CAP } from '../../server/src/modules/registry/search.service.ts';
import { termStats } from '../../server/src/modules/registry/search.stats.ts';
import { type FacetName, summarizeMatches } from '../../server/src/modules/registry/search.summary.ts';
import { searchQueryText } from '../../server/src/modules/registry/search-text.ts';
import type { Database } from '../../server/src/platform/db/database.ts';
import type { SearchCase, SearchClass } from './queries.ts';
import { type Summary, summarize, timed } from './stats.ts';

export interface ClassResult {
  class: SearchClass;
  api: Summary;
  core: Summary;
  scan: Summary;
  /** The text index alone (no number lookup): what the text part of the query costs as one condition. */
  bigram: Summary;
  /** Median number of matching rights (the search total). */
  medianMatches: number;
  examples: string[];
}

/**
 * One query's API and core SQL times, and which way ran it first (on a colder cache); 'bigram' only
 * in results of 2026-12-06 to -07, when the three ways took turns.
 */
export interface QueryTiming {
  class: SearchClass;
  text: string;
  api: number;
  core: number;
  first: 'api' | 'core' | 'bigram';
}

/** How many of the slowest API queries the results name. */
const SLOWEST = 8;

export interface SearchResult {
  classes: ClassResult[];
  /** The slowest queries by API time: whether the SQL was slow too, and whether the API ran first. */
  slowest: QueryTiming[];
  /** Every measured query, in the order run (since 2026-12-07). */
  queries?: QueryTiming[];
  scanPlan: string;
  /** Which way ran the first query of the first class first (--search-first; since 2026-12-07). */
  startWith?: 'api' | 'core';
  /** Queries left out when the time budget ran out. */
  skipped: number;
  overall: { api: Summary; core: Summary; scan: Summary; bigram: Summary };
}

const PAGE_SIZE = 20;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

async function scan(database: Database, item: SearchCase): Promise<void> {
  const text = item.params.q ?? item.params.holder!;
  const where = item.params.q ? 'title like $1 or holder_names like $1' : 'holder_names like $1';
  await Promise.all([
    database.query(
      `select id, title from rights where ${where} order by filing_date desc nulls last, id desc limit ${PAGE_SIZE}`,
      [likePattern(text)],
    ),
    // Counted up to the same cap as the service counts.
    database.query(
      `select count(*)::int as n from (select 1 from rights where ${where} limit ${COUNT_CAP + 1}) m`,
      [likePattern(text)],
    ),
  ]);
}

/** The same page and capped total from the text index alone (searchQueryText, as the service builds it). */
async function bigram(database: Database, item: SearchCase): Promise<void> {
  const query = searchQueryText(item.params.q ?? item.params.holder!, item.params.q ? '' : 'B');
  const where = 'search_vector @@ $1::tsquery';
  await Promise.all([
    database.query(
      `select r.id, r.title from (select right_id from right_search where ${where}
         order by filing_date desc nulls last, right_id desc limit ${PAGE_SIZE}) p
       join rights r on r.id = p.right_id order by r.filing_date desc nulls last, r.id desc`,
      [query],
    ),
    database.query(
      `select count(*)::int as n from (select 1 from right_search where ${where} limit ${COUNT_CAP + 1}) m`,
      [query],
    ),
  ]);
}

const FACETS: FacetName[] = ['type', 'status', 'province', 'classMain', 'filingYear'];

/** The service's SQL for one search without filters: the page, and the total with the facets. */
async function core(database: Database, item: SearchCase) {
  const filter = { ...item.params, stats: await termStats(database.db) };
  return Promise.all([
    readPage(database.db, filter, 1, PAGE_SIZE),
    summarizeMatches(database.db, filter, FACETS, COUNT_CAP),
  ]);
}

function api(server: string, token: string, item: SearchCase): Promise<number> {
  return searchThroughApi(server, token, item.params);
}

/** GET /api/v1/rights/search with these parameters (first page); the search's total. */
export async function searchThroughApi(
  server: string,
  token: string,
  query: Record<string, string>,
): Promise<number> {
  const params = new URLSearchParams({ ...query, page: '1', pageSize: String(PAGE_SIZE) });
  const response = await fetch(`${server}/api/v1/rights/search?${params}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`search ${params} → ${response.status}: ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { total: number }).total;
}

export async function searchBench(
  database: Database,
  server: string,
  token: string,
  cases: SearchCase[],
  scanPerClass: number,
  budgetSeconds: number,
  startWith: 'api' | 'core',
  log: (s: string) => void,
): Promise<SearchResult> {
  // Warm-up: a few queries of each kind, not measured.
  for (const item of cases.filter((_, i) => i % 10 === 0).slice(0, 8)) {
    await api(server, token, item);
    await core(database, item);
  }
  const samples = new Map<
    SearchClass,
    { api: number[]; core: number[]; scan: number[]; bigram: number[]; matches: number[]; examples: string[] }
  >();
  // Classes take turns, so that a time budget cut short leaves each class with samples.
  const byClass = new Map<SearchClass, SearchCase[]>();
  for (const c of cases) byClass.set(c.class, [...(byClass.get(c.class) ?? []), c]);
  const longest = Math.max(...[...byClass.values()].map((list) => list.length));
  const order = Array.from({ length: longest }, (_, i) =>
    [...byClass.values()].flatMap((list) => list[i] ?? []),
  ).flat();
  const classOrder = [...byClass.keys()];
  const deadline = performance.now() + budgetSeconds * 1000;
  let skipped = 0;
  const scanned: SearchCase[] = [];
  const timings: QueryTiming[] = [];
  for (const item of order) {
    if (performance.now() > deadline) {
      skipped += 1;
      continue;
    }
    const s = samples.get(item.class) ?? {
      api: [],
      core: [],
      scan: [],
      bigram: [],
      matches: [],
      examples: [],
    };
    samples.set(item.class, s);
    // The first of API and core SQL to run a query reads its pages from disk, the other from the
    // cache: they take turns at going first, so that each meets cold and warm caches alike. The
    // text index alone runs after both: as one condition a four-character phrase reads 600–1,500
    // ms of heap pages, evicting what the next query would find cached; in the rotation of three
    // (until 2026-12-07) the API ran right after it in two turns of three, core SQL in none, and
    // the four-character class's API p50 was twice its core SQL's. The turns are counted within
    // each class, and start with the other way in every other class: counted over all queries
    // (until 2026-12-07), four classes in rotation gave the API the cold run of every 2- and
    // 4-character query and core SQL that of every 3-character and holder query. With the same
    // seed the same queries meet the API cold in every run; --search-first core swaps the halves.
    const ways = [
      async () => {
        const byApi = await timed(() => api(server, token, item));
        s.api.push(byApi.ms);
        s.matches.push(byApi.value);
        if (s.examples.length < 4) s.examples.push(`${item.params.q ?? item.params.holder} (${byApi.value})`);
      },
      async () => s.core.push((await timed(() => core(database, item))).ms),
    ];
    const first =
      (s.api.length + classOrder.indexOf(item.class) + (startWith === 'api' ? 0 : 1)) % ways.length;
    for (const way of [...ways.slice(first), ...ways.slice(0, first)]) await way();
    s.bigram.push((await timed(() => bigram(database, item))).ms);
    timings.push({
      class: item.class,
      text: item.params.q ?? item.params.holder!,
      api: s.api[s.api.length - 1]!,
      core: s.core[s.core.length - 1]!,
      first: (['api', 'core'] as const)[first]!,
    });
    if (scanned.filter((c) => c.class === item.class).length < scanPerClass) scanned.push(item);
  }
  if (skipped)
    log(`    the search budget of ${budgetSeconds} s ran out: ${skipped} of ${cases.length} queries not run`);
  // The sequential scans come last: each sweeps the 16 GB `rights` heap (at 10M) through the
  // caches, and between the measured queries it would evict the pages they read.
  for (const item of scanned)
    samples.get(item.class)!.scan.push((await timed(() => scan(database, item))).ms);
  const plan = await database.query<{ 'QUERY PLAN': string }>(
    `explain select count(*) from rights where title like $1 or holder_names like $1`,
    [likePattern('传感')],
  );
  const classes = [...samples.entries()].map(([cls, s]) => {
    const matches = [...s.matches].sort((a, b) => a - b);
    const result: ClassResult = {
      class: cls,
      api: summarize(s.api),
      core: summarize(s.core),
      scan: summarize(s.scan),
      bigram: summarize(s.bigram),
      medianMatches: matches[Math.floor(matches.length / 2)] ?? 0,
      examples: s.examples,
    };
    log(
      `    ${cls.padEnd(7)} api p50 ${result.api.p50.toFixed(1)} ms p95 ${result.api.p95.toFixed(1)} ms · core p50 ${result.core.p50.toFixed(1)} p95 ${result.core.p95.toFixed(1)} · bigram p95 ${result.bigram.p95.toFixed(1)} · scan p50 ${result.scan.p50.toFixed(0)} ms · median matches ${result.medianMatches}`,
    );
    return result;
  });
  const all = (key: 'api' | 'core' | 'scan' | 'bigram') =>
    summarize([...samples.values()].flatMap((s) => s[key]));
  return {
    classes,
    slowest: [...timings].sort((a, b) => b.api - a.api).slice(0, SLOWEST),
    queries: timings,
    startWith,
    scanPlan: plan.map((r) => r['QUERY PLAN']).join('\n'),
    skipped,
    overall: { api: all('api'), core: all('core'), scan: all('scan'), bigram: all('bigram') },
  };
}
