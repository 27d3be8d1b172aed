import type { OrgDto, OrgKind, RegionLevel } from '@ipp/shared';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { type JurisdictionScope, regionInScope } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { regions } from '../region/index.ts';
import { organizations } from './org.tables.ts';

const orgColumns = {
  id: organizations.id,
  name: organizations.name,
  kind: organizations.kind,
  regionCode: organizations.regionCode,
  regionName: regions.name,
  level: regions.level,
  uscc: organizations.uscc,
  createdAt: organizations.createdAt,
};

function toDto(row: {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  regionName: string;
  level: string;
  uscc: string | null;
  createdAt: Date;
}): OrgDto {
  return {
    ...row,
    kind: row.kind as OrgKind,
    level: row.level as RegionLevel,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface OrgFilter {
  q?: string;
  kind?: string;
  regionCode?: string;
  page: number;
  pageSize: number;
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

export async function listOrgs(db: Executor, scope: JurisdictionScope, filter: OrgFilter) {
  const conditions: (SQL | undefined)[] = [regionInScope(scope, organizations.regionCode)];
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(organizations.name, like), ilike(organizations.uscc, like)));
  }
  if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
  if (filter.regionCode) conditions.push(eq(organizations.regionCode, filter.regionCode));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(orgColumns)
      .from(organizations)
      .innerJoin(regions, eq(regions.code, organizations.regionCode))
      .where(where)
      .orderBy(asc(organizations.regionCode), asc(organizations.name))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { rows: rows.map(toDto), total: totals[0]?.total ?? 0 };
}

export async function findOrgInScope(
  db: Executor,
  scope: JurisdictionScope,
  id: string,
): Promise<OrgDto | null> {
  const [row] = await db
    .select(orgColumns)
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(organizations.id, id), regionInScope(scope, organizations.regionCode)));
  return row ? toDto(row) : null;
}

export async function findOrgByUscc(db: Executor, uscc: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.uscc, uscc));
  return row ?? null;
}

export async function findOrgByName(db: Executor, name: string, regionCode: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.name, name), eq(organizations.regionCode, regionCode)));
  return row ?? null;
}

export type NewOrgRow = typeof organizations.$inferInsert;

export async function insertOrg(db: Executor, row: NewOrgRow): Promise<void> {
  await db.insert(organizations).values(row);
}

export async function updateOrg(db: Executor, id: string, patch: Partial<NewOrgRow>): Promise<void> {
  await db.update(organizations).set(patch).where(eq(organizations.id, id));
}
