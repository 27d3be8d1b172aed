/** 集中查询: one search over the four right types, with facet counts and stable pagination. */
import {
  RIGHT_STATUS_LABELS,
  RIGHT_TYPE_LABELS,
  type RightDetailDto,
  type RightSearchResultDto,
  type RightStatus,
  type RightSummaryDto,
  type RightType,
} from '@ipp/shared';
import { assertPermission } from '../../platform/access/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { regionNames } from '../region/index.ts';
import {
  countRights,
  type FacetBucket,
  type FacetName,
  facetCounts,
  loadRight,
  numberIdsFor,
  type SearchFilter,
  searchConditions,
  searchPage,
} from './rights.queries.ts';
import { eventDtos, holderDtos } from './verify.service.ts';

type PageRow = Awaited<ReturnType<typeof searchPage>>[number];

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
 * this many matches. Counting reads each match's row (visibility), so at national scale a frequent
 * two-character term costs one random page read per counted match: 2,000 keeps a search under
 * 50 ms where 10,000 cost ~150 ms (bench/README.md).
 */
export const COUNT_CAP = 2_000;

async function facets(db: Executor, filter: SearchFilter): Promise<RightSearchResultDto['facets']> {
  // Each facet counts with its own filter removed, so its other buckets stay selectable.
  const without: Record<FacetName, keyof SearchFilter | null> = {
    type: 'type',
    status: 'status',
    province: 'province',
    classMain: 'classMain',
    filingYear: null,
  };
  // Facets whose own filter is unset share one statement; each other facet needs its own.
  const groups = new Map<string, { filter: SearchFilter; names: FacetName[] }>();
  for (const name of FACET_NAMES) {
    const key = without[name];
    const own = key && filter[key] !== undefined ? key : '';
    const group = groups.get(own) ?? { filter: own ? { ...filter, [own]: undefined } : filter, names: [] };
    group.names.push(name);
    groups.set(own, group);
  }
  const counted = new Map<FacetName, FacetBucket[]>();
  for (const part of await Promise.all(
    [...groups.values()].map((g) => facetCounts(db, searchConditions(g.filter), g.names, COUNT_CAP)),
  ))
    for (const [name, buckets] of part) counted.set(name, buckets);
  const results = FACET_NAMES.map((name) => counted.get(name)!);
  const provinceNames = await regionNames(
    db,
    results[2]!.map((b) => b.value),
  );
  const label = (name: FacetName, value: string) => {
    if (name === 'type') return RIGHT_TYPE_LABELS[value as RightType]?.zh ?? value;
    if (name === 'status') return RIGHT_STATUS_LABELS[value as RightStatus]?.zh ?? value;
    if (name === 'province') return provinceNames.get(value) ?? value;
    return value;
  };
  const entries = FACET_NAMES.map((name, i) => [
    name,
    results[i]!.map((b) => ({ value: b.value, label: label(name, b.value), count: b.count })),
  ]);
  return Object.fromEntries(entries) as RightSearchResultDto['facets'];
}

export async function searchRights(
  context: ServiceContext,
  filter: SearchFilter & { page: number; pageSize: number },
): Promise<RightSearchResultDto> {
  assertPermission(context.actor, 'registry.right.read');
  filter = { ...filter, numberIds: await numberIdsFor(context.db, filter.q) };
  const where = searchConditions(filter);
  const [rows, count, facetResult] = await Promise.all([
    searchPage(context.db, where, filter.page, filter.pageSize),
    countRights(context.db, where, COUNT_CAP),
    facets(context.db, filter),
  ]);
  return {
    items: await toSummaries(context.db, rows),
    total: count.total,
    totalIsLowerBound: count.capped,
    page: filter.page,
    pageSize: filter.pageSize,
    facets: facetResult,
  };
}

/** All matching rows for an export, in pages, capped so an export cannot exhaust memory. */
export async function* exportRights(context: ServiceContext, filter: SearchFilter, limit: number) {
  assertPermission(context.actor, 'registry.right.read');
  const where = searchConditions({ ...filter, numberIds: await numberIdsFor(context.db, filter.q) });
  const pageSize = 1000;
  for (let page = 1; (page - 1) * pageSize < limit; page++) {
    const rows = await searchPage(context.db, where, page, pageSize);
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
    data,
    source: right.right.source,
    sourceUpdatedAt: right.right.sourceUpdatedAt.toISOString(),
  };
}
