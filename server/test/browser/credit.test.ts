/**
 * Credit supervision in chromium on the demo data, through the pages only: the 南山区 officer finds
 * the listing still in its statement period, is refused a decision while the period runs and
 * records the party's statement; the city officer gives feedback on and approves the repair
 * application at the repair desk; the agency's grade is explained deduction by deduction; and the
 * public lookup finds the listed enterprise by its USCC and shows persons only masked.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_CREDIT } from '../../src/modules/demo/demo.credit.ts';
import { browserSuite, fillSettled } from '../helpers/browser-suite.ts';

const TIMEOUT = 20_000;
/** antd puts a space between the two characters of a CJK button label. */
const OK = /^确\s?定$/;

describe('credit pages in chromium', () => {
  const suite = browserSuite();

  const signedIn = (username: string) => suite.signedIn(username);

  test('the officer is refused a decision while the statement period runs, then records the statement', async () => {
    const page = await signedIn('nanshan.officer');
    await page.goto(`${suite.server.url}/credit/listings`);
    const table = page.locator('[data-testid="credit-listings-table"]');
    const published = table.locator('tr', { hasText: DEMO_CREDIT.listed.name });
    await published.getByText('公示中').waitFor({ timeout: TIMEOUT });
    const pending = table.locator('tr', { hasText: DEMO_CREDIT.notified.name });
    await pending.getByText('已告知').waitFor({ timeout: TIMEOUT });
    await pending.getByRole('link', { name: DEMO_CREDIT.notified.name }).click();

    const state = page.locator('[data-testid="listing-state"]');
    await state.waitFor({ timeout: TIMEOUT });
    assert.equal((await state.textContent())?.trim(), '已告知');
    await page.locator('[data-testid="listing-step-decide"]').click();
    const decide = page.getByRole('dialog').filter({ hasText: '审查意见' });
    await fillSettled(decide.getByRole('textbox').first(), '拒不履行行政裁决，情节严重，拟决定列入');
    await decide.getByRole('button', { name: OK }).click();
    const code = page.locator('[data-testid="error-code"]');
    await code.waitFor({ timeout: TIMEOUT }).catch(async (error: unknown) => {
      const shown = await decide.textContent().catch(() => '(no dialog)');
      throw new Error(`no refusal was shown; the dialog says: ${shown}`, { cause: error });
    });
    assert.match((await code.textContent()) ?? '', /CREDIT_STATEMENT_PERIOD_OPEN/);
    await decide.getByRole('button', { name: /^取\s?消$/ }).click();
    assert.equal((await state.textContent())?.trim(), '已告知', 'nothing was decided');

    await page.locator('[data-testid="listing-step-statement"]').click();
    const statement = page.getByRole('dialog').filter({ hasText: '陈述申辩内容' });
    const text = '我司已停止销售涉案雷达模组，并正与专利权人协商赔偿事宜，请求不予列入';
    await fillSettled(statement.getByRole('textbox').first(), text);
    await statement.getByRole('button', { name: OK }).click();
    await page.getByText('陈述申辩已办理').waitFor({ timeout: TIMEOUT });
    await page.getByText(text).first().waitFor({ timeout: TIMEOUT });
    await page.getByText(`陈述申辩：${text}`).waitFor({ timeout: TIMEOUT });
    assert.equal((await state.textContent())?.trim(), '已告知', 'a statement leaves the listing where it is');
    await page.close();
  });

  test('the repair desk shows the pending application; the officer gives feedback and approves it', async () => {
    const page = await signedIn('sz.officer');
    await page.goto(`${suite.server.url}/credit/repairs`);
    const table = page.locator('[data-testid="credit-repairs-table"]');
    const row = table.locator('tr', { hasText: DEMO_CREDIT.repairing.name });
    await row.getByText('已申请').waitFor({ timeout: TIMEOUT });
    assert.match((await row.textContent()) ?? '', /罚款缴纳凭证/);

    await row.locator('[data-testid="repair-feedback"]').click();
    const feedback = page.getByRole('dialog').filter({ hasText: '反馈内容' });
    await fillSettled(feedback.getByRole('textbox'), '申请材料齐全，予以受理，进入审查');
    await feedback.getByRole('button', { name: OK }).click();
    await row.getByText('已受理').waitFor({ timeout: TIMEOUT });
    assert.equal(await row.locator('[data-testid="repair-feedback"]').count(), 0, 'feedback is given once');

    await row.locator('[data-testid="repair-approve"]').click();
    const approve = page.getByRole('dialog').filter({ hasText: '准予修复' });
    await fillSettled(approve.getByRole('textbox'), '已履行处罚决定并完成整改，符合信用修复条件');
    await approve.getByRole('button', { name: OK }).click();
    await row.waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.locator('[data-testid="credit-repairs-filter"]').getByText('已决定').click();
    const decided = table.locator('tr', { hasText: DEMO_CREDIT.repairing.name });
    await decided.getByText('准予修复').first().waitFor({ timeout: TIMEOUT });
    await page.close();
  });

  test('the rated agency shows its grade and each deduction explained, with its history', async () => {
    const page = await signedIn('nanshan.officer');
    await page.goto(`${suite.server.url}/credit/ratings`);
    const row = page.locator('[data-testid="credit-ratings"] tr', { hasText: DEMO_CREDIT.agency.name });
    await row.waitFor({ timeout: TIMEOUT });
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    assert.ok(cells.includes('B'), `grade B in ${cells.join(' | ')}`);
    assert.ok(cells.includes('75'), `score 75 in ${cells.join(' | ')}`);
    assert.ok(cells.includes(DEMO_CREDIT.agency.uscc));

    await row.getByText(DEMO_CREDIT.agency.name).click();
    const drawer = page.getByRole('dialog').filter({ hasText: DEMO_CREDIT.agency.name });
    await drawer.getByText('代理机构违法违规受到处罚').first().waitFor({ timeout: TIMEOUT });
    const tables = drawer.locator('[data-testid="credit-deductions"]');
    assert.ok((await tables.count()) >= 2, 'at least two ratings in the history');
    const current = (await tables.first().textContent()) ?? '';
    for (const explained of [
      'record.agency_violation.general',
      'commitment.broken',
      'record.penalty.general',
    ]) {
      assert.ok(current.includes(explained), `${explained} in the current rating`);
    }
    assert.match(current, /信用承诺未履行/);
    assert.match(current, /依据：/);
    assert.match(current, /−15/);
    await page.close();
  });

  // A visitor who has not signed in: the API answers and the page works, in the same context.
  test('the public lookup finds the listed enterprise by its USCC; persons are masked', async () => {
    const anonymous = await suite.browser.newContext({ locale: 'zh-CN' });
    const answer = await anonymous.request.post(`${suite.server.url}/api/v1/public/credit/lookup`, {
      data: { subject: DEMO_CREDIT.listed.uscc },
    });
    assert.equal(answer.status(), 200);
    const body = (await answer.json()) as { subjects: { listed: boolean; subject: { name: string } }[] };
    assert.deepEqual(
      body.subjects.map((s) => [s.subject.name, s.listed]),
      [[DEMO_CREDIT.listed.name, true]],
    );

    const page = await anonymous.newPage();
    await page.goto(`${suite.server.url}/credit/public`);
    assert.equal(new URL(page.url()).pathname, '/credit/public', 'no sign-in is asked for');
    const input = page.locator('[data-testid="credit-lookup-input"]');
    await input.waitFor({ timeout: TIMEOUT });
    await input.fill(DEMO_CREDIT.listed.uscc);
    await page.click('[data-testid="credit-lookup-submit"]');
    const card = page.locator('[data-testid="credit-lookup-subject"]');
    await card.getByText(DEMO_CREDIT.listed.name).waitFor({ timeout: TIMEOUT });
    const listed = (await page.locator('[data-testid="credit-lookup-listed"]').textContent()) ?? '';
    assert.match(listed, /已列入严重违法失信名单/);
    assert.match(listed, /故意侵犯知识产权/);
    assert.match((await card.textContent()) ?? '', /二年内再次故意侵犯注册商标专用权/);
    // What the page shows (text, not what the visitor typed into the search box).
    const shown = async () => (await page.locator('[data-testid="credit-public-page"]').textContent()) ?? '';
    assert.doesNotMatch(await shown(), /演示数据（|扣分明细/);

    await input.fill(DEMO_CREDIT.person.name);
    await page.click('[data-testid="credit-lookup-submit"]');
    await card.getByText('李某').waitFor({ timeout: TIMEOUT });
    assert.doesNotMatch(
      await shown(),
      new RegExp(`${DEMO_CREDIT.person.name}|${DEMO_CREDIT.person.idNumber}|19880312`),
    );
    assert.doesNotMatch((await card.textContent()) ?? '', /手机壳/, "a person's summary is not shown");

    await page.getByRole('tab', { name: '严重违法失信名单' }).click();
    const list = page.locator('[data-testid="credit-list"]');
    const entry = list.locator('tr', { hasText: DEMO_CREDIT.listed.name });
    await entry.waitFor({ timeout: TIMEOUT });
    assert.match((await entry.textContent()) ?? '', /深圳市南山区市场监督管理局/);
    assert.equal(await list.locator('tr', { hasText: DEMO_CREDIT.notified.name }).count(), 0);
    await anonymous.close();
  });
});
