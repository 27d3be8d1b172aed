/**
 * The administrators' upload page in chromium: a file with a bad row imports its good rows and
 * reports the bad one by line, field and reason in a report to download; the same file again
 * changes nothing; a real source file imports as it is with its saved column mapping chosen on the
 * page. A failure also tells what the page did before it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser-suite.ts';
import { withPageTrace } from '../helpers/page-trace.ts';

const TIMEOUT = 20_000;
const SHAANXI_PRODUCTS = fileURLToPath(
  new URL('../../../../shared/data/gi/gi_shaanxi_protected_products.csv', import.meta.url),
);

/** Two trademarks and, on line 3, one in Nice class 46, which does not exist. */
function trademarkFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ipp-upload-')), '商标导入.csv');
  writeFileSync(
    path,
    [
      'type,number,title,holders,holder_usccs,classes,filing_date,grant_date',
      'trademark,71234561,云栖星图,杭州云栖星图科技有限公司,,9,2021-03-02,2022-05-06',
      'trademark,71234562,云栖星图,杭州云栖星图科技有限公司,,46,2021-03-02,2022-05-06',
      'trademark,71234563,星图智造,杭州云栖星图科技有限公司,,42,2021-04-08,2022-06-13',
      '',
    ].join('\n'),
  );
  return path;
}

async function upload(page: Page, file: string, mapping?: string): Promise<Record<string, number>> {
  await page.locator('[data-testid="import-upload"] input[type="file"]').setInputFiles(file);
  if (mapping) {
    await page.locator('[data-testid="import-mapping"]').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: mapping });
    await option.first().click();
  }
  const started = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/imports') && response.request().method() === 'POST',
  );
  await page.click('[data-testid="import-submit"]');
  const job = (await (await started).json()) as { id: string };
  // The card of the previous upload stays until this job's replaces it: wait for this one's.
  const progress = page.locator(
    `[data-testid="import-progress"][data-job-id="${job.id}"][data-status="completed"]`,
  );
  await progress.waitFor({ timeout: TIMEOUT });
  const counts: Record<string, number> = {};
  for (const key of ['inserted', 'updated', 'unchanged', 'rejected', 'warnings']) {
    const value = progress.locator(`[data-testid="import-count-${key}"] .ant-statistic-content-value`);
    counts[key] = Number((await value.textContent())?.replace(/,/g, ''));
  }
  return counts;
}

describe('registry import page in chromium', () => {
  const suite = browserSuite();

  test('an administrator uploads files, sees the counts, downloads the report, and a re-upload changes nothing', async () => {
    const page = await suite.signedIn('national.admin');
    await withPageTrace(page, 'registry-import', async () => {
      await page.goto(`${suite.server.url}/registry/imports`);
      await page.locator('[data-testid="imports-page"]').waitFor({ timeout: TIMEOUT });
      const file = trademarkFile();

      const first = await upload(page, file);
      assert.deepEqual([first.inserted, first.rejected], [2, 1]);
      const href = await page.locator('[data-testid="import-report"]').getAttribute('href');
      const report = await page.request.get(new URL(href ?? '', suite.server.url).toString());
      assert.equal(report.status(), 200);
      const lines = (await report.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      assert.equal(lines[0], 'line,severity,field,code,message,number');
      const rejected = lines.slice(1).filter((line) => line.includes(',error,'));
      assert.equal(rejected.length, 1, lines.join('\n'));
      assert.match(rejected[0] ?? '', /^3,error,classes(\[0\])?,/, 'line 3, the class field');

      const again = await upload(page, file);
      assert.deepEqual([again.inserted, again.updated, again.unchanged, again.rejected], [0, 0, 2, 1]);

      const gis = await upload(page, SHAANXI_PRODUCTS, 'shaanxi-gi-products');
      assert.deepEqual([gis.inserted, gis.rejected], [86, 0]);
      // 86 products under a header: the last record starts on line 87.
      assert.equal(
        await page.locator('[data-testid="import-progress-lines"]').textContent(),
        '已提交至文件第 87 / 87 行，已处理 86 条记录',
      );
      await page.click('[data-testid="import-refresh"]');
      const jobs = page.locator('[data-testid="import-jobs"]');
      await jobs.getByText('gi_shaanxi_protected_products.csv').waitFor({ timeout: TIMEOUT });
      assert.equal(await jobs.getByText('商标导入.csv').count(), 2, 'both uploads of the file are listed');
    });
    await page.close();
  });
});
