/**
 * Jurisdiction scope: an official sees their organization's region subtree. GB/T 2260 codes are
 * hierarchical by prefix (province 2 digits, city 4, county 6), so a subtree is a code range and
 * every scoped query is a cheap btree range condition on a region_code column.
 */
import { NATIONAL_REGION_CODE, type RegionLevel } from '@ipp/shared';
import { and, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export type JurisdictionScope =
  | { kind: 'all' }
  | { kind: 'subtree'; regionCode: string; level: Exclude<RegionLevel, 'national'>; lo: string; hi: string }
  | { kind: 'none' };

const PREFIX_LENGTH = { province: 2, city: 4, county: 6 } as const;

export function scopeOfRegion(regionCode: string, level: RegionLevel): JurisdictionScope {
  if (level === 'national' || regionCode === NATIONAL_REGION_CODE) return { kind: 'all' };
  const prefix = regionCode.slice(0, PREFIX_LENGTH[level]);
  return {
    kind: 'subtree',
    regionCode,
    level,
    lo: prefix.padEnd(6, '0'),
    hi: prefix.padEnd(6, '9'),
  };
}

export const NO_SCOPE: JurisdictionScope = { kind: 'none' };
export const ALL_SCOPE: JurisdictionScope = { kind: 'all' };

export function isRegionInScope(scope: JurisdictionScope, regionCode: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return regionCode >= scope.lo && regionCode <= scope.hi;
}

/** The SQL condition that keeps rows whose region column lies in the scope. */
export function regionInScope(scope: JurisdictionScope, column: AnyPgColumn): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  return and(gte(column, scope.lo), lte(column, scope.hi))!;
}

/** The region code at the top of a scope: where region pickers and listings start. */
export function scopeRoot(scope: JurisdictionScope): string | null {
  if (scope.kind === 'all') return NATIONAL_REGION_CODE;
  if (scope.kind === 'none') return null;
  return scope.regionCode;
}
