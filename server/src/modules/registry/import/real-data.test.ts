/**
 * Every real file in ../shared/data (next to the repository; never copied into it) goes through
 * the parsers and the validator with the expected results.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.ts';
import {
  type CheckedRow,
  detectFormat,
  loadAnnouncementDates,
  parseAndValidate,
  resolveMapping,
} from './index.ts';

const root = new URL('../../../../../', import.meta.url);
const data = (path: string) => fileURLToPath(new URL(`../shared/data/${path}`, root));

async function checked(path: string, mapping?: string): Promise<CheckedRow[]> {
  const out: CheckedRow[] = [];
  for await (const row of parseAndValidate(path, mapping ? { mapping: resolveMapping(mapping) } : {}))
    out.push(row);
  return out;
}

async function csvRows(path: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const row of readCsv(path)) out.push(row.cells as Record<string, string>);
  return out;
}

const ipcWithoutVersion = (ipc: string) => ipc.replace(/\s*\(\d{4}\.\d{2}\)/, '');

test('the 9 CNIPA patent documents match INDEX.csv, in both XML formats', async () => {
  const index = await csvRows(data('cn_patent_xml/INDEX.csv'));
  assert.equal(index.length, 9);
  const formats = new Set<string | null>();
  for (const expected of index) {
    const path = data(`cn_patent_xml/${expected.file}`);
    formats.add(await detectFormat(path));
    const rows = await checked(path);
    assert.equal(rows.length, 1, expected.file);
    const [row] = rows;
    const record = row!.record!;
    assert.deepEqual(row!.errors, [], expected.file);
    assert.equal(record.type, 'patent');
    assert.equal(record.number, expected.application_number);
    assert.equal(record.publicationNumber, expected.publication_number);
    assert.equal(record.title, expected.title);
    assert.deepEqual(
      record.holders.map((h) => h.name),
      expected.applicants!.split('; '),
    );
    assert.deepEqual(record.classes, expected.ipc!.split('; '));
    assert.equal(record.filingDate?.replaceAll('-', ''), expected.filing_date);
    assert.equal(record.publicationDate?.replaceAll('-', ''), expected.publication_date);
    assert.deepEqual(
      row!.normalized!.classCodes.map((c) => c.code),
      expected.ipc!.split('; ').map(ipcWithoutVersion),
    );
    assert.equal(row!.normalized!.subtype, 'invention');
  }
  assert.deepEqual([...formats].sort(), ['cnipa-legacy-xml', 'cnipa-xml']);
  const byNumber = new Map(index.map((e) => [e.application_number, e.file]));
  assert.ok(
    [...byNumber.keys()].some((n) => n!.endsWith('X')),
    'one number ends in X',
  );
  assert.equal(
    await detectFormat(data(`cn_patent_xml/${byNumber.get('200880114428.1')}`)),
    'cnipa-legacy-xml',
  );
});

test('CNIPA applicants get their country, and Chinese ones their GB/T 2260 region', async () => {
  const [samsung] = await checked(data('cn_patent_xml/cn_new1.xml'));
  assert.equal(samsung!.record!.holders[0]!.countryCode, 'KR');
  const [bank] = await checked(data('cn_patent_xml/cn_new2.xml'));
  assert.equal(bank!.record!.holders[0]!.regionCode, '330109', '浙江省杭州市萧山区');
  assert.equal(bank!.record!.regionCode, '330109');
  const [tobacco] = await checked(data('cn_patent_xml/cn_old1.xml'));
  assert.equal(tobacco!.record!.regionCode, '530102', '云南省昆明市五华区 from the legacy address text');
  const [lilly] = await checked(data('cn_patent_xml/200880114428_A.xml'));
  assert.equal(lilly!.record!.holders[0]!.countryCode, 'US');
  assert.equal(lilly!.normalized!.patentNumber!.pct, true);
  assert.equal(lilly!.data!.pctApplication, 'PCT/US2008/081493');
});

test('each WIPO ST.96 example gives one record of its type', async () => {
  const expected: Record<string, [string, string]> = {
    'PatentPublication_Example.xml': ['patent', 'invention'],
    'TrademarkApplication_Example.xml': ['trademark', 'trademark'],
    'DesignApplication_Example.xml': ['patent', 'design'],
    'GIApplication_Example.xml': ['gi', 'product_gi'],
  };
  const files = readdirSync(data('wipo_st96_examples')).filter((f) => f.endsWith('.xml'));
  assert.deepEqual(files.sort(), Object.keys(expected).sort());
  for (const file of files) {
    const path = data(`wipo_st96_examples/${file}`);
    assert.equal(await detectFormat(path), 'st96', file);
    const rows = await checked(path);
    assert.equal(rows.length, 1, file);
    assert.deepEqual([rows[0]!.record!.type, rows[0]!.normalized?.subtype], expected[file], file);
    assert.deepEqual(rows[0]!.errors, [], file);
  }
  const [mark] = await checked(data('wipo_st96_examples/TrademarkApplication_Example.xml'));
  assert.equal(mark!.record!.number, 'US5169753');
  assert.equal(mark!.record!.title, 'LANYI');
  assert.deepEqual(
    mark!.normalized!.classCodes.map((c) => c.code),
    ['09'],
  );
  const [gi] = await checked(data('wipo_st96_examples/GIApplication_Example.xml'));
  assert.equal(gi!.record!.title, "Tapisserie d'Aubusson");
  assert.equal(gi!.record!.authorizedUsers?.length, 10);
});

test('86 Shaanxi product GIs import without errors; year-only approval is a warning', async () => {
  const rows = await checked(data('gi/gi_shaanxi_protected_products.csv'), 'shaanxi-gi-products');
  assert.equal(rows.length, 86);
  assert.equal(
    rows.reduce((n, r) => n + r.errors.length, 0),
    0,
  );
  assert.ok(rows.every((r) => r.record!.type === 'gi' && r.normalized!.subtype === 'product_gi'));
  assert.equal(new Set(rows.map((r) => r.normalized!.numberCanonical)).size, 86, 'stable keys are unique');
  const xifeng = rows.find((r) => r.record!.title === '西凤酒')!;
  assert.equal(xifeng.record!.number, '西凤酒');
  assert.equal(xifeng.record!.announcementNo, '2003年第86号');
  assert.equal(xifeng.record!.regionCode, '610322');
  assert.equal(xifeng.record!.grantDate, undefined);
  assert.equal(xifeng.data!.approvalYear, '2003');
  assert.ok(xifeng.warnings.some((w) => w.code === 'date_partial' && w.field === 'grantDate'));
});

test('the GI announcement list fills the grant dates it knows', async () => {
  const dates = await loadAnnouncementDates(data('gi/gi_aqsiq_announcements_shaanxi.json'));
  assert.equal(dates['2003年第86号'], '2003-09-24');
  const rows: CheckedRow[] = [];
  const options = { mapping: resolveMapping('shaanxi-gi-products'), lookups: { giAnnouncementDates: dates } };
  for await (const row of parseAndValidate(data('gi/gi_shaanxi_protected_products.csv'), options))
    rows.push(row);
  const dated = rows.filter((r) => r.record!.grantDate);
  assert.equal(dated.length, 18, 'the 保护公告 in the list cover 18 of the 86 products');
  assert.equal(rows.find((r) => r.record!.title === '西凤酒')!.record!.grantDate, '2003-09-24');
  assert.ok(rows.every((r) => r.errors.length === 0));
});

test('194 authorized enterprises group into their GIs with the known data problems as warnings', async () => {
  const path = data('gi/gi_shaanxi_authorized_enterprises.csv');
  const raw = await csvRows(path);
  const noUscc = raw.filter((r) => !r.uniform_social_credit_code?.trim()).length;
  const elsewhere = raw.filter((r) => {
    const uscc = r.uniform_social_credit_code?.trim();
    return uscc && uscc.slice(2, 8) !== r.admin_code;
  }).length;
  assert.deepEqual([raw.length, noUscc, elsewhere], [194, 19, 13], 'counted from the file itself');

  const rows = await checked(path, 'shaanxi-gi-enterprises');
  assert.equal(
    rows.reduce((n, r) => n + r.errors.length, 0),
    0,
  );
  assert.equal(rows.length, new Set(raw.map((r) => r.gi_product_name)).size);
  assert.equal(
    rows.reduce((n, r) => n + (r.record!.authorizedUsers?.length ?? 0), 0),
    194,
  );
  assert.ok(rows.every((r) => r.merge === 'authorizedUsers'));
  const warnings = rows.flatMap((r) => r.warnings);
  assert.equal(warnings.filter((w) => w.code === 'uscc_missing').length, 19);
  assert.equal(warnings.filter((w) => w.code === 'uscc_region_mismatch').length, 13);
  assert.ok(warnings.every((w) => /^authorizedUsers\[\d+\]\./.test(w.field)));

  const products = await checked(data('gi/gi_shaanxi_protected_products.csv'), 'shaanxi-gi-products');
  const keys = new Set(products.map((p) => p.normalized!.numberCanonical));
  assert.ok(
    rows.every((r) => keys.has(r.normalized!.numberCanonical)),
    'every group lands on a product GI',
  );
  const tea = rows.find((r) => r.record!.title === '汉中仙毫')!;
  const lines = tea.memberLines!;
  const green = tea.record!.authorizedUsers!.findIndex((u) => u.name === '西乡县绿苑飞凤茶业有限责任公司');
  assert.equal(lines[green], 58, 'the line where that enterprise starts in the file');
  assert.equal(tea.record!.authorizedUsers![green]!.trademark, '绿苑.、飞凤');
  assert.ok(
    rows.every((r, i) => i === 0 || rows[i - 1]!.line <= r.line),
    'lines never go back',
  );
});
