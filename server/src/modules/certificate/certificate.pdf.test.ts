import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { pdfTextStreams, SAMPLE_CERTIFICATE } from './certificate.test-fixtures.ts';

const CERTIFICATE = SAMPLE_CERTIFICATE;

let rendered: Promise<Buffer> | null = null;
const pdf = () => {
  rendered ??= renderCertificatePdf(CERTIFICATE, { baseUrl: 'https://ipp.example.cn' });
  return rendered;
};

test('the certificate renders as a one-page A4 PDF with its fonts embedded', async () => {
  const bytes = await pdf();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.ok(bytes.length < 400_000, `subset fonts keep it small (${bytes.length} bytes)`);
  const raw = bytes.toString('latin1');
  assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/, 'A4');
  assert.equal(raw.match(/\/Type \/Page\b/g)?.length, 1, 'one page');
  assert.match(raw, /NotoSansHans-Regular/, 'the CJK font is embedded');
});

test('the page shows the code, the key id and the signature', async () => {
  const shown = pdfTextStreams(await pdf()).join('\n');
  const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');
  assert.ok(shown.includes(hex(CERTIFICATE.code)), 'code');
  assert.ok(shown.includes(hex(CERTIFICATE.keyId)), 'key id');
  assert.ok(shown.includes(hex(CERTIFICATE.signature.slice(0, 32))), 'signature');
  assert.ok(shown.includes(hex('https://ipp.example.cn/c/K7QF-3M9T-XW2P')), 'link');
});
