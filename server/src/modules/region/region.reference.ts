/**
 * Loads the shipped GB/T 2260 copy (data/gbt2260.generated.json, made by scripts/gen-regions.ts
 * from the Ministry of Civil Affairs lists) into the regions table. It runs at every start and
 * does nothing unless the shipped version differs from the loaded one.
 */
import { readFileSync } from 'node:fs';
import { NATIONAL_REGION_CODE } from '@ipp/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { systemMeta } from '../../platform/db/meta.tables.ts';
import { regions } from './region.tables.ts';

type RegionTuple = [
  string,
  string,
  'province' | 'city' | 'county',
  string,
  'active' | 'retired',
  number | null,
  number | null,
  string[],
  { name: string; from: number | null; to: number | null }[],
];

interface ShippedRegions {
  source: string;
  version: string;
  rows: RegionTuple[];
}

const META_KEY = 'regions.dataVersion';
const BATCH = 500;

export function readShippedRegions(): ShippedRegions {
  const url = new URL('./data/gbt2260.generated.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as ShippedRegions;
}

export async function syncReferenceRegions(
  db: Db,
): Promise<{ loaded: boolean; version: string; count: number }> {
  const shipped = readShippedRegions();
  const [current] = await db.select().from(systemMeta).where(eq(systemMeta.key, META_KEY));
  if (current?.value === shipped.version) return { loaded: false, version: shipped.version, count: 0 };
  const rows = [
    {
      code: NATIONAL_REGION_CODE,
      name: '中华人民共和国',
      level: 'national' as const,
      parentCode: null,
      status: 'active' as const,
      validFrom: null,
      validTo: null,
      successors: [],
      formerNames: [],
      dataVersion: shipped.version,
    },
    ...shipped.rows.map(
      ([code, name, level, parentCode, status, validFrom, validTo, successors, formerNames]) => ({
        code,
        name,
        level,
        parentCode,
        status,
        validFrom,
        validTo,
        successors,
        formerNames,
        dataVersion: shipped.version,
      }),
    ),
  ];
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx
        .insert(regions)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: regions.code,
          set: {
            name: sql`excluded.name`,
            level: sql`excluded.level`,
            parentCode: sql`excluded.parent_code`,
            status: sql`excluded.status`,
            validFrom: sql`excluded.valid_from`,
            validTo: sql`excluded.valid_to`,
            successors: sql`excluded.successors`,
            formerNames: sql`excluded.former_names`,
            dataVersion: sql`excluded.data_version`,
          },
        });
    }
    const now = new Date();
    await tx
      .insert(systemMeta)
      .values({ key: META_KEY, value: shipped.version, updatedAt: now })
      .onConflictDoUpdate({ target: systemMeta.key, set: { value: shipped.version, updatedAt: now } });
  });
  return { loaded: true, version: shipped.version, count: rows.length };
}
