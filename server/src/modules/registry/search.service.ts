/** 集中查询: one search over the four right types, with facet counts and stable pagination. */
import {
  checkUscc,
  RIGHT_STATUS_LABELS,
  RIGHT_TYPE_LABELS,
  type RightDetailDto,
  type RightSearchResultDto,
  type RightStatus,
  type RightSummaryDto,
  type RightType,
} from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { regionNames } from '../region/index.ts';
import { parties } from './registry.tables.ts';
import { loadRight } from './rights.queries.ts';
import { type PageRow, readPage } from './search.page.ts';
import { numberIdsFor, type SearchFilter } from './search.queries.ts';
import { termStats } from './search.stats.ts';
import { type FacetBucket, type FacetName, type MatchSummary, summarizeMatches } from './search.summary.ts';
import { eventDtos, holderDtos } from './verify.service.ts';

async function toSummaries(db: Executor, rows: PageRow[]): Promise<RightSummaryDto[]> {
  const names = await regionNames(
    db,
    rows.flatMap((r) => (r.regionCode ? [r.regionCode] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type as RightType,
    subtype: r.subtype,
    number: r.number,
    numberDisplay: r.numberDisplay,
    title: r.title,
    holders: r.holderNames ? r.holderNames.split('；') : [],
    status: r.status as RightStatus,
    regionCode: r.regionCode,
    regionName: r.regionCode ? (names.get(r.regionCode) ?? null) : null,
    classMain: r.classMain,
    filingDate: r.filingDate,
    grantDate: r.grantDate,
    expiryDate: r.expiryDate,
  }));
}

const FACET_NAMES: FacetName[] = ['type', 'status', 'province', 'classMain', 'filingYear'];
/**
 * Exact counts up to this many matches; beyond it, "at least" counts and facets over the first
 * this many matches (or a random sample's, ADR 0015). Counting reads each match's row
 * (visibility), one random page read per counted match wherever the matches lie: at national
 * scale, on a cache that does not hold the search table, those reads are the search's tail, and
 * they halve with the cap (ADR 0020; 2,000 before, 10,000 before ADR 0008). A user with more
 * than a thousand results refines the query; 50 pages of 20 stay reachable.
 */
export const COUNT_CAP = 1_000;

type Facets = RightSearchResultDto['facets'];

/**
 * The total and the facets. Each facet counts with its own filter removed, so its other buckets
 * stay selectable; facets whose own filter is unset share one statement with the total.
 */
async function totalAndFacets(
  db: Executor,
  filter: SearchFilter,
): Promise<{ summary: MatchSummary; facets: Facets }> {
  const without: Record<FacetName, keyof SearchFilter | null> = {
    type: 'type',
    status: 'status',
    province: 'province',
    classMain: 'classMain',
    filingYear: null,
  };
  const groups = new Map<string, { filter: SearchFilter; names: FacetName[] }>();
  for (const name of FACET_NAMES) {
    const key = without[name];
    const own = key && filter[key] !== undefined ? key : '';
    const group = groups.get(own) ?? { filter: own ? { ...filter, [own]: undefined } : filter, names: [] };
    group.names.push(name);
    groups.set(own, group);
  }
  const parts = await Promise.all(
    [...groups.entries()].map(async ([own, g]) => ({
      own,
      summary: await summarizeMatches(db, g.filter, g.names, COUNT_CAP),
    })),
  );
  const counted = new Map<FacetName, FacetBucket[]>();
  for (const part of parts) for (const [name, buckets] of part.summary.facets) counted.set(name, buckets);
  // filingYear is never removed, so the group with the request's own filter always exists.
  const summary = parts.find((p) => p.own === '')!.summary;
  return { summary, facets: await labelled(db, counted) };
}

async function labelled(db: Executor, counted: Map<FacetName, FacetBucket[]>): Promise<Facets> {
  const provinceNames = await regionNames(
    db,
    (counted.get('province') ?? []).map((b) => b.value),
  );
  const label = (name: FacetName, value: string) => {
    if (name === 'type') return RIGHT_TYPE_LABELS[value as RightType]?.zh ?? value;
    if (name === 'status') return RIGHT_STATUS_LABELS[value as RightStatus]?.zh ?? value;
    if (name === 'province') return provinceNames.get(value) ?? value;
    return value;
  };
  const entries = FACET_NAMES.map((name) => [
    name,
    (counted.get(name) ?? []).map((b) => ({ value: b.value, label: label(name, b.value), count: b.count })),
  ]);
  return Object.fromEntries(entries) as Facets;
}

/** A USCC asked for is its party's registered name; an unknown one is kept and finds nothing. */
async function usccAsName(db: Executor, text: string | undefined): Promise<string | undefined> {
  const uscc = checkUscc(text ?? '');
  if (!uscc.valid) return text;
  const [party] = await db
    .select({ name: parties.name })
    .from(parties)
    .where(eq(parties.uscc, uscc.normalized))
    .limit(1);
  return party?.name ?? uscc.normalized;
}

/**
 * Holders are keyed by USCC, so an official may ask by the code on a business licence: as the query
 * or the holder, it is searched as the name its party is registered under.
 */
async function withUsccsAsNames<F extends SearchFilter>(db: Executor, filter: F): Promise<F> {
  const [q, holder] = await Promise.all([usccAsName(db, filter.q), usccAsName(db, filter.holder)]);
  return { ...filter, q, holder };
}

export async function searchRights(
  context: ServiceContext,
  filter: SearchFilter & { page: number; pageSize: number },
): Promise<RightSearchResultDto> {
  assertPermission(context.actor, 'registry.right.read');
  filter = await withUsccsAsNames(context.db, filter);
  const [numberIds, stats] = await Promise.all([numberIdsFor(context.db, filter.q), termStats(context.db)]);
  filter = { ...filter, numberIds, stats };
  const [rows, { summary, facets }] = await Promise.all([
    readPage(context.db, filter, filter.page, filter.pageSize),
    totalAndFacets(context.db, filter),
  ]);
  return {
    items: await toSummaries(context.db, rows),
    total: summary.total,
    totalIsLowerBound: summary.capped,
    totalEstimate: summary.estimate,
    facetBasis: summary.facetBasis,
    page: filter.page,
    pageSize: filter.pageSize,
    facets,
  };
}

/** All matching rows for an export, in pages, capped so an export cannot exhaust memory. */
export async function* exportRights(context: ServiceContext, filter: SearchFilter, limit: number) {
  assertPermission(context.actor, 'registry.right.read');
  const named = await withUsccsAsNames(context.db, filter);
  const [numberIds, stats] = await Promise.all([numberIdsFor(context.db, named.q), termStats(context.db)]);
  const full = { ...named, numberIds, stats };
  const pageSize = 1000;
  for (let page = 1; (page - 1) * pageSize < limit; page++) {
    const rows = await readPage(context.db, full, page, pageSize);
    if (rows.length === 0) return;
    yield* await toSummaries(context.db, rows);
    if (rows.length < pageSize) return;
  }
}

export async function getRight(context: ServiceContext, id: string): Promise<RightDetailDto> {
  assertPermission(context.actor, 'registry.right.read');
  const right = await loadRight(context.db, id);
  if (!right) throw new AppError('REGISTRY_RIGHT_NOT_FOUND', `No right ${id}.`);
  const [summary] = await toSummaries(context.db, [
    { ...right.right, holderNames: right.right.holderNames, status: right.status },
  ]);
  const users = right.holders.filter((h) => h.holder.role === 'gi_user');
  const data = right.right.data;
  const areaCodes = (data['protectedAreaCodes'] as string[] | undefined) ?? [];
  const areaNames = await regionNames(context.db, areaCodes);
  return {
    ...summary!,
    classes: right.right.classes,
    numbers: right.numbers,
    holderHistory: holderDtos(right, 'holder'),
    inventors: (data['inventors'] as string[] | undefined) ?? [],
    authorizedUsers: users.map((u) => ({
      name: u.party.name,
      uscc: u.party.uscc,
      kind: u.party.kind as 'organization' | 'person',
      role: 'gi_user',
      from: u.holder.validFrom,
      to: u.holder.validTo,
      trademark: (u.holder.data?.['trademark'] as string | null) ?? null,
      announcementNo: (u.holder.data?.['announcementNo'] as string | null) ?? null,
    })),
    events: eventDtos(right),
    protectedAreas: areaCodes.map((code) => ({ code, name: areaNames.get(code) ?? null })),
    data,
    source: right.right.source,
    sourceUpdatedAt: right.right.sourceUpdatedAt.toISOString(),
  };
}
