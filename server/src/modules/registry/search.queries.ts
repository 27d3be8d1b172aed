/**
 * The SQL of 集中查询: the conditions of a search and how its page is read (the page itself is
 * search.page.ts, the total with the facet counts search.summary.ts). How each part stays fast at
 * national scale is ADR 0008, 0009, 0014 and 0018.
 */
import type { RightType } from '@ipp/shared';
import { and, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { lookupKeys } from './numbers.ts';
import { rightNumbers, rightSearch } from './registry.tables.ts';
import { statusToday } from './rights.queries.ts';
import {
  distinctTerms,
  indexTerms,
  LONG_QUERY_TERMS,
  nextCut,
  type ReadingPlan,
  readingPlan,
  sliceTerms,
  type TermStats,
} from './search.stats.ts';
import { statusCondition } from './search.status.ts';
import { type ParsedQuery, parseSearchQuery, windowQuery } from './search-text.ts';

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
  /**
   * Only the rights filed from the first of a month `from` up to the month before `until` (to the
   * end of `lastYear` when null): a slice of the newest (searchPage).
   */
  slice?: { from: string; lastYear: number; until: string | null };
}

/** Search reads the narrow search table (ADR 0013); only a page's rows are read from `rights`. */
const s = rightSearch;
export const searchStatus = statusToday(s.statusBase, s.expiryDate);

/**
 * The text condition: the index is asked for the terms indexTerms chooses, and the whole query —
 * a phrase needs its bigrams' positions, which GIN does not keep — is checked on those rows with
 * the operator's function, which no index answers, so the planner keeps the index's estimate.
 * In a slice, the index is asked for the terms sliceTerms keeps AND the slice's filing months and
 * years, so it finds the newest matches itself (ADR 0014).
 */
function textCondition(query: string, weights: string, filter: SearchFilter): SQL | undefined {
  const parsed = parseSearchQuery(query, weights);
  if (!parsed) return undefined;
  const stats = filter.stats ?? null;
  const asked = filter.slice ? sliceTerms(parsed.terms, stats) : indexTerms(parsed.terms, stats);
  const whole = asked.length === parsed.terms.length && !parsed.phrase;
  let index = whole ? parsed.text : asked.map((t) => t.text).join(' & ');
  if (filter.slice) {
    const window = windowQuery(filter.slice.from, filter.slice.lastYear, filter.slice.until);
    if (!window) return sql`false`;
    index = `(${index}) & (${window})`;
  }
  if (whole) return sql`${s.searchVector} @@ ${index}::tsquery`;
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
  const slice = filter.slice;
  const since = slice
    ? and(gte(s.filingDate, slice.from), slice.until ? lt(s.filingDate, slice.until) : undefined)
    : undefined;
  const byNumber = numberIds.length ? and(inArray(s.rightId, numberIds), since) : undefined;
  return or(byNumber, textCondition(q, '', filter)) ?? sql`false`;
}

export function searchConditions(filter: SearchFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q?.trim()) conditions.push(queryCondition(filter.q.trim(), filter));
  if (filter.holder?.trim()) conditions.push(textCondition(filter.holder.trim(), 'B', filter) ?? sql`false`);
  if (filter.type) conditions.push(eq(s.type, filter.type));
  if (filter.status) conditions.push(statusCondition(filter.status));
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

export interface PagePlan extends ReadingPlan {
  /** The search's condition within the slice of rights filed from `from` to before `until`. */
  sliced: (from: string, lastYear: number, until: string | null) => SQL | undefined;
  /**
   * The next, older slice's first month after the rights filed since `from` held `found` matches
   * and the page still needs `remaining` (nextCut); null: fetch and sort every match. Without it
   * the slices are `slices`, in turn.
   */
  widen?: (from: string, found: number, remaining: number) => string | null;
  /**
   * A superset of the matches: the terms the text index is asked for, without the phrase check
   * or the filters (and the rights found by number), to count how many rows a page could need.
   */
  candidates: SQL;
}

/** The text parts of a search: the query (any field) and the holder (weight B), each when given. */
export function textParts(filter: SearchFilter): ParsedQuery[] {
  const parts = [parseSearchQuery(filter.q ?? '', ''), parseSearchQuery(filter.holder ?? '', 'B')];
  return parts.filter((p) => p !== null);
}

/** How a text search reads a page of `need` matches (readingPlan); null for a search without text. */
export function pagePlan(filter: SearchFilter, need: number): PagePlan | null {
  const stats = filter.stats ?? null;
  const parsed = textParts(filter);
  if (parsed.length === 0) return null;
  // The rarest term alone: its estimate is the truth, where two correlated ones' is a product.
  const asked = parsed.flatMap((p) => indexTerms(p.terms, stats, false));
  const plan = readingPlan(asked, stats, need);
  const indexed = parsed.flatMap((p) => indexTerms(p.terms, stats).map((t) => t.text));
  const byNumber = filter.numberIds?.length ? inArray(s.rightId, filter.numberIds) : undefined;
  // A full name is counted first: its candidates are likely few, whatever its terms' shares.
  const long = parsed.some((p) => distinctTerms(p.terms).length >= LONG_QUERY_TERMS);
  return {
    ...plan,
    unsure: plan.unsure || (long && plan.slices.length > 0),
    sliced: (from, lastYear, until) => searchConditions({ ...filter, slice: { from, lastYear, until } }),
    widen: stats
      ? (from, found, remaining) => nextCut(stats.filingBounds, from, found, remaining)
      : undefined,
    candidates: or(byNumber, sql`${s.searchVector} @@ ${indexed.join(' & ')}::tsquery`)!,
  };
}
