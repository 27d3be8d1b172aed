/**
 * Reads the certificate PDF back as text with poppler's pdftotext: a system tool, so this file is a
 * system test (*.system.test.ts), run where the tool is installed and always in CI (.ci/run).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { SAMPLE_CERTIFICATE } from './certificate.test-fixtures.ts';

const CERTIFICATE = SAMPLE_CERTIFICATE;

let rendered: Promise<Buffer> | null = null;
const pdf = () => {
  rendered ??= renderCertificatePdf(CERTIFICATE, { baseUrl: 'https://ipp.example.cn' });
  return rendered;
};

test('its text reads back in Chinese', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-cert-'));
  try {
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, await pdf());
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const expected of [
      '知识产权权属核验证明',
      'K7QF-3M9T-XW2P',
      '深圳市星河智联科技有限公司',
      '一种基于边缘计算的图像识别方法',
      '有效',
      '2025-06-30',
      '国家知识产权局专利数据（演示）',
      '2025-07-01 16:30:05（北京时间）',
      '0123456789abcdef',
    ]) {
      assert.ok(text.includes(expected), `${expected} in: ${text}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
