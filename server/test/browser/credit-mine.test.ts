/**
 * 我的信用 and upper-level consent in chromium. The demo enterprise 星河智联 gets a serious record
 * and a notified listing through the API (as the 南山区 officer, whose decision then waits for
 * the city); the Shenzhen officer sees the consent notice on the listing page and consents; the
 * enterprise user finds 我的信用 in its menu, sees the listing with its dates, objects to it and
 * applies for repair of the record from the page.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { beijingToday } from '../../src/modules/calendar/index.ts';
import { browserSuite, fillSettled } from '../helpers/browser-suite.ts';
import { withPageTrace } from '../helpers/page-trace.ts';

const TIMEOUT = 20_000;
const OK = /^确\s?定$/;
const XINGHE = {
  name: '深圳市星河智联科技有限公司',
  uscc: `91440300MA5G7K2L3${usccCheckCharacter('91440300MA5G7K2L3')}`,
};

function daysAgo(n: number): string {
  const d = new Date(`${beijingToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe('my credit and upper-level consent in chromium', () => {
  const suite = browserSuite();
  let listingId = '';

  /** One API call as a demo user (the officers' side of the story is not what is tested here). */
  async function as(user: string, path: string, body?: object) {
    const login = await fetch(`${suite.server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user, password: 'ipp-demo-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${suite.server.url}/api/v1${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await response.json()) as Record<string, unknown> & { id: string; version: number };
    assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  before(async () => {
    const record = await as('nanshan.officer', '/credit/records', {
      subject: { kind: 'enterprise', ...XINGHE, regionCode: '440305' },
      category: 'penalty',
      severity: 'serious',
      legalBasis: '《商标法》第六十条第二款',
      summary: '浏览器测试：销售侵犯注册商标专用权的商品，情节严重',
      decidedOn: daysAgo(45),
      documents: [{ name: '行政处罚决定书', reference: '深南市监罚〔2026〕T1号' }],
      regionCode: '440305',
    });
    let listing = await as('nanshan.officer', '/credit/listings', {
      subjectId: record['subjectId'],
      recordIds: [record.id],
      reason: '浏览器测试：故意侵犯商标专用权，情节严重',
      legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条',
      on: daysAgo(40),
    });
    const step = (name: string, extra: object) =>
      as('nanshan.officer', `/credit/listings/${listing.id}/${name}`, { version: listing.version, ...extra });
    listing = await step('notify', { on: daysAgo(40) });
    // Thirty days later the five-working-day statement period is over whatever the holidays.
    listing = await step('decide', { on: daysAgo(10), opinion: '陈述申辩期满未陈述，决定列入' });
    assert.equal(listing['state'], 'awaiting_approval');
    listingId = listing.id;
  });

  const signedIn = (username: string) => suite.signedIn(username);

  test('the county officer waits; the city officer sees the notice and consents', async () => {
    const county = await signedIn('nanshan.officer');
    await county.goto(`${suite.server.url}/credit/listings/${listingId}`);
    const notice = county.locator('[data-testid="listing-approval-notice"]');
    await notice.waitFor({ timeout: TIMEOUT });
    assert.match((await notice.textContent()) ?? '', /深圳市南山区市场监督管理局（县级）.*等待上级部门同意/);
    assert.equal(await county.locator('[data-testid="listing-step-approve"]').count(), 0);
    assert.equal((await county.locator('[data-testid="listing-state"]').textContent())?.trim(), '待上级同意');
    await county.close();

    const city = await signedIn('sz.officer');
    await city.goto(`${suite.server.url}/credit/listings/${listingId}`);
    await city.locator('[data-testid="listing-approval-notice"]').getByText('本部门可以同意').waitFor({
      timeout: TIMEOUT,
    });
    await city.click('[data-testid="listing-step-approve"]');
    const modal = city.locator('[data-testid="listing-step-modal"]');
    await modal.locator('textarea').fill('经审查，同意列入');
    await modal.getByRole('button', { name: OK }).click();
    await city.locator('[data-testid="listing-state"]', { hasText: '已决定' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await city.locator('[data-testid="listing-approval-notice"]').count(), 0);
    await city.close();
  });

  test('the enterprise user sees its own credit, objects to the listing and applies for repair', async () => {
    const page = await signedIn('xinghe.user');
    await withPageTrace(page, 'credit-mine', async () => {
      await page.click('[data-testid="nav-credit-mine"]');
      const subject = page.locator('[data-testid="credit-mine-subject"]');
      await subject.waitFor({ timeout: TIMEOUT });
      assert.match((await subject.textContent()) ?? '', new RegExp(XINGHE.uscc));

      const listings = page.locator('[data-testid="credit-mine-listings"]');
      const row = listings.locator('tr', { hasText: '浏览器测试：故意侵犯商标专用权' });
      await row.getByText('已决定').waitFor({ timeout: TIMEOUT });
      assert.match((await row.textContent()) ?? '', new RegExp(daysAgo(40)), 'the notice date is shown');

      await row.locator('[data-testid="credit-mine-object"]').click();
      const objection = page.locator('[data-testid="listing-objection-modal"]');
      await fillSettled(objection.locator('textarea'), '所涉处罚决定已申请行政复议');
      await objection.getByRole('button', { name: OK }).click();
      const objections = page.locator('[data-testid="credit-mine-objections"]');
      await objections.getByText('所涉处罚决定已申请行政复议').waitFor({ timeout: TIMEOUT });
      assert.match((await objections.textContent()) ?? '', /待答复/);

      const records = page.locator('[data-testid="credit-mine-records"]');
      await records.getByText('公示中').waitFor({ timeout: TIMEOUT });
      await records.locator('[data-testid="credit-mine-repair"]').click();
      const repair = page.locator('[data-testid="credit-mine-repair-modal"]');
      await fillSettled(repair.locator('textarea'), '已缴纳罚款、停止销售，承诺不再违法');
      await fillSettled(repair.locator('input').nth(0), '罚款缴纳凭证');
      await fillSettled(repair.locator('input').nth(1), 'PAY-2026-T1');
      await repair.getByRole('button', { name: OK }).click();
      const repairs = page.locator('[data-testid="credit-mine-repairs"]');
      await repairs.getByText('已申请').waitFor({ timeout: TIMEOUT });
      assert.equal(await records.locator('[data-testid="credit-mine-repair"]').count(), 0, 'one at a time');

      const mine = await as('xinghe.user', '/credit/mine');
      assert.equal((mine['objections'] as unknown[]).length, 1);
      assert.equal((mine['repairs'] as unknown[]).length, 1);
    });
    await page.close();
  });
});
