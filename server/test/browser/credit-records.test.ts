/**
 * The officers' credit records page in chromium: the 南山区 officer enters a record by hand through
 * the form (a wrong USCC check character is explained before anything is sent), finds it in the
 * table, opens it, registers an objection for the subject and answers it as upheld, revoking the
 * record — which then shows as revoked and is gone from the public lookup.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { USCC_CHARSET, usccCheckCharacter } from '@ipp/shared';
import type { Locator, Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser-suite.ts';
import { withPageTrace } from '../helpers/page-trace.ts';

const TIMEOUT = 20_000;
const BODY = '91440300MA5L6M7N8';
const USCC = BODY + usccCheckCharacter(BODY);
const WRONG_USCC = BODY + ([...USCC_CHARSET].find((c) => c !== usccCheckCharacter(BODY)) as string);
const NAME = '深圳市南山区浏览器测试科技有限公司';
const SUMMARY = '销售侵犯注册商标专用权的商品（浏览器测试）';
const REFERENCE = '深南市监罚〔2026〕88号';

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', 'ipp-demo-2026');
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="home-welcome"]').waitFor({ timeout: TIMEOUT });
}

/** Clicks a modal's OK button and waits until the modal has gone (the server accepted). */
async function submitModal(page: Page, modal: Locator, button: string): Promise<void> {
  await page.click(`[data-testid="${button}"]`);
  await modal.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The form: a wrong check character is explained on the field; the record then heads the table. */
async function enterRecord(page: Page): Promise<Locator> {
  await page.click('[data-testid="credit-record-new"]');
  const form = page.locator('[data-testid="record-form-modal"]');
  await form.locator('[data-testid="record-subject-name"]').fill(NAME);
  const uscc = form.locator('[data-testid="record-subject-uscc"]');
  await uscc.fill(WRONG_USCC);
  await uscc.blur();
  await form.getByText(`校验码错误：第 18 位应为 ${usccCheckCharacter(BODY)}`).waitFor({ timeout: TIMEOUT });
  await uscc.fill(USCC);
  await form.locator('[data-testid="record-legal-basis"]').fill('《商标法》第六十条第二款');
  await form.locator('[data-testid="record-summary"]').fill(SUMMARY);
  await form.locator('[data-testid="record-doc-name-0"]').fill('行政处罚决定书');
  await form.locator('[data-testid="record-doc-reference-0"]').fill(REFERENCE);
  await submitModal(page, form, 'record-form-submit');

  const row = page.locator('[data-testid="credit-records-table"] tr').filter({ hasText: NAME });
  await row.waitFor({ timeout: TIMEOUT });
  assert.match((await row.textContent()) ?? '', /行政处罚/);
  assert.match((await row.textContent()) ?? '', /公示中/);
  return row;
}

/** The record's drawer, opened from its row, shows what was entered. */
async function openRecord(page: Page, row: Locator): Promise<Locator> {
  await row.locator('[data-testid="credit-record-open"]').click();
  const drawer = page.locator('[data-testid="record-drawer"]');
  const basis = drawer.locator('[data-testid="record-legal-basis-shown"]');
  await basis.waitFor({ timeout: TIMEOUT });
  assert.equal(await basis.textContent(), '《商标法》第六十条第二款');
  assert.equal(await drawer.locator('[data-testid="record-summary-shown"]').textContent(), SUMMARY);
  assert.match((await drawer.locator('[data-testid="record-documents"]').textContent()) ?? '', /88号/);
  assert.equal(await drawer.locator('[data-testid="record-status"]').getAttribute('data-status'), 'active');
  return drawer;
}

/** The officer registers the subject's objection; it shows as awaiting an answer. */
async function objectFor(page: Page, drawer: Locator): Promise<void> {
  await drawer.locator('[data-testid="record-object"]').click();
  const objecting = page.locator('[data-testid="record-objection-modal"]');
  await objecting.locator('[data-testid="record-objection-content"]').fill('该处罚决定已被复议撤销');
  await submitModal(page, objecting, 'record-objection-submit');
  const status = drawer.locator('[data-testid="record-objection-status"]');
  await status.waitFor({ timeout: TIMEOUT });
  assert.equal(await status.getAttribute('data-status'), 'open');
  assert.equal((await status.textContent())?.trim(), '待答复');
}

/** The objection is answered as upheld, revoking the record. */
async function uphold(page: Page, drawer: Locator): Promise<void> {
  await drawer.locator('[data-testid="record-objection-answer"]').click();
  const answering = page.locator('[data-testid="record-answer-modal"]');
  await answering.locator('[data-testid="record-objection-content-shown"]').waitFor({ timeout: TIMEOUT });
  // check() clicks and then confirms the radio is checked, so a click that did not take says so.
  await answering.getByRole('radio', { name: '异议成立', exact: true }).check();
  const resolution = answering.locator('[data-testid="record-objection-resolution"]');
  await resolution.waitFor({ timeout: TIMEOUT });
  await resolution.getByRole('radio', { name: '撤销记录（停止公示）' }).check();
  await answering.locator('[data-testid="record-objection-answer-text"]').fill('经核实，处罚决定已被撤销');
  await submitModal(page, answering, 'record-objection-submit');
  const upheld = drawer.locator('[data-testid="record-objection-status"][data-status="upheld"]');
  await upheld.waitFor({ timeout: TIMEOUT });
  assert.equal((await upheld.textContent())?.trim(), '异议成立（已撤销记录）');
  await drawer.locator('[data-testid="record-status"][data-status="revoked"]').waitFor({ timeout: TIMEOUT });
}

describe('credit records page', () => {
  const suite = browserSuite();

  test('an officer enters a record by hand, opens it from the table, and an objection to it is upheld', async () => {
    const page = await suite.browser.newPage({ locale: 'zh-CN' });
    try {
      await withPageTrace(page, 'credit-records', async () => {
        await login(page, suite.server.url, 'nanshan.officer');
        await page.click('[data-testid="nav-credit-records"]');
        await page.locator('[data-testid="credit-records-page"]').waitFor({ timeout: TIMEOUT });
        const drawer = await openRecord(page, await enterRecord(page));
        await objectFor(page, drawer);
        await uphold(page, drawer);
      });
      const lookup = await page.request.post(`${suite.server.url}/api/v1/public/credit/lookup`, {
        data: { subject: USCC },
      });
      assert.equal(lookup.status(), 200);
      const found = (await lookup.json()) as { subjects: { recordsInPublicity: { summary: string }[] }[] };
      assert.ok(
        !found.subjects.some((s) => s.recordsInPublicity.some((r) => r.summary === SUMMARY)),
        'the revoked record is no longer public',
      );
    } finally {
      await page.close();
    }
  });
});
