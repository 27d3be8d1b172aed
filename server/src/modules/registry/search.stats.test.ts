import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePlan } from './search.queries.ts';
import {
  indexTerms,
  monthCutting,
  needsAnalyze,
  nextCut,
  readingPlan,
  shareSince,
  sliceTerms,
  type TermStats,
} from './search.stats.ts';
import { parseSearchQuery } from './search-text.ts';

const stats: TermStats = {
  frequency: new Map([
    ['有限公', 0.9],
    ['限公司', 0.9],
    ['宏达天', 0.03],
    ['远航易', 0.03],
    ['远航天', 0.03],
    ['天宇有', 0.03],
    ['宇医疗', 0.04],
    ['冷链保', 0.0057],
    ['链保鲜', 0.0056],
    ['订单', 0.006],
  ]),
  unlisted: 0.0001,
  // 100 buckets of 40 days each, 2015-01-01 to 2025-12-14: the newest 1 % filed in 40 days.
  filingBounds: Array.from({ length: 101 }, (_, i) =>
    new Date(Date.UTC(2015, 0, 1 + 40 * i)).toISOString().slice(0, 10),
  ),
  rows: 10_000_000,
};

const terms = (q: string, weights = '') => parseSearchQuery(q, weights)!.terms;
const lexemes = (q: string, s: TermStats | null = stats) => indexTerms(terms(q), s).map((t) => t.lexeme);

test('a phrase asks the index for its two rarest trigrams; to plan a page, for the rarest alone', () => {
  assert.deepEqual(lexemes('冷链保鲜'), ['链保鲜', '冷链保']);
  assert.deepEqual(
    indexTerms(terms('冷链保鲜'), stats, false).map((t) => t.lexeme),
    ['链保鲜'],
  );
  // Three characters are one trigram, asked alone.
  assert.deepEqual(lexemes('冷链保'), ['冷链保']);
});

test('a name asks for its rarest trigrams, never the common 有限公 or 限公司', () => {
  // 航易达 and 易达有 are not among the statistics' common lexemes: rarer than any listed, and
  // equally rare to them; of those the first and the last are the least alike.
  assert.deepEqual(lexemes('航易达有'), ['航易达', '易达有']);
  // A full name (three distinct trigrams and more): the two, then the next rarest if under 2 %
  // (易达有, unlisted; 远航易 at 3 % is not), never 有限公 or 限公司.
  assert.deepEqual(lexemes('远航易达有限公司'), ['航易达', '达有限', '易达有']);
  assert.deepEqual(lexemes('恩施宏达天宇医疗'), ['恩施宏', '天宇医', '施宏达']);
  assert.deepEqual(lexemes('远航天宇有限公司'), ['航天宇', '宇有限']);
  // For a page's slice, one alone: its estimate is not multiplied by a correlated one.
  assert.deepEqual(
    indexTerms(terms('远航易达有限公司'), stats, false).map((t) => t.lexeme),
    ['达有限'],
  );
  // A holder's trigrams are asked without the weight, which they do not carry.
  const weighted = indexTerms(terms('远航易达有限公司', 'B'), stats);
  assert.deepEqual(
    weighted.map((t) => t.text),
    ["'航易达'", "'达有限'", "'易达有'"],
  );
});

test('a slice asks for the rare terms only: a frequent trigram of the phrase is left to the recheck', () => {
  const sliced = (q: string, s: TermStats | null = stats) => sliceTerms(terms(q), s).map((t) => t.lexeme);
  // 宏达天 (3 %) beside the unlisted 达天医: only the rare one; 冷链保鲜's two are both under 1 %.
  assert.deepEqual(lexemes('宏达天医'), ['达天医', '宏达天']);
  assert.deepEqual(sliced('宏达天医'), ['达天医']);
  assert.deepEqual(sliced('冷链保鲜'), ['链保鲜', '冷链保']);
  // Every term frequent (宏达天 3 %, 宇医疗 4 %): the rarest alone.
  assert.deepEqual(sliced('宏达天 宇医疗'), ['宏达天']);
  // Without statistics nothing is known to be frequent; one term is asked as it is.
  assert.deepEqual(sliced('宏达天医', null), ['宏达天', '达天医']);
  assert.deepEqual(sliced('宏达天'), ['宏达天']);
});

test('without statistics, or with one term, the whole query is asked', () => {
  assert.deepEqual(lexemes('冷链保鲜', null), ['冷链保', '链保鲜']);
  assert.deepEqual(lexemes('订单'), ['订单']);
  assert.deepEqual(lexemes('华'), ['华']);
  // A prefix has no statistics: the exact term is asked in its place.
  assert.deepEqual(lexemes('订单 p6'), ['订单']);
});

test('the histogram cuts the newest share of rights at the first of a month', () => {
  assert.equal(stats.filingBounds[100], '2025-12-14');
  assert.equal(monthCutting(stats.filingBounds, 0), '2025-12-01');
  assert.equal(monthCutting(stats.filingBounds, 1), '2015-01-01');
  // 1.6 % is 64 days before the newest bound: 2025-10-11, in October.
  assert.equal(monthCutting(stats.filingBounds, 0.016), '2025-10-01');
  assert.equal(monthCutting(stats.filingBounds, 0.5), '2020-06-01');
});

test('the reading plan: a bounded walk for a frequent term, widening slices in between, none for a rare one', () => {
  const plan = (share: number, need = 20) =>
    readingPlan(
      [{ lexeme: 'x', text: "'x'", prefix: false }],
      { ...stats, frequency: new Map([['x', share]]) },
      need,
    );
  // 0.6 %: three pages' worth (60) expected within the newest 10,000 rights. If the walk finds
  // too little, slices of the newest 0.4 %, 1.6 %, 6.4 % and 25.6 % (16, 64, 256, 1,024 days).
  assert.deepEqual(plan(0.006), {
    walk: 10_000,
    slices: ['2025-11-01', '2025-10-01', '2025-04-01', '2023-02-01'],
    unsure: false,
  });
  assert.equal(plan(0.006, 2_000).walk, 50_000, 'a walk never reads more than 50,000');
  assert.deepEqual(
    plan(0.0001),
    { walk: null, slices: [], unsure: false },
    'a rare term has few matches to fetch',
  );
  // 0.1 % of 10M is 10,000 matches: three pages' worth (60) expected in the newest 0.6 % (24 days),
  // then 2.4 % and 9.6 %; 38.4 % is past the widest slice.
  assert.deepEqual(plan(0.001), {
    walk: null,
    slices: ['2025-11-01', '2025-09-01', '2024-11-01'],
    unsure: false,
  });
  // A term the statistics do not list is only known to be rarer than those listed: its
  // candidates are counted before any slice.
  const unlisted = readingPlan(terms('航易达'), { ...stats, unlisted: 0.001 }, 20);
  assert.deepEqual(unlisted, {
    walk: null,
    slices: ['2025-11-01', '2025-09-01', '2024-11-01'],
    unsure: true,
  });
  // 3,000 matches, and a page of 2,000 expected only past the widest slice: every match is sorted.
  assert.deepEqual(plan(0.0003, 2000), { walk: null, slices: [], unsure: false });
  const middle = {
    ...stats,
    frequency: new Map([
      ['冷链保', 0.001],
      ['链保鲜', 0.001],
    ]),
  };
  assert.deepEqual(readingPlan(terms('冷链保鲜'), middle, 20).slices, [
    '2025-11-01',
    '2025-09-01',
    '2024-11-01',
  ]);
  assert.deepEqual(readingPlan(terms('冷链保鲜'), { ...middle, filingBounds: [] }, 20), {
    walk: null,
    slices: [],
    unsure: false,
  });
  assert.deepEqual(readingPlan(terms('冷链保鲜'), null, 20), { walk: null, slices: [], unsure: false });
});

test('statistics are gathered as autovacuum would: never gathered, or 50 rows and 10 % changed', () => {
  assert.equal(needsAnalyze(-1, 1), true, 'never analyzed');
  assert.equal(needsAnalyze(0, 49), false);
  assert.equal(needsAnalyze(0, 50), true);
  assert.equal(needsAnalyze(10_000_000, 20_000), false, 'the benchmark’s import into 10 million');
  assert.equal(needsAnalyze(10_000_000, 1_000_050), true);
  assert.equal(needsAnalyze(1_000, Number.POSITIVE_INFINITY), true, 'a forced refresh');
});

test('a full name is counted before any slice, whatever its rarest trigram’s share; a short word is not', () => {
  // Every trigram listed, the rarest held by 10,000 rights: a page is looked for in slices…
  const frequency = new Map([
    ...stats.frequency,
    ['宏达天', 0.001],
    ['达天宇', 0.001],
    ['天宇医', 0.001],
    ['宇医疗', 0.001],
  ]);
  const planOf = (filter: { q?: string; holder?: string }) =>
    pagePlan({ ...filter, stats: { ...stats, frequency } }, 20)!;
  assert.equal(planOf({ holder: '宏达天宇' }).unsure, false);
  assert.ok(planOf({ holder: '宏达天宇' }).slices.length > 0);
  // …for a four-character name; five characters and more (three distinct trigrams) are likely a
  // full name with few rights, whose candidates are counted first.
  for (const name of ['宏达天宇医', '宏达天宇医疗']) {
    const full = planOf({ holder: name });
    assert.ok(full.slices.length > 0);
    assert.equal(full.unsure, true, name);
  }
  assert.equal(
    planOf({ q: '冷链保' }).unsure,
    false,
    'a listed term in a short phrase is planned by its share',
  );
});

test('the next slice is sized by the matches found: a page one short looks a month back, none found four times as far', () => {
  const bounds = stats.filingBounds;
  // The histogram's inverse: since its last bound nothing, since its first everything.
  assert.equal(shareSince(bounds, '2030-01-01'), 0);
  assert.equal(shareSince(bounds, '2014-01-01'), 1);
  const from = monthCutting(bounds, 0.01);
  assert.ok(Math.abs(shareSince(bounds, from) - 0.01) < 0.004, 'about the share asked, to the month');
  const read = shareSince(bounds, from);
  // 19 of 20 found: a slice for one more match three times over, at least a month.
  // (A month here holds 0.75 % of the rights: the slice is the month before.)
  assert.equal(from, '2025-11-01');
  assert.equal(nextCut(bounds, from, 19, 1), '2025-10-01');
  // None found: four times the share read.
  const none = nextCut(bounds, from, 0, 20)!;
  assert.ok(Math.abs(shareSince(bounds, none) - 4 * read) < 0.008, `${none}: to the month`);
  // Half found: three times the remainder at the density seen is 4× too (the most it widens).
  assert.equal(nextCut(bounds, from, 10, 10), none);
  // Past MAX_SLICE (30 %) of the rights, every match is fetched instead.
  assert.equal(nextCut(bounds, monthCutting(bounds, 0.35), 0, 20), null);
});
