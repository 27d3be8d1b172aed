import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import { detectFormat, parseAndValidate, parseFile } from './index.ts';
import type { ParsedRow } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipp-xlsx-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

const HEADER = ['type', 'number', 'title', 'holders', 'classes', 'grant_date', 'filing_date'];

test('rows stream with their Excel row numbers; a title row is skipped; cells of every kind are read', async () => {
  const path = await workbook('marks.xlsx', {
    Sheet1: [
      ['商标清单'],
      [],
      HEADER,
      [
        'trademark',
        5169753,
        { richText: [{ text: 'LAN' }, { text: 'YI' }] },
        '深圳市蜂鸟电子商务有限公司',
        '9;35',
        new Date(Date.UTC(2017, 2, 28)),
        '2016-05-12',
      ],
      [],
      [
        'trademark',
        '第12345678号',
        '星河',
        '张三',
        9,
        42822,
        { formula: '"2016"&"0512"', result: '20160512' },
      ],
    ],
  });
  assert.equal(await detectFormat(path), 'xlsx');
  const out = [];
  for await (const row of parseAndValidate(path)) out.push(row);
  assert.deepEqual(
    out.map((r) => r.line),
    [4, 6],
  );
  const [first, second] = out;
  assert.equal(first!.record?.title, 'LANYI');
  assert.equal(first!.record?.number, '5169753');
  assert.equal(first!.record?.grantDate, '2017-03-28');
  assert.deepEqual(
    first!.normalized?.classCodes.map((c) => c.code),
    ['09', '35'],
  );
  assert.equal(first!.normalized?.expiryDate, '2027-03-27');
  assert.equal(second!.record?.grantDate, '2017-03-28', 'Excel serial 42822');
  assert.equal(second!.record?.filingDate, '2016-05-12', 'formula result');
  assert.equal(second!.normalized?.numberCanonical, '12345678');
  assert.deepEqual(second!.errors, []);
});

test('a named worksheet is read; the sheets before it are skipped', async () => {
  const path = await workbook('two.xlsx', {
    说明: [['这是说明'], ['第二行']],
    数据: [HEADER, ['trademark', 1, 'A', '张三', '', '', '']],
  });
  const out: ParsedRow[] = [];
  for await (const row of parseFile(path, { sheet: '数据' })) out.push(row);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.record?.title, 'A');
  await assert.rejects(async () => {
    for await (const _ of parseFile(path, { sheet: '没有' }));
  }, /no worksheet named 没有/);
});
