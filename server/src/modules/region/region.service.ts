import type { RegionDto } from '@ipp/shared';
import { isRegionInScope, type JurisdictionScope, scopeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { findByCodes, findChildren, findUnscoped } from './region.repository.ts';

export interface RegionWithPath extends RegionDto {
  /** Ancestors from the top of the caller's scope down to the region itself. */
  path: RegionDto[];
}

/** Children of a region, or the top of the caller's scope when no parent is given. */
export async function listRegions(
  db: Executor,
  scope: JurisdictionScope,
  parentCode: string | undefined,
  includeRetired: boolean,
): Promise<RegionDto[]> {
  if (parentCode === undefined) {
    const root = scopeRoot(scope);
    return root ? findByCodes(db, scope, [root]) : [];
  }
  if (!isRegionInScope(scope, parentCode)) throw new AppError('REGION_NOT_FOUND', `No region ${parentCode}.`);
  return findChildren(db, scope, parentCode, includeRetired);
}

export async function getRegion(
  db: Executor,
  scope: JurisdictionScope,
  code: string,
): Promise<RegionWithPath> {
  const [region] = await findByCodes(db, scope, [code]);
  if (!region) throw new AppError('REGION_NOT_FOUND', `No region ${code}.`);
  const ancestors: string[] = [];
  let parent = region.parentCode;
  while (parent) {
    ancestors.unshift(parent);
    const [row] = await findUnscoped(db, [parent]);
    parent = row?.parentCode ?? null;
  }
  const visible = await findByCodes(db, scope, ancestors);
  const byCode = new Map(visible.map((r) => [r.code, r]));
  const path = [...ancestors.flatMap((c) => byCode.get(c) ?? []), region];
  return { ...region, path };
}

/**
 * The region a record is placed in: it must exist and lie in the caller's scope (else 404, as if
 * missing), and new records may not be placed in a retired code.
 */
export async function requireRegionForNewRecord(
  db: Executor,
  scope: JurisdictionScope,
  code: string,
): Promise<RegionDto> {
  const [region] = await findByCodes(db, scope, [code]);
  if (!region) throw new AppError('REGION_NOT_FOUND', `No region ${code} in your jurisdiction.`);
  if (region.status === 'retired') {
    throw new AppError(
      'REGION_RETIRED',
      `Region ${code} (${region.name}) is retired; use its successor code.`,
    );
  }
  return region;
}

type RegionName = RegionDto['name'];
const NAMES_TTL_MS = 5 * 60_000;
const namesByDb = new WeakMap<object, { at: number; names: Map<string, RegionName> }>();

/**
 * Names of region codes. A code's name is reference data (GB/T 2260, loaded at start-up; a new
 * version adds codes rather than renaming them), and every search page asks for some, so names
 * found are kept per database handle for a few minutes; only codes not yet seen are read.
 */
export async function regionNames(db: Executor, codes: string[]): Promise<Map<string, RegionName>> {
  let cached = namesByDb.get(db);
  if (!cached || Date.now() - cached.at > NAMES_TTL_MS) {
    cached = { at: Date.now(), names: new Map() };
    namesByDb.set(db, cached);
  }
  const known = cached.names;
  const missing = [...new Set(codes)].filter((code) => !known.has(code));
  for (const r of await findUnscoped(db, missing)) known.set(r.code, r.name);
  return new Map(codes.flatMap((code) => (known.has(code) ? [[code, known.get(code)!] as const] : [])));
}
