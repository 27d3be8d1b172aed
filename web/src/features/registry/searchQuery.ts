import type { RightSearchFilters, RightSearchQuery } from './registryApi.ts';

export const FILTER_KEYS = [
  'q',
  'type',
  'status',
  'province',
  'classMain',
  'regionCode',
  'filedFrom',
  'filedTo',
  'holder',
] as const satisfies readonly (keyof RightSearchFilters)[];

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Reads the search from the page URL, so a search can be bookmarked and shared. */
export function parseSearchParams(params: URLSearchParams): RightSearchQuery {
  const query: RightSearchQuery = {
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) query[key] = value;
  }
  return query;
}

/** The URL form of a search: empty filters and default paging are left out. */
export function toSearchParams(query: RightSearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function filtersOf(query: RightSearchQuery): RightSearchFilters {
  const filters: RightSearchFilters = {};
  for (const key of FILTER_KEYS) if (query[key]) filters[key] = query[key];
  return filters;
}

/** The filing-year facet filters by a date range covering that calendar year. */
export function yearRange(year: string): { filedFrom: string; filedTo: string } {
  return { filedFrom: `${year}-01-01`, filedTo: `${year}-12-31` };
}

export function selectedYear(query: RightSearchFilters): string | undefined {
  const from = query.filedFrom;
  if (!from || !/^\d{4}-01-01$/.test(from)) return undefined;
  const year = from.slice(0, 4);
  return query.filedTo === `${year}-12-31` ? year : undefined;
}
