import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleInput } from './documents.test-fixtures.ts';
import { DocumentFieldsMissingError, renderDocument } from './index.ts';

/** An info entry (pdfkit writes `/Title 18 0 R` and the object as a UTF-16BE literal string). */
function infoString(pdf: Buffer, key: string): string | null {
  const raw = pdf.toString('latin1');
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  const literal = ref && new RegExp(`\n${ref} 0 obj\n\\(([\\s\\S]*?)\\)\nendobj`).exec(raw)?.[1];
  if (!literal) return null;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const unescaped = literal.replace(/\\([nrtbf()\\])/g, (_m, c: string) => escapes[c] ?? c);
  const bytes = Buffer.from(unescaped, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? bytes.subarray(2).swap16().toString('utf16le')
    : bytes.toString();
}

let rendered: Promise<Buffer> | null = null;
const pdf = () => {
  rendered ??= renderDocument(sampleInput('penalty_decision'));
  return rendered;
};

test('a document is an A4 PDF with the CJK font embedded and its title and number as Title', async () => {
  const bytes = await pdf();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const raw = bytes.toString('latin1');
  assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/, 'A4');
  assert.match(raw, /NotoSansHans-Regular/, 'the CJK font is embedded');
  assert.equal(infoString(bytes, 'Title'), '行政处罚决定书 深南市监知罚字〔2026〕12号');
  assert.equal(infoString(bytes, 'Author'), '深圳市南山区市场监督管理局');
  assert.ok(bytes.length < 400_000, `subset fonts keep it small (${bytes.length} bytes)`);
});

test('the same input gives the same bytes, so a stored hash can be checked by rendering again', async () => {
  const again = await renderDocument(sampleInput('penalty_decision'));
  assert.ok(again.equals(await pdf()));
});

test('a document with required values missing is not rendered', async () => {
  const input = sampleInput('penalty_decision');
  input.fields = { ...input.fields, violationFacts: '', legalBasis: undefined };
  await assert.rejects(renderDocument(input), (error: unknown) => {
    assert.ok(error instanceof DocumentFieldsMissingError);
    assert.deepEqual(error.missing, ['violationFacts', 'legalBasis']);
    return true;
  });
});
