import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { RightInput } from '@ipp/shared';
import { detectFormat, parseAndValidate, parseFile } from './index.ts';
import { readJson } from './json.ts';
import type { ParsedRow } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipp-json-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rows(path: string, options = {}): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const row of parseFile(path, options)) out.push(row);
  return out;
}

const mark = (n: number, extra: Partial<RightInput> = {}) => ({
  type: 'trademark',
  number: String(5169750 + n),
  title: `MARK ${n} "quoted" [x] {y}`,
  holders: ['张三'],
  grantDate: '2017-03-28',
  ...extra,
});

test('a JSON array of records, with RightInput field names', async () => {
  const path = file('array.json', JSON.stringify([mark(1), mark(2)], null, 2));
  assert.equal(await detectFormat(path), 'json');
  const out = [];
  for await (const row of parseAndValidate(path)) out.push(row);
  assert.deepEqual(
    out.map((r) => [r.line, r.record?.title, r.errors.length]),
    [
      [1, 'MARK 1 "quoted" [x] {y}', 0],
      [2, 'MARK 2 "quoted" [x] {y}', 0],
    ],
  );
  assert.deepEqual(out[0]!.record?.holders, [{ name: '张三' }], 'plain names become parties');
  assert.equal(out[0]!.record?.source, 'array.json');
});

test('an object holding "records", and a single record object', async () => {
  const wrapped = file(
    'wrapped.json',
    JSON.stringify({ exportedAt: '2026-01-01', records: [mark(1), mark(2), mark(3)] }),
  );
  assert.equal(await detectFormat(wrapped), 'json');
  assert.equal((await rows(wrapped)).length, 3);
  const single = file('single.json', JSON.stringify(mark(9), null, 2));
  const out = await rows(single);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.record?.number, '5169759');
});

test('JSON Lines: one record per line; a broken line is reported at its line', async () => {
  const path = file(
    'marks.jsonl',
    [JSON.stringify(mark(1)), '', '{"type": "trademark", broken', JSON.stringify(mark(2))].join('\n'),
  );
  assert.equal(await detectFormat(path), 'jsonl');
  const out = await rows(path);
  assert.deepEqual(
    out.map((r) => [r.line, r.issues.map((i) => i.code)]),
    [
      [1, []],
      [3, ['json_unreadable']],
      [4, []],
    ],
  );
  const plain = file('marks.txt', `${JSON.stringify(mark(1))}\n${JSON.stringify(mark(2))}\n`);
  assert.equal(await detectFormat(plain), 'jsonl', 'one object per line, whatever the extension');
});

test('a non-object element and a record without a type are rejected on their own', async () => {
  const path = file('mixed.json', JSON.stringify([mark(1), 42, { number: '1', title: 'x', holders: [] }]));
  const out = await rows(path);
  assert.deepEqual(
    out.map((r) => r.issues.map((i) => i.code)),
    [[], ['json_not_object'], ['type_missing']],
  );
});

test('the array scanner streams elements across chunk boundaries', async () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    mark(i, { goodsServices: ['x'.repeat(50), '引号"与\\反斜杠'] }),
  );
  const path = file('many.json', JSON.stringify({ records: many }));
  let count = 0;
  let last: unknown;
  for await (const item of readJson(path)) {
    count++;
    last = item.value;
  }
  assert.equal(count, 3000);
  assert.deepEqual(last, many[2999]);
});

test('a mapping applies to JSON objects as to table rows', async () => {
  const path = file(
    'source.json',
    JSON.stringify([{ 注册号: '5169753', 商标: 'LANYI', 注册人: '张三', 日期: '2017年3月28日' }]),
  );
  const [row] = await rows(path, {
    mapping: {
      name: 'm',
      description: 'test',
      type: 'trademark',
      fields: { number: '注册号', title: '商标', holders: '注册人', grantDate: '日期' },
    },
  });
  assert.deepEqual(row!.record, {
    type: 'trademark',
    number: '5169753',
    title: 'LANYI',
    holders: [{ name: '张三' }],
    grantDate: '2017-03-28',
    source: 'source.json',
  });
});

test('records of the wrong shape are rejected with reasons, never thrown on', async () => {
  const odd = [
    { type: 'patent', number: 202110991218.8, title: 42, holders: [null, 7, { name: '甲公司', uscc: 123 }] },
    { type: 'trademark', number: '1', title: 'A', holders: ['张三'], classes: '9;35', events: 'renewal' },
    {
      type: 'trademark',
      number: '1',
      title: 'A',
      holders: '张三',
      grantDate: { y: 2017 },
      publicationNumber: 113781974,
    },
  ];
  const path = file('odd.json', JSON.stringify(odd));
  const out = [];
  for await (const row of parseAndValidate(path)) out.push(row);
  assert.equal(out.length, 3);
  assert.ok(out[0]!.errors.some((e) => e.field === 'holders[0].name'));
  assert.ok(out[0]!.errors.some((e) => e.field === 'holders[2].uscc' && e.code === 'uscc_invalid'));
  assert.deepEqual(out[1]!.record?.classes, ['9', '35']);
  assert.deepEqual(
    out[1]!.errors.map((e) => e.code),
    ['json_field_type'],
  );
  assert.deepEqual(
    out[2]!.errors.map((e) => `${e.field}:${e.code}`),
    ['holders:json_field_type', 'grantDate:json_field_type', 'holders:required'],
  );
});
