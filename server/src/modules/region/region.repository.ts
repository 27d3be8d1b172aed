import type { RegionDto } from '@ipp/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type JurisdictionScope, regionInScope } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { regions } from './region.tables.ts';

export type RegionRow = typeof regions.$inferSelect;

// Written out in full: inside a subquery drizzle would render the outer column unqualified.
const hasChildren = sql<boolean>`exists (select 1 from regions c where c.parent_code = "regions"."code")`;
const hasActiveChildren = sql<boolean>`exists (select 1 from regions c where c.parent_code = "regions"."code" and c.status = 'active')`;

const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
  status: regions.status,
};

export async function findChildren(
  db: Executor,
  scope: JurisdictionScope,
  parentCode: string,
  includeRetired: boolean,
): Promise<RegionDto[]> {
  const rows = await db
    .select({ ...columns, hasChildren: includeRetired ? hasChildren : hasActiveChildren })
    .from(regions)
    .where(
      and(
        eq(regions.parentCode, parentCode),
        regionInScope(scope, regions.code),
        includeRetired ? undefined : eq(regions.status, 'active'),
      ),
    )
    .orderBy(asc(regions.code));
  return rows;
}

export async function findByCodes(
  db: Executor,
  scope: JurisdictionScope,
  codes: string[],
): Promise<RegionDto[]> {
  if (codes.length === 0) return [];
  return db
    .select({ ...columns, hasChildren })
    .from(regions)
    .where(and(inArray(regions.code, codes), regionInScope(scope, regions.code)));
}

/** A region's row without a scope check: reference data used to derive an ancestor path. */
export async function findUnscoped(db: Executor, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes));
}
