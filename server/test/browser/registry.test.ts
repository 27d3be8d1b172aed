/**
 * The registry in chromium: an officer searches with a two-character query and opens a record,
 * sees each type's particulars on its record page, and sees a capped total as such; the public verifies a right, gets a certificate, and checks it
 * on the public page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { browserSuite } from '../helpers/browser-suite.ts';

describe('registry pages in chromium', () => {
  const suite = browserSuite();

  test('search finds rights by a two-character query and opens the record with its timeline', async () => {
    const page = await suite.signedIn('sz.officer');
    await page.goto(`${suite.server.url}/registry/search`);
    await page.fill('[data-testid="registry-search-input"]', '雷达');
    await page.click('[data-testid="registry-search-submit"]');
    const results = page.locator('[data-testid="registry-results"]');
    await results.getByText('一种基于毫米波雷达的室内人员定位方法及系统').waitFor({ timeout: 20_000 });
    await results
      .locator('tr', { hasText: '室内人员定位' })
      .locator('[data-testid="registry-result-link"]')
      .click();
    await page.locator('[data-testid="right-title"]').waitFor({ timeout: 20_000 });
    assert.match((await page.locator('[data-testid="right-title"]').textContent()) ?? '', /毫米波雷达/);
    assert.ok(
      (await page.locator('[data-testid="right-event"]').count()) >= 3,
      'application, publication, grant',
    );
    await page.close();
  });

  test('a record page shows what is particular to its type: a mark’s goods, a GI’s area, a layout’s dates', async () => {
    const page = await suite.signedIn('sz.officer');
    const facts = page.locator('[data-testid="right-facts"]');
    const open = async (q: string) => {
      await page.goto(`${suite.server.url}/registry/search?q=${encodeURIComponent(q)}`);
      await page.locator('[data-testid="registry-result-link"]').first().click();
      await facts.waitFor({ timeout: 20_000 });
      return (await facts.textContent()) ?? '';
    };
    const mark = await open('56789012');
    assert.match(mark, /类似群.*0901.*0907/);
    assert.match(mark, /核定使用商品\/服务.*智能手表；可穿戴活动追踪器/);
    assert.match(mark, /届满日依据.*商标法\(2019\)/);
    const gi = await open('南山荔枝');
    assert.match(gi, /批准机关国家质量监督检验检疫总局/);
    assert.match(gi, /保护范围南山区（440305）/);
    const transferred = await open('201910774512');
    assert.match(transferred, /届满日依据/);
    const transfer = page.locator('[data-testid="right-event"][data-type="transfer"]');
    assert.equal(
      (await transfer.textContent())?.replace(/\s+/g, ''),
      '2024-06-18权利转让杭州钱塘新材料股份有限公司',
      'a transfer names its new holder',
    );
    const grant = page.locator('[data-testid="right-event"][data-type="grant"]');
    assert.equal(
      (await grant.textContent())?.replace(/\s+/g, ''),
      '2021-06-08授权',
      'a plain event says its name once',
    );
    const layout = await open('BS.215512345');
    assert.match(layout, /创作完成日2020-11-02/);
    assert.match(layout, /首次商业利用日2021-03-01/);
    await page.close();
  });

  test('a total counted up to the cap reads "more than", an estimate "about", and the facets say what they count', async () => {
    const page = await suite.signedIn('sz.officer');
    // The demo data has no query with more matches than the service counts: the server's answer
    // is passed on with its total marked as capped (then estimated from a sample), as at national scale.
    let answer: Record<string, unknown> = {
      total: 1000,
      totalIsLowerBound: true,
      totalEstimate: null,
      facetBasis: { kind: 'first', matches: 1000 },
    };
    await page.route('**/api/v1/rights/search?*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { total: number; facetBasis: { kind: string } };
      assert.ok(body.total > 0);
      assert.equal(body.facetBasis.kind, 'all', 'the demo data is counted in full');
      await route.fulfill({ response, json: { ...body, ...answer } });
    });
    await page.goto(`${suite.server.url}/registry/search?q=${encodeURIComponent('雷达')}`);
    await page.getByText('超过 1000 条，可缩小检索范围').waitFor({ timeout: 20_000 });
    const facetNote = page.locator('[data-testid="registry-facets-sampled"]');
    assert.equal(await facetNote.textContent(), '结果超过 1000 条，以下按前 1000 条统计');

    answer = { ...answer, totalEstimate: 81_000, facetBasis: { kind: 'sample', matches: 947 } };
    await page.goto(`${suite.server.url}/registry/search?q=${encodeURIComponent('科技')}`);
    await page.getByText('约 8.1万 条（抽样估计），可缩小检索范围').waitFor({ timeout: 20_000 });
    assert.equal(await facetNote.textContent(), '结果较多，以下按随机抽取的 947 条匹配结果统计');
    await page.close();
  });

  test('an officer verifies a batch: a bad line is named, holders match by date, results export', async () => {
    const page = await suite.signedIn('sz.officer');
    await page.goto(`${suite.server.url}/registry/verify`);
    await page.locator('[data-testid="verify-tab-batch"]').click();
    const input = page.locator('[data-testid="verify-batch-input"]');
    await input.fill('商品,12345678');
    await page.click('[data-testid="verify-batch-submit"]');
    await page.getByText('第 1 行：无法识别的权利类型“商品”').waitFor({ timeout: 20_000 });

    // The patent passed from 星河智联 to 钱塘新材料 on 2024-06-18.
    await input.fill(
      [
        '类型,号码,声明权利人,核验日期',
        '专利,ZL 2019 1 0774512.6,深圳市星河智联科技有限公司,2023-01-01',
        '专利,ZL 2019 1 0774512.6,深圳市星河智联科技有限公司,2025-01-01',
        'trademark,99999999',
      ].join('\n'),
    );
    await page.click('[data-testid="verify-batch-submit"]');
    const results = page.locator('[data-testid="verify-batch-results"] tbody tr.ant-table-row');
    await results.nth(2).waitFor({ timeout: 20_000 });
    const cells = await results.evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    assert.deepEqual(
      cells.map((row) => row[0]),
      ['2', '3', '4'],
      'each result names its line',
    );
    const row = (i: number) => cells[i]?.join(' | ') ?? '';
    assert.match(row(0), / \| 存在 \| .* \| 完全一致/, 'before the transfer, the claimed holder held it');
    assert.match(row(1), / \| 存在 \| .* \| 不一致/, 'after the transfer, it did not');
    assert.match(row(2), / \| 不存在 \| /, 'a number the registry does not hold');

    const download = page.waitForEvent('download');
    await page.click('[data-testid="verify-batch-export"]');
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.equal(lines.length, 4, 'a header and three results');
    assert.match(
      lines[1] ?? '',
      /^2,专利,ZL 2019 1 0774512\.6,深圳市星河智联科技有限公司,2023-01-01,存在,一种柔性显示面板的封装结构及其制备方法,有效,有效,完全一致,深圳市星河智联科技有限公司,杭州钱塘新材料股份有限公司,\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/,
    );
    await page.close();
  });

  test('the public verifies a right, gets a certificate and checks it', async () => {
    const page = await suite.browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${suite.server.url}/verify`);
    await page.locator('#verify_number').waitFor({ timeout: 20_000 });
    await page.locator('#verify_type').getByText('商标').click();
    await page.fill('#verify_number', '第56789012号');
    await page.fill('#verify_holder', '深圳市星河智联科技有限公司');
    await page.click('[data-testid="verify-certificate"]');
    await page.click('[data-testid="verify-submit"]');
    const result = page.locator('[data-testid="verify-result"]');
    await result.waitFor({ timeout: 20_000 });
    assert.equal(await result.getAttribute('data-exists'), 'true');
    assert.equal(
      await page.locator('[data-testid="verify-holder-match"]').getAttribute('data-result'),
      'exact',
    );
    const code = (await page.locator('[data-testid="certificate-code"]').textContent())?.trim() ?? '';
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await page.goto(`${suite.server.url}/c/${code}`);
    const check = page.locator('[data-testid="certificate-check-result"]');
    await check.waitFor({ timeout: 20_000 });
    assert.equal(await check.getAttribute('data-genuine'), 'true');
    await page.close();
  });
});
