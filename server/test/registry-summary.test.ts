/**
 * A search's total and facets: counted or capped (the estimates from the standing sample are
 * registry-subset.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SearchFilter, searchConditions } from '../src/modules/registry/search.queries.ts';
import { refreshStatistics, termStats } from '../src/modules/registry/search.stats.ts';
import {
  type FacetName,
  type MatchSummary,
  matchSummary,
  summarizeMatches,
} from '../src/modules/registry/search.summary.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

const NAMES: FacetName[] = ['type', 'status', 'province', 'classMain', 'filingYear'];
const counts = (summary: MatchSummary, name: FacetName) =>
  Object.fromEntries((summary.facets.get(name) ?? []).map((b) => [b.value, b.count]));

describe('search totals and facets', () => {
  let platform: TestPlatform;
  let filters: SearchFilter[];
  before(async () => {
    platform = await createTestPlatform();
    // As after an import: the text index's pending entries merged (GIN samples only its tree), and
    // the statistics gathered.
    await refreshStatistics(platform.database.db);
    const stats = await termStats(platform.database.db);
    assert.ok(stats?.frequency.has('有限'), 'the statistics list the common bigrams');
    const [target] = await platform.database.query<{ n: number }>(
      `select attstattarget::int as n from pg_attribute
        where attrelid = 'right_search'::regclass and attname = 'search_vector'`,
    );
    assert.equal(target?.n, 1000, 'ten times the default target: ~8,000 bigrams listed (migration 0011)');
    // A listed term; a phrase whose rows are checked; a holder; a term with a filter.
    filters = [{ q: '有限' }, { q: '有限公司' }, { holder: '科技' }, { q: '公司', type: 'trademark' }].map(
      (f) => ({ ...f, stats }),
    );
  });
  after(() => platform.close());

  const exact = (filter: SearchFilter) =>
    matchSummary(platform.database.db, searchConditions(filter), NAMES, 100_000);

  test('below the cap every match is counted; at the cap the facets count the first ones', async () => {
    for (const filter of filters) {
      const all = await exact(filter);
      assert.ok(all.total >= 3, `${filter.q ?? filter.holder}: ${all.total} matches`);
      assert.deepEqual(
        [all.capped, all.estimate, all.facetBasis],
        [false, null, { kind: 'all', matches: all.total }],
      );
      const types = Object.values(counts(all, 'type')).reduce((a, b) => a + b, 0);
      assert.equal(types, all.total, 'every match has a type');

      const capped = await matchSummary(platform.database.db, searchConditions(filter), NAMES, 2);
      assert.deepEqual(
        [capped.total, capped.capped, capped.facetBasis],
        [2, true, { kind: 'first', matches: 2 }],
      );
      for (const name of NAMES)
        for (const [value, count] of Object.entries(counts(capped, name)))
          assert.ok(count <= (counts(all, name)[value] ?? 0), `${name} ${value}`);
    }
  });

  test('the matches are counted when the sample cannot vouch for many, or the term is rare, unlisted or very frequent', async () => {
    const filter = filters[1]!;
    const all = await exact(filter);
    const strict = { above: 0, maxShare: 1, minMatches: 1, margin: 1e9 };
    assert.deepEqual(await summarizeMatches(platform.database.db, filter, NAMES, 100_000, strict), all);
    const rare = { above: 1e9, maxShare: 1, minMatches: 0, margin: 0 };
    assert.deepEqual(await summarizeMatches(platform.database.db, filter, NAMES, 100_000, rare), all);
    // So frequent that its first matches are read off the table in order.
    const frequent = { above: 0, maxShare: 1e-9, minMatches: 0, margin: 0 };
    assert.deepEqual(await summarizeMatches(platform.database.db, filter, NAMES, 100_000, frequent), all);
    // No statistics: nothing says the term is frequent.
    const unlisted = { ...filter, stats: null };
    const always = { above: 0, maxShare: 1, minMatches: 0, margin: 0 };
    assert.deepEqual(await summarizeMatches(platform.database.db, unlisted, NAMES, 100_000, always), all);
  });
});
