import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readCsv } from './csv.ts';
import { detectFormat, lastRecordLine, parseAndValidate, parseFile } from './index.ts';
import type { ParsedRow } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipp-csv-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rows(path: string, options = {}): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const row of parseFile(path, options)) out.push(row);
  return out;
}

const HEADER = 'type,number,title,holders,holder_usccs,classes,filing_date,region_code';

test('UTF-8 with a BOM: the documented layout becomes a RightInput', async () => {
  const path = file(
    'bom.csv',
    `\uFEFF${HEADER}\npatent,202110991218.8,一种基于合约管理的跨链去中心化方法,浙商银行股份有限公司;张三,91610629752144007A;,G06F 16/27; H04L 9/32,2021-08-26,330109\n`,
  );
  assert.equal(await detectFormat(path), 'csv');
  const [row] = await rows(path);
  assert.equal(row!.line, 2);
  assert.deepEqual(row!.issues, []);
  assert.deepEqual(row!.record, {
    type: 'patent',
    number: '202110991218.8',
    title: '一种基于合约管理的跨链去中心化方法',
    holders: [{ name: '浙商银行股份有限公司', uscc: '91610629752144007A' }, { name: '张三' }],
    classes: ['G06F 16/27', 'H04L 9/32'],
    filingDate: '2021-08-26',
    regionCode: '330109',
    source: 'bom.csv',
  });
});

test('GB18030 (as Chinese Excel saves CSV) is detected and decoded; 2015年8月7日 is a date', async () => {
  const hex =
    '6e756d6265722c7469746c652c686f6c646572732c66696c696e675f646174650d0a3230313531303438313439352e392cd2bbd6d6d2bdd3c3b7c5c9e4d6cec1c6d7b0d6c32cb1b1bea9b4f3bbf9bfb5c3f7d2bdc1c6c9e8b1b8d3d0cfdeb9abcbbe2c32303135c4ea38d4c237c8d50d0a';
  const path = file('gbk.csv', Buffer.from(hex, 'hex'));
  assert.equal(await detectFormat(path), 'csv');
  const [row] = await rows(path, { type: 'patent' });
  assert.equal(row!.record?.title, '一种医用放射治疗装置');
  assert.equal(row!.record?.holders[0]?.name, '北京大基康明医疗设备有限公司');
  assert.equal(row!.record?.filingDate, '2015-08-07');
  assert.equal(row!.record?.type, 'patent', 'the type chosen for the import fills records without one');
});

test('UTF-16 with a BOM (Excel "Unicode text", tab-separated)', async () => {
  const text = '\uFEFFtype\tnumber\ttitle\tholders\r\ntrademark\t5169753\t蓝翼\t张三\r\n';
  const path = file('unicode.txt', Buffer.from(text, 'utf16le'));
  assert.equal(await detectFormat(path), 'csv');
  const [row] = await rows(path);
  assert.equal(row!.record?.title, '蓝翼');
});

test('quoted fields with commas, quotes and line breaks; lines are where records start', async () => {
  const path = file(
    'quoted.csv',
    [
      'type,number,title,holders',
      'trademark,5169753,"LANYI, ""the wave""",张三',
      'trademark,5169754,"two',
      'line title",李四',
      '',
      'trademark,5169755,plain,王五',
    ].join('\r\n'),
  );
  const out = await rows(path);
  assert.deepEqual(
    out.map((r) => [r.line, r.record?.title]),
    [
      [2, 'LANYI, "the wave"'],
      [3, 'two\nline title'],
      [6, 'plain'],
    ],
  );
  const raw = [];
  for await (const r of readCsv(path)) raw.push(r.line);
  assert.deepEqual(raw, [2, 3, 6]);
});

test('a bad row is reported with its line and field; the others go through', async () => {
  const path = file(
    'bad.csv',
    [
      HEADER,
      'patent,202110991218.8,好的,某公司,,,2021-08-26,',
      'patent,202110991218.8,日期坏了,某公司,,,2021-13-45,',
      'patent,202110991218.8,缺一列,某公司,,,2021-08-26',
      'patent,202110991218.1,校验位错,某公司,,,2021-08-26,',
    ].join('\n'),
  );
  const out = [];
  for await (const r of parseAndValidate(path)) out.push(r);
  assert.deepEqual(
    out.map((r) => [r.line, r.errors.map((e) => `${e.field}:${e.code}`)]),
    [
      [2, []],
      [3, ['filingDate:date_unreadable']],
      [4, ['row:csv_field_count']],
      [5, ['number:patent_number_check']],
    ],
  );
  assert.match(out[1]!.errors[0]!.message, /column "filing_date": "2021-13-45" is not a date/);
  assert.match(out[2]!.errors[0]!.message, /line 4 has 7 fields; the header has 8/);
  assert.match(out[3]!.errors[0]!.message, /should be 8/);
});

test('an unclosed quote is reported at the line it opened', async () => {
  const path = file('unclosed.csv', 'type,number,title,holders\npatent,1,"never closed,x\nmore\n');
  const out = await rows(path);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.line, 2);
  assert.equal(out[0]!.issues[0]!.code, 'csv_unclosed_quote');
});

test('tabs, Chinese headers, Chinese type labels; unknown columns are kept as data', async () => {
  const path = file(
    'zh.tsv',
    '类型\t专利类型\t申请号\t名称\t申请人\t申请日\t备注\n专利\t外观设计\t202130123456.3\t椅子\t某家具有限公司\t20210801\t样品\n',
  );
  const [row] = await rows(path);
  assert.equal(row!.record?.type, 'patent');
  assert.equal(row!.record?.subtype, 'design');
  assert.equal(row!.record?.filingDate, '2021-08-01');
  assert.deepEqual(row!.data, { 备注: '样品' });
});

test('holder lists must line up', async () => {
  const path = file(
    'align.csv',
    'type,number,title,holders,holder_usccs\ntrademark,1,A,甲公司,91610629752144007A;91610629752144007A\n',
  );
  const [row] = await rows(path);
  assert.deepEqual(
    row!.issues.map((i) => i.code),
    ['holder_list_length'],
  );
});

test('the type chosen for the import rejects rows of another type', async () => {
  const path = file('mixed.csv', 'type,number,title,holders\ntrademark,1,A,甲\npatent,202110991218.8,B,乙\n');
  const out = await rows(path, { type: 'patent' });
  assert.deepEqual(
    out.map((r) => r.issues.map((i) => i.code)),
    [['type_mismatch'], []],
  );
});

test('the last record line (a job total) is found without mapping rows, and matches the parse', async () => {
  const cases: [string, string][] = [
    ['plain.csv', `${HEADER}\npatent,1,a,b,,,,\r\npatent,2,a,b,,,,\r\n\r\n\n`],
    ['multiline.csv', `${HEADER}\r\npatent,1,"a\r\nb\rc",x,,,,\npatent,2,"say ""hi""",y,,,,`],
    ['unclosed.csv', `${HEADER}\npatent,1,a,b,,,,\npatent,2,"never closed,b,,,,\nmore\n`],
    ['header-only.csv', `${HEADER}\n`],
    ['cr-only.csv', `${HEADER}\rpatent,1,a,b,,,,\r\rpatent,2,a,b,,,,\r`],
  ];
  // Records across the reader's 64 KB chunks, with a CRLF cut between two of them.
  let long = `${HEADER}\n`;
  while (long.length < 65_535 - 40) long += 'patent,1,"a\r\nb",holder,,,,\n';
  long = `${long.padEnd(65_535, 'x')}\r\npatent,2,a,b,,,,\r\n`;
  cases.push(['chunks.csv', long]);
  for (const [name, content] of cases) {
    const path = file(name, content);
    const parsed = await rows(path);
    const expected = parsed.at(-1)?.line ?? 0;
    assert.equal(await lastRecordLine(path), expected, name);
    const fromCsv: number[] = [];
    for await (const row of readCsv(path)) fromCsv.push(row.line);
    assert.deepEqual(
      fromCsv,
      parsed.map((r) => r.line),
      name,
    );
  }
  const json = file('records.jsonl', '{"type":"patent"}\n\n{"type":"patent"}\nnot json\n');
  assert.equal(await lastRecordLine(json), (await rows(json)).at(-1)!.line);
});
