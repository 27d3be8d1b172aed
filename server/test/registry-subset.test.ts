/**
 * The standing sample of the search table (ADR 0024, migration 0015): which rights it holds, how
 * writes keep it, and the totals and facets estimated from it.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { and, sql } from 'drizzle-orm';
import { type SearchFilter, searchConditions } from '../src/modules/registry/search.queries.ts';
import { refreshStatistics, termStats } from '../src/modules/registry/search.stats.ts';
import {
  type FacetName,
  type MatchSummary,
  matchSummary,
  SUBSET_RATE,
  summarizeMatches,
} from '../src/modules/registry/search.summary.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';
import { migrationsBefore } from './helpers/migrations.ts';

const NAMES: FacetName[] = ['type', 'status', 'province', 'classMain', 'filingYear'];
const COLUMNS =
  'right_id, type, status_base, expiry_date, region_code, class_main, filing_date, search_vector';
const counts = (summary: MatchSummary, name: FacetName) =>
  Object.fromEntries((summary.facets.get(name) ?? []).map((b) => [b.value, b.count]));

/**
 * `n` rights and their search rows, numbered from `first`: every one holds 秦岭, the even ones
 * 岭雪茶 and, as a holder's, 茶业 too; four types, four places, six classes, filed over twelve years.
 */
async function addRights(testDb: TestDatabase, first: number, n: number): Promise<void> {
  await testDb.database.query(
    `insert into rights (id, type, number, number_display, title, region_code, class_main, filing_date,
                         expiry_date, status_base, holder_names, source, source_updated_at, content_hash,
                         created_at, updated_at)
     select gen_random_uuid(), (array['patent','trademark','ic_layout','gi'])[i % 4 + 1], 'S' || i, 'S' || i,
            case when i % 2 = 0 then '秦岭雪茶' else '秦岭红茶' end,
            (array['610100','610300','440300','110105'])[i % 4 + 1], 'C' || (i % 6),
            date '2014-01-01' + (i * 37 % 4380), date '2034-01-01' + (i * 37 % 4380),
            case when i % 5 = 0 then 'invalidated' else 'valid' end,
            '陕西秦岭茶业有限公司', 'subset-test', now(), 'h', now(), now()
     from generate_series($1::int, $2::int) i`,
    [first, first + n - 1],
  );
  await testDb.database.query(
    `insert into right_search (${COLUMNS})
     select id, type, status_base, expiry_date, region_code, class_main, filing_date,
            (case when title = '秦岭雪茶' then '''秦岭'':1A ''岭雪'':2A ''雪茶'':3A ''茶业'':107B ''秦岭雪'' ''岭雪茶'''
                  else '''秦岭'':1A ''岭红'':2A ''红茶'':3A ''秦岭红'' ''岭红茶''' end)::tsvector
     from rights r where source = 'subset-test' and not exists (select from right_search s where s.right_id = r.id)`,
  );
}

/** Rows in the sample but not among the search table's members, and the other way round. */
async function mismatches(testDb: TestDatabase): Promise<number> {
  const members = `select ${COLUMNS} from right_search where right_search_subset_member(right_id)`;
  const [row] = await testDb.database.query<{ n: number }>(
    `select count(*)::int as n from (
       (${members} except all select ${COLUMNS} from right_search_subset)
       union all (select ${COLUMNS} from right_search_subset except all ${members})) d`,
  );
  return row!.n;
}

async function sampled(testDb: TestDatabase): Promise<number> {
  const [row] = await testDb.database.query<{ n: number }>(
    'select count(*)::int as n from right_search_subset',
  );
  return row!.n;
}

describe('the standing sample of the search table', () => {
  let testDb: TestDatabase;
  let folder: string;
  before(async () => {
    testDb = await createTestDatabase({ migrated: false });
    folder = migrationsBefore('0015_right_search_subset');
  });
  after(async () => {
    await testDb.cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  test('0015 fills it with the member rights already stored: about one in 64', async () => {
    await runMigrations(testDb.database, folder);
    await addRights(testDb, 1, 3_200);
    await runMigrations(testDb.database);
    assert.equal(await mismatches(testDb), 0);
    const n = await sampled(testDb);
    // 50 expected; a binomial count of 3,200 draws at 1/64 lies outside 20–90 once in a million.
    assert.ok(n >= 20 && n <= 90, `${n} of 3,200 sampled`);
    const [old] = await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from pg_proc where proname = 'right_search_sample'`,
    );
    assert.equal(old!.n, 0, 'the sample drawn from the whole table is gone');
  });

  test('writes to the search table keep it: new rights, changed ones, deleted ones', async () => {
    const before = await sampled(testDb);
    await addRights(testDb, 3_201, 3_200);
    assert.equal(await mismatches(testDb), 0, 'after an insert');
    assert.ok((await sampled(testDb)) > before, 'new members are sampled');
    await testDb.database.query(`update right_search set class_main = 'Z9', status_base = 'expired'
                                  where type = 'trademark'`);
    assert.equal(await mismatches(testDb), 0, 'after an update');
    const [changed] = await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from right_search_subset where class_main = 'Z9' and status_base = 'expired'`,
    );
    assert.ok(changed!.n > 0, 'sampled trademarks changed with their rows');
    await testDb.database.query(`delete from rights where source = 'subset-test' and number like '%3'`);
    assert.equal(await mismatches(testDb), 0, 'after a delete');
    const [gone] = await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from right_search_subset s left join rights r on r.id = s.right_id
        where r.id is null`,
    );
    assert.equal(gone!.n, 0, 'a deleted right leaves the sample');
  });

  describe('totals and facets from it', () => {
    let filters: SearchFilter[];
    const always = { above: 0, maxShare: Number.POSITIVE_INFINITY, minMatches: 1, margin: 0 };
    before(async () => {
      await refreshStatistics(testDb.database.db);
      const stats = await termStats(testDb.database.db);
      assert.ok(stats?.frequency.has('秦岭') && stats.frequency.has('岭雪茶'), 'the terms are listed');
      filters = [{ q: '秦岭' }, { q: '秦岭雪茶' }, { q: '岭雪茶', type: 'patent' }, { holder: '茶业' }].map(
        (f) => ({ ...f, stats }),
      );
    });
    /** The search counted on the search table's members: what the sample must answer. */
    const members = (filter: SearchFilter) =>
      matchSummary(
        testDb.database.db,
        and(searchConditions(filter), sql`right_search_subset_member(right_search.right_id)`),
        NAMES,
        1_000_000,
      );
    const exact = (filter: SearchFilter) =>
      matchSummary(testDb.database.db, searchConditions(filter), NAMES, 1_000_000);

    test('the sample’s matches are the facets, and 64 times them the estimate', async () => {
      for (const filter of filters) {
        const expected = await members(filter);
        const all = await exact(filter);
        assert.ok(expected.total >= 5, `${filter.q ?? filter.holder}: ${expected.total} sampled matches`);
        const summary = await summarizeMatches(testDb.database.db, filter, NAMES, 1, always);
        assert.deepEqual(summary.facetBasis, { kind: 'sample', matches: expected.total });
        assert.deepEqual([summary.total, summary.capped], [1, true]);
        for (const name of NAMES) assert.deepEqual(counts(summary, name), counts(expected, name), name);
        const scaled = expected.total * SUBSET_RATE;
        assert.ok(Math.abs(summary.estimate! - scaled) <= 0.05 * scaled, `${summary.estimate} for ${scaled}`);
        // A sample of ≥ 5 rows: its estimate of the whole is within a factor of three.
        assert.ok(summary.estimate! > all.total / 3 && summary.estimate! < all.total * 3, `${all.total}`);
      }
    });

    test('the matches are counted when the sample cannot vouch for more than the cap', async () => {
      const filter = filters[2]!;
      const all = await exact(filter);
      const sampledMatches = (await members(filter)).total;
      const cases = [
        { ...always, minMatches: sampledMatches + 1 },
        { ...always, margin: 1e9 },
        { ...always, above: 1e9 },
        { ...always, maxShare: 1e-9 },
      ];
      for (const sampling of cases)
        assert.deepEqual(
          await summarizeMatches(testDb.database.db, filter, NAMES, 1_000_000, sampling),
          all,
          JSON.stringify(sampling),
        );
      const unlisted = { ...filter, stats: null };
      assert.deepEqual(await summarizeMatches(testDb.database.db, unlisted, NAMES, 1_000_000, always), all);
    });
  });
});
