/** Reads of the registry: lookups by any number, a right with its timeline, and faceted search. */
import type { RightType } from '@ipp/shared';
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { lookupKeys } from './numbers.ts';
import { parties, rightEvents, rightHolders, rightNumbers, rights } from './registry.tables.ts';
import { searchQueryText } from './search-text.ts';

/** Status with the term applied today: in-force rights past their expiry read as expired. */
export const currentStatus = sql<string>`(case when ${rights.statusBase} in ('valid', 'partially_invalid') and ${rights.expiryDate} < current_date then 'expired' else ${rights.statusBase} end)`;

export async function findRightIdByNumber(
  db: Executor,
  type: RightType,
  raw: string,
): Promise<string | null> {
  const keys = lookupKeys(type, raw);
  if (keys.length === 0) return null;
  const rows = await db
    .select({ rightId: rightNumbers.rightId, kind: rightNumbers.kind })
    .from(rightNumbers)
    .where(and(eq(rightNumbers.type, type), inArray(rightNumbers.value, keys)))
    .limit(5);
  // An exact application/registration number wins over a publication-number base.
  const primary = (kind: string) => Number(!kind.startsWith('publication'));
  const ranked = rows.sort((a, b) => primary(b.kind) - primary(a.kind));
  return ranked[0]?.rightId ?? null;
}

export async function loadRight(db: Executor, id: string) {
  const [row] = await db
    .select({ right: rights, status: currentStatus })
    .from(rights)
    .where(eq(rights.id, id));
  if (!row) return null;
  const [numbers, holders, events] = await Promise.all([
    db
      .select({ kind: rightNumbers.kind, value: rightNumbers.value })
      .from(rightNumbers)
      .where(eq(rightNumbers.rightId, id)),
    db
      .select({ holder: rightHolders, party: parties })
      .from(rightHolders)
      .innerJoin(parties, eq(parties.id, rightHolders.partyId))
      .where(eq(rightHolders.rightId, id))
      .orderBy(asc(rightHolders.position)),
    db.select().from(rightEvents).where(eq(rightEvents.rightId, id)).orderBy(asc(rightEvents.position)),
  ]);
  return { ...row, numbers, holders, events };
}

export type LoadedRight = NonNullable<Awaited<ReturnType<typeof loadRight>>>;

export interface SearchFilter {
  q?: string;
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
function queryCondition(q: string): SQL {
  const keys = [
    ...new Set((['patent', 'trademark', 'ic_layout', 'gi'] as const).flatMap((t) => lookupKeys(t, q))),
  ];
  const byNumber = keys.length
    ? sql`${rights.id} in (select ${rightNumbers.rightId} from ${rightNumbers} where ${inArray(rightNumbers.value, keys)})`
    : undefined;
  return or(byNumber, textCondition(q, '')) ?? sql`false`;
}

export function searchConditions(filter: SearchFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q?.trim()) conditions.push(queryCondition(filter.q.trim()));
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

export async function facetCounts(db: Executor, where: SQL | undefined, name: FacetName, limit = 20) {
  const expression = FACETS[name];
  return db
    .select({ value: expression, count: sql<number>`count(*)::int` })
    .from(rights)
    .where(and(where, sql`${expression} is not null`))
    .groupBy(expression)
    .orderBy(desc(sql`count(*)`), asc(expression))
    .limit(limit);
}

export async function countRights(db: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(rights).where(where);
  return row?.n ?? 0;
}
