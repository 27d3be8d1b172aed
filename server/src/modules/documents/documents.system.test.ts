/**
 * Renders every template and reads the PDF back as text with poppler's pdftotext: a system tool,
 * so this file is a system test (*.system.test.ts), run where the tool is installed and in CI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { partyName, sampleInput } from './documents.test-fixtures.ts';
import { DOCUMENT_TEMPLATE_IDS, type DocumentInput, documentTitle, renderDocument } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipp-documents-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(input: DocumentInput): Promise<{ text: string; pages: number }> {
  const file = join(dir, `${input.template}.pdf`);
  writeFileSync(file, await renderDocument(input));
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return { text: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

for (const id of DOCUMENT_TEMPLATE_IDS) {
  test(`${id} renders and reads back in Chinese`, async () => {
    const input = sampleInput(id);
    const { text, pages } = await pdfText(input);
    for (const expected of [
      input.authority.name,
      documentTitle(input),
      input.documentNumber,
      partyName(id),
      '2026年3月5日',
      '— 1 —'.replace(/ /g, ''),
    ]) {
      assert.ok(text.replace(/ /g, '').includes(expected.replace(/ /g, '')), `${expected} in: ${text}`);
    }
    assert.ok(pages >= 1);
  });
}

test('a long document runs onto more pages, each numbered', async () => {
  const input = sampleInput('penalty_decision');
  const facts = '当事人在其经营场所及网店销售侵犯注册商标专用权的商品，并在宣传中使用相同商标。'.repeat(60);
  input.fields = { ...input.fields, violationFacts: facts };
  const { text, pages } = await pdfText(input);
  assert.ok(pages >= 3, `${pages} pages`);
  const compact = text.replace(/ /g, '');
  for (let page = 1; page <= pages; page++) assert.ok(compact.includes(`—${page}—`), `page ${page} numbered`);
  assert.ok(compact.includes('不停止执行'), 'the last paragraph is there');
});

test('a person is printed with the masked identity number only', async () => {
  const input = sampleInput('no_filing_notice');
  input.parties = [{ role: 'complainant', name: '王小红', idNumberMasked: '440305199001011234' }];
  const { text } = await pdfText(input);
  assert.ok(text.includes('4403**********1234'));
  assert.ok(!text.includes('440305199001011234'));
});
