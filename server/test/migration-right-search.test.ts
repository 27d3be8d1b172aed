/**
 * Migration 0008 on a database that already holds rights: each right's search vector and search
 * columns move to `right_search`, and search finds the right afterwards as it did before; 0009
 * then adds the filing year and month lexemes to each dated right's vector, and 0013 the trigrams
 * of its CJK runs, as the writer writes them (search-text.ts).
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { filingLexemes, searchVectorLiteral } from '../src/modules/registry/search-text.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';
import { migrationsBefore } from './helpers/migrations.ts';

let testDb: TestDatabase;
let folder: string;
before(async () => {
  testDb = await createTestDatabase({ migrated: false });
  folder = migrationsBefore('0008_right_search');
});
after(async () => {
  await testDb.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

test('0008 moves every right’s search vector and search columns to right_search', async () => {
  const { database } = testDb;
  await runMigrations(database, folder);
  await database.query(
    `insert into rights (id, type, number, number_display, title, region_code, class_main, filing_date,
                         expiry_date, status_base, holder_names, search_vector, source, source_updated_at,
                         content_hash, created_at, updated_at)
     values ('7d0c1f4e-3b2a-4c59-9e61-0a1b2c3d4e5f', 'trademark', '61234567', '61234567', '秦岭雪茶',
             '610100', '30', '2019-04-02', '2029-04-01', 'valid', '西安秦岭茶业有限公司',
             $1::tsvector, 'migration-test', now(), 'h', now(), now()),
            ('0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c', 'patent', '202310123456X', 'CN202310123456.X',
             '一种茶叶烘焙装置', '610100', 'A23F', null, null, 'pending', '陕西某研究院',
             $2::tsvector, 'migration-test', now(), 'h', now(), now())`,
    [`'秦岭':1A '岭雪':2A '雪茶':3A '西安':105B`, `'茶叶':3A '烘焙':6A`],
  );
  await runMigrations(database);
  const rows = await database.query<Record<string, unknown>>(
    `select r.number, s.type, s.status_base, s.expiry_date::text, s.region_code, s.class_main,
            s.filing_date::text, s.search_vector @@ '岭雪 <-> 雪茶'::tsquery as found
       from right_search s join rights r on r.id = s.right_id order by r.number`,
  );
  assert.deepEqual(rows, [
    {
      number: '202310123456X',
      type: 'patent',
      status_base: 'pending',
      expiry_date: null,
      region_code: '610100',
      class_main: 'A23F',
      filing_date: null,
      found: false,
    },
    {
      number: '61234567',
      type: 'trademark',
      status_base: 'valid',
      expiry_date: '2029-04-01',
      region_code: '610100',
      class_main: '30',
      filing_date: '2019-04-02',
      found: true,
    },
  ]);
  const [column] = await database.query<{ n: number }>(
    `select count(*)::int as n from information_schema.columns
      where table_name = 'rights' and column_name = 'search_vector'`,
  );
  assert.equal(column!.n, 0, 'rights no longer carries the vector');
  const marks = await database.query<{ number: string; marks: string[] }>(
    `select r.number, array(select lexeme from unnest(s.search_vector) u where lexeme like '@%' order by 1) as marks
       from right_search s join rights r on r.id = s.right_id order by r.number`,
  );
  assert.deepEqual(marks, [
    { number: '202310123456X', marks: [] },
    { number: '61234567', marks: ['@2019', '@2019-04'] },
  ]);
  const [trademark] = await database.query<{ same: boolean; found: boolean }>(
    `select s.search_vector = $1::tsvector as same, s.search_vector @@ '岭雪茶'::tsquery as found
       from right_search s join rights r on r.id = s.right_id where r.number = '61234567'`,
    [
      searchVectorLiteral(
        [
          { text: '秦岭雪茶', weight: 'A' },
          { text: '西安', weight: 'B' },
        ],
        filingLexemes('2019-04-02'),
      ),
    ],
  );
  assert.deepEqual(trademark, { same: true, found: true }, 'the vector the writer writes, trigrams and all');
});

/** A vector as the writer wrote it before 0013: its positionless CJK trigrams left out. */
function withoutTrigrams(literal: string): string {
  return literal
    .split(' ')
    .filter((entry) => !/^'[\p{Script=Han}]{3}'$/u.test(entry))
    .join(' ');
}

test('0013 derives from the bigrams exactly the trigrams the writer adds', async () => {
  const { database } = testDb;
  const cases: { text: string; weight: 'A' | 'B' | 'C' }[][] = [
    [{ text: '一种基于深度学习的图像识别方法', weight: 'A' }],
    [
      { text: 'AI芯片封装结构', weight: 'A' },
      { text: '华为技术有限公司；深圳市 光明区 测试', weight: 'B' },
      { text: 'CN202310123456.X ZL2023', weight: 'C' },
    ],
    [{ text: '哈哈哈哈 秦 岭雪茶 ３Ｄ打印机', weight: 'A' }],
    [{ text: '𠀀𠀁𠀂 字', weight: 'B' }],
  ];
  for (const fields of cases) {
    const written = searchVectorLiteral(fields, filingLexemes('2024-06-30'));
    const before = withoutTrigrams(written);
    assert.notEqual(before, written, 'each case has trigrams');
    const [row] = await database.query<{ derived: string; written: string }>(
      `select ($1::tsvector || search_vector_trigrams($1::tsvector))::text as derived, $2::tsvector::text as written`,
      [before, written],
    );
    assert.equal(row!.derived, row!.written, fields.map((f) => f.text).join(' | '));
  }
});

test('0014 gives each type with dated rows its term floor, and the filters their page-order indexes', async () => {
  const { database } = testDb;
  // The trademark of the first test: filed 2019-04-02, last day 2029-04-01; the patent has no dates.
  const floors = await database.query('select type, days from right_search_term_floor order by type');
  assert.deepEqual(floors, [{ type: 'trademark', days: 3652 }]);
  const indexes = await database.query<{ name: string }>(
    `select indexname as name from pg_indexes where tablename = 'right_search' order by 1`,
  );
  assert.deepEqual(
    indexes.map((i) => i.name),
    [
      'right_search_class_order_idx',
      'right_search_expired_idx',
      'right_search_filing_order_idx',
      'right_search_pkey',
      'right_search_region_order_idx',
      'right_search_status_order_idx',
      'right_search_text_idx',
      'right_search_type_order_idx',
      'right_search_type_status_order_idx',
    ],
  );
  const statistics = await database.query<{ name: string }>(
    `select stxname as name from pg_statistic_ext where stxrelid = 'right_search'::regclass order by 1`,
  );
  assert.deepEqual(
    statistics.map((s) => s.name),
    ['right_search_type_class_stats', 'right_search_type_status_stats'],
  );
});
