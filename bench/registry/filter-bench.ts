/**
 * Searches without text, as the search page sends them when a facet is clicked before any query
 * is typed (ADR 0023): every type, every status, every type with every status, two provinces (the
 * largest and the smallest), a county and two classes (a Nice class and an IPC subclass). Each
 * goes through the API once, in turn, on whatever the cache holds; the reference is the same API
 * with no filter at all (the newest page), measured in the same run. Until 2026-12-07 a search
 * for GIs, or for expired or revoked rights, ran for seconds to minutes at 10M (the page walked
 * the filing-date index from the newest right until it found the filter's).
 */
import { RIGHT_STATUSES, RIGHT_TYPES } from '@ipp/shared';
import type { Database } from '../../server/src/platform/db/database.ts';
import { searchThroughApi } from './search-bench.ts';
import { type Summary, summarize, timed } from './stats.ts';

export interface FilterTiming {
  filter: Record<string, string>;
  ms: number;
  /** The search's total (counted up to the service's cap). */
  total: number;
}

export interface FilterResult {
  searches: FilterTiming[];
  overall: Summary;
  /** The same API with no filter: the newest page and the facets over the first matches. */
  unfiltered: Summary;
}

/** The filters a facet click sends, with places and classes taken from the data. */
async function filtersOf(database: Database): Promise<Record<string, string>[]> {
  const [places] = await database.query<{ largest: string; smallest: string; county: string }>(
    `with p as (select substr(region_code, 1, 2) as p, count(*) as n from right_search tablesample system (0.1)
                 where region_code is not null group by 1)
     select (select p from p order by n desc limit 1) || '0000' as largest,
            (select p from p order by n limit 1) || '0000' as smallest,
            (select region_code from right_search tablesample system (0.1) where region_code is not null limit 1) as county`,
  );
  return [
    ...RIGHT_TYPES.map((type) => ({ type })),
    ...RIGHT_STATUSES.map((status) => ({ status })),
    ...RIGHT_TYPES.flatMap((type) => RIGHT_STATUSES.map((status) => ({ type, status }))),
    { province: places!.largest },
    { province: places!.smallest },
    { regionCode: places!.county },
    { classMain: '30' },
    { classMain: 'G06F' },
  ];
}

export async function filterBench(
  database: Database,
  server: string,
  token: string,
  log: (s: string) => void,
): Promise<FilterResult> {
  const filters = await filtersOf(database);
  const unfiltered: number[] = [];
  const searches: FilterTiming[] = [];
  for (const filter of filters) {
    const { ms, value } = await timed(() => searchThroughApi(server, token, filter));
    searches.push({ filter, ms, total: value });
    unfiltered.push((await timed(() => searchThroughApi(server, token, {}))).ms);
  }
  const result = {
    searches,
    overall: summarize(searches.map((s) => s.ms)),
    unfiltered: summarize(unfiltered),
  };
  const slowest = [...searches].sort((a, b) => b.ms - a.ms)[0]!;
  log(
    `    ${searches.length} searches: p50 ${result.overall.p50.toFixed(1)} ms, p95 ${result.overall.p95.toFixed(1)} ms, slowest ${slowest.ms.toFixed(1)} ms (${new URLSearchParams(slowest.filter)}) · no filter p50 ${result.unfiltered.p50.toFixed(1)} ms`,
  );
  return result;
}
