import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchHolder, normalizeName } from './holder-names.ts';
import {
  filingLexemes,
  parseSearchQuery,
  searchQueryText,
  searchVectorLiteral,
  windowQuery,
} from './search-text.ts';

test('titles become overlapping bigrams with positions and weights, and trigrams without', () => {
  assert.equal(
    searchVectorLiteral([{ text: '显示设备', weight: 'A' }]),
    "'显示':1A '示设':2A '设备':3A '显示设' '示设备'",
  );
});

test('trigrams never span two runs or two fields, and each is written once', () => {
  const literal = searchVectorLiteral([
    { text: '光伏 组件 哈哈哈哈', weight: 'A' },
    { text: '光伏组', weight: 'B' },
  ]);
  const trigrams = literal.split(' ').filter((entry) => !entry.includes(':'));
  assert.deepEqual(trigrams, ["'哈哈哈'", "'光伏组'"]);
  assert.doesNotMatch(
    searchVectorLiteral([
      { text: '光伏', weight: 'A' },
      { text: '组件', weight: 'B' },
    ]),
    /伏组/,
  );
});

test('Latin words and numbers are tokens of their own; fields never touch', () => {
  const literal = searchVectorLiteral([
    { text: 'AI芯片', weight: 'A' },
    { text: "O'Brien", weight: 'B' },
  ]);
  assert.match(literal, /'ai':1A '芯片':3A/);
  assert.match(literal, /'o':\d+B 'brien':\d+B/);
});

test('a query is its trigram, or a phrase of bigrams; one character is a prefix', () => {
  assert.equal(searchQueryText('设备'), "('设备')");
  assert.equal(searchQueryText('显示设'), "('显示设')");
  assert.equal(searchQueryText('显示设备'), "('显示' <-> '示设' <-> '设备')");
  // A trigram has no weight: a holder's three characters are checked as a weighted phrase.
  assert.equal(searchQueryText('宏达钱', 'B'), "('宏达':B <-> '达钱':B)");
  assert.equal(searchQueryText('华'), "('华':*)");
  assert.equal(searchQueryText('华为 P60'), "('华为') & ('p60':*)");
  assert.equal(searchQueryText('  ，。 '), null);
});

test('the index is asked for a query’s trigrams; rows are checked where they say less than the query', () => {
  const lexemes = (q: string, weights = '') => {
    const parsed = parseSearchQuery(q, weights)!;
    return { terms: parsed.terms.map((t) => t.text), phrase: parsed.phrase };
  };
  assert.deepEqual(lexemes('光伏组'), { terms: ["'光伏组'"], phrase: false });
  assert.deepEqual(lexemes('光伏组件'), { terms: ["'光伏组'", "'伏组件'"], phrase: true });
  assert.deepEqual(lexemes('宏达钱', 'B'), { terms: ["'宏达钱'"], phrase: true });
  assert.deepEqual(lexemes('宏达', 'B'), { terms: ["'宏达':B"], phrase: false });
  assert.deepEqual(lexemes('光伏 组件'), { terms: ["'光伏'", "'组件'"], phrase: false });
});

test('holder names match exactly, after normalization, or by USCC', () => {
  const holders = [{ name: '浙商银行股份有限公司', uscc: '91330000734589325U' }];
  assert.equal(matchHolder('浙商银行股份有限公司', holders).result, 'exact');
  assert.equal(matchHolder(' 浙商银行 股份有限公司 ', holders).result, 'normalized');
  assert.equal(matchHolder('浙商银行', holders).result, 'none');
  assert.equal(normalizeName('ＡＢＣ（中国）有限责任公司'), normalizeName('abc(中国)有限公司'));
});

test('a filing date adds its year and month without positions; no query can name them', () => {
  assert.deepEqual(filingLexemes('2025-11-03'), ['@2025', '@2025-11']);
  assert.deepEqual(filingLexemes(null), []);
  assert.equal(
    searchVectorLiteral([{ text: '芯片', weight: 'A' }], filingLexemes('2025-11-03')),
    "'@2025' '@2025-11' '芯片':1A",
  );
  // '@' is not a letter or digit: a user's '@2025-11' asks for the words 2025 and 11.
  assert.equal(searchQueryText('@2025-11'), "('2025':*) & ('11':*)");
});

test('a slice of the newest rights asks for its months to the year end, then whole years', () => {
  assert.equal(windowQuery('2024-11-01', 2025), "'@2024-11' | '@2024-12' | '@2025'");
  assert.equal(windowQuery('2024-01-01', 2026), "'@2024' | '@2025' | '@2026'");
  assert.equal(windowQuery('2025-12-01', 2025), "'@2025-12'");
  // An older slice, up to the newer one's first month.
  assert.equal(
    windowQuery('2023-11-01', 2026, '2025-03-01'),
    "'@2023-11' | '@2023-12' | '@2024' | '@2025-01' | '@2025-02'",
  );
  assert.equal(windowQuery('2024-01-01', 2026, '2025-01-01'), "'@2024'");
  assert.equal(windowQuery('2025-05-01', 2026, '2025-05-01'), null, 'an empty window');
});
