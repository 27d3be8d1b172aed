/** The batch writer on a real database (PGlite, or PostgreSQL with DATABASE_URL), and its content hash. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { RightInput } from '@ipp/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { canonicalJson } from '../../platform/audit/audit-chain.ts';
import { prepareRight } from './prepare.ts';
import { contentHash, type PreparedRight, writeRights } from './rights.writer.ts';
import { validateRight } from './validation.ts';

function prepared(input: RightInput): PreparedRight {
  const result = validateRight(input);
  assert.deepEqual(result.errors, [], input.number);
  return prepareRight(input, result.normalized!);
}

const trademark = (i: number, over: Partial<RightInput> = {}): RightInput => ({
  type: 'trademark',
  number: String(61000000 + i),
  title: `测试商标${i}`,
  holders: [{ name: `杭州测试${i % 37}贸易有限公司` }],
  classes: [String((i % 45) + 1)],
  filingDate: '2020-02-03',
  grantDate: '2021-02-03',
  source: 'writer-test',
  ...over,
});

/** The hash as it has always been computed: stored hashes depend on it. */
function referenceHash(right: PreparedRight): string {
  const { sourceUpdatedAt: _ignored, ...content } = right.input;
  return createHash('sha256')
    .update(canonicalJson({ ...right, input: content }))
    .digest('hex');
}

test('the content hash is the one stored before: sorted-key JSON of the record, source time left out', () => {
  const right = prepared(
    trademark(1, {
      title: "x\"y\\z {a,b} NULL 'q' 😀 \u0001 \u2028 end",
      holders: [{ name: 'Müller & Söhne "GmbH"', countryCode: 'DE' }],
      sourceUpdatedAt: '2024-01-01T00:00:00Z',
    }),
  );
  right.data = {
    ...right.data,
    nested: { z: [1, 2.5, -0, null, true, { b: undefined, a: '\ud800' }], a: {}, '10': 'x', '9': [] },
    empty: [],
    skipped: undefined,
  };
  assert.equal(contentHash(right), referenceHash(right));
  for (let i = 0; i < 50; i++) {
    const other = prepared(trademark(i, { inventors: [`发明人${i}`], goodsServices: ['服装', '鞋'] }));
    assert.equal(contentHash(other), referenceHash(other));
  }
  const changedTime = { ...right, input: { ...right.input, sourceUpdatedAt: '2025-01-01T00:00:00Z' } };
  assert.equal(contentHash(changedTime), contentHash(right), 'the source time is not content');
});

describe('writeRights', () => {
  let testDb: TestDatabase;
  const count = async (sql: string) => (await testDb.database.query<{ n: number }>(sql))[0]!.n;
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(() => testDb.cleanup());

  test('a large batch is written with one statement per table, and again changes nothing', async () => {
    // More than the ~500 row constructors that abort PGlite's WASM build.
    const batch = Array.from({ length: 1200 }, (_, i) => prepared(trademark(i)));
    const db = testDb.database.db;
    assert.deepEqual(await db.transaction((tx) => writeRights(tx, batch)), {
      inserted: 1200,
      updated: 0,
      unchanged: 0,
    });
    assert.equal(await count(`select count(*)::int as n from rights where source = 'writer-test'`), 1200);
    assert.equal(await count('select count(*)::int as n from right_events'), 2400);
    assert.equal(await count(`select count(*)::int as n from parties where name like '杭州测试%'`), 37);
    assert.deepEqual(await db.transaction((tx) => writeRights(tx, batch)), {
      inserted: 0,
      updated: 0,
      unchanged: 1200,
    });
    assert.equal(await count('select count(*)::int as n from right_events'), 2400);
  });

  test('a changed record replaces its numbers, holders and events in place; a repeat in the batch is left alone', async () => {
    const db = testDb.database.db;
    const number = '61000007';
    const [before] = await testDb.database.query<{ id: string }>(
      `select id from rights where type = 'trademark' and number = $1`,
      [number],
    );
    const title = "x\"y\\z {a,b} NULL 'q' 😀";
    const changed = prepared(
      trademark(7, {
        title,
        holders: [{ name: '新的持有人有限公司' }, { name: '第二持有人', kind: 'person' }],
        grantDate: null,
      }),
    );
    const counts = await db.transaction((tx) => writeRights(tx, [changed, prepared(trademark(7))]));
    assert.deepEqual(counts, { inserted: 0, updated: 1, unchanged: 1 });
    const [after] = await testDb.database.query<{ id: string; title: string; status_base: string }>(
      `select id, title, status_base from rights where type = 'trademark' and number = $1`,
      [number],
    );
    assert.equal(after!.id, before!.id, 'the right keeps its id');
    assert.equal(after!.title, title, 'text is stored as it is');
    assert.equal(after!.status_base, 'pending', 'status follows the new timeline');
    const holders = await testDb.database.query<{ name: string; kind: string; position: number }>(
      `select p.name, p.kind, h.position from right_holders h join parties p on p.id = h.party_id
       where h.right_id = $1 order by h.position`,
      [after!.id],
    );
    assert.deepEqual(holders, [
      { name: '新的持有人有限公司', kind: 'organization', position: 0 },
      { name: '第二持有人', kind: 'person', position: 1 },
    ]);
    assert.equal(
      await count(`select count(*)::int as n from right_events where right_id = '${after!.id}'`),
      1,
    );
    assert.equal(
      await count(`select count(*)::int as n from right_numbers where right_id = '${after!.id}'`),
      1,
    );
  });

  test('the search row follows its right: a replaced title and holder are found, the old ones not', async () => {
    const db = testDb.database.db;
    const number = '61000011';
    await db.transaction((tx) =>
      writeRights(tx, [
        prepared(trademark(11, { title: '蓝鲸智能音箱', holders: [{ name: '深圳蓝鲸科技有限公司' }] })),
      ]),
    );
    const matches = async (query: string) =>
      (
        await testDb.database.query<{ n: number }>(
          `select count(*)::int as n from right_search s join rights r on r.id = s.right_id
            where r.number = $1 and s.search_vector @@ $2::tsquery`,
          [number, query],
        )
      )[0]!.n;
    assert.equal(await matches(`'蓝鲸' <-> '鲸智'`), 1, 'the new title is indexed');
    assert.equal(await matches(`'测试' <-> '试商'`), 0, 'the old title is gone');
    assert.equal(await matches(`'深圳':B`), 1, 'the new holder is indexed with weight B');
    assert.equal(await matches(`'杭州':B`), 0, 'the old holder is gone');
    const [row] = await testDb.database.query<Record<string, unknown>>(
      `select s.type = r.type and s.status_base = r.status_base
              and s.expiry_date is not distinct from r.expiry_date
              and s.region_code is not distinct from r.region_code
              and s.class_main is not distinct from r.class_main
              and s.filing_date is not distinct from r.filing_date as same,
              (select count(*)::int from right_search x where x.right_id = r.id) as rows
         from rights r join right_search s on s.right_id = r.id where r.number = $1`,
      [number],
    );
    assert.deepEqual(row, { same: true, rows: 1 });
    assert.equal(
      await count(
        'select count(*)::int as n from rights r left join right_search s on s.right_id = r.id where s.right_id is null',
      ),
      0,
      'every right has its search row',
    );
  });
});
