/** GB/T 2260 reference data: every county-and-above code, retired codes kept, four levels. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { getRegion, listRegions } from '../src/modules/region/index.ts';
import { ALL_SCOPE, scopeOfRegion } from '../src/platform/access/scope.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';

const SHARED = new URL('../../../shared/data/admin_divisions/', import.meta.url);

describe('regions', () => {
  let testDb: TestDatabase;
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(() => testDb.cleanup());

  test('every code of the 2024 list is loaded, active, with its name', async () => {
    const list = readFileSync(new URL('mca_county_and_above_2024.txt', SHARED), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/) as [string, string]);
    assert.equal(list.length, 3213);
    const rows = await testDb.database.query<{ code: string; name: string }>(
      `select code, name from regions where status = 'active' and code <> '000000'`,
    );
    const loaded = new Map(rows.map((r) => [r.code, r.name]));
    assert.equal(loaded.size, 3213);
    for (const [code, name] of list) assert.equal(loaded.get(code), name, code);
  });

  test('retired codes are kept and marked, with their successors', async () => {
    const [chongwen] = await testDb.database.query<{
      status: string;
      successors: string[];
      valid_to: number;
    }>(`select status, successors, valid_to from regions where code = '110103'`);
    assert.deepEqual(chongwen, { status: 'retired', successors: ['110101'], valid_to: 2010 });
    const [{ n }] = (await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from regions where status = 'retired'`,
    )) as [{ n: number }];
    assert.ok(n > 3000, `${n} retired codes`);
  });

  test('four levels, each parent one level up (or the province for counties under it directly)', async () => {
    const levels = await testDb.database.query<{ level: string; n: number }>(
      'select level, count(*)::int as n from regions group by level order by level',
    );
    assert.deepEqual(levels.map((l) => l.level).sort(), ['city', 'county', 'national', 'province']);
    const nanshan = await getRegion(testDb.database.db, ALL_SCOPE, '440305');
    assert.deepEqual(
      nanshan.path.map((r) => r.code),
      ['000000', '440000', '440300', '440305'],
    );
    const xiantao = await getRegion(testDb.database.db, ALL_SCOPE, '429004');
    assert.deepEqual(
      xiantao.path.map((r) => r.code),
      ['000000', '420000', '429004'],
    );
    const dongcheng = await getRegion(testDb.database.db, ALL_SCOPE, '110101');
    assert.deepEqual(
      dongcheng.path.map((r) => r.level),
      ['national', 'province', 'county'],
    );
  });

  test('children listings hide retired codes unless asked, and respect the scope', async () => {
    const active = await listRegions(testDb.database.db, ALL_SCOPE, '440300', false);
    assert.ok(active.some((r) => r.code === '440305' && r.name === '南山区' && !r.hasChildren));
    const [guangdong] = await listRegions(
      testDb.database.db,
      scopeOfRegion('440000', 'province'),
      undefined,
      false,
    );
    assert.equal(guangdong?.hasChildren, true, 'a province has children');
    assert.ok(!active.some((r) => r.status === 'retired'));
    const withRetired = await listRegions(testDb.database.db, ALL_SCOPE, '440300', true);
    assert.ok(withRetired.some((r) => r.code === '440321' && r.status === 'retired'));
    const provinces = await listRegions(testDb.database.db, ALL_SCOPE, '000000', false);
    assert.equal(provinces.length, 34);
    const inShenzhen = await listRegions(
      testDb.database.db,
      scopeOfRegion('440300', 'city'),
      '440300',
      false,
    );
    assert.deepEqual(
      inShenzhen.map((r) => r.code),
      active.map((r) => r.code),
    );
    await assert.rejects(
      listRegions(testDb.database.db, scopeOfRegion('440305', 'county'), '440300', false),
      /No region/,
    );
  });
});
