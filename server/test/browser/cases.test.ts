/**
 * Case handling in chromium, through the web only: the 南山区 officer registers one case of each
 * type with the intake form and takes it to its end by clicking the actions the case offers and
 * filling the forms the rules declare. The path is a preference list over the offered actions, not
 * a script: whatever the case offers is read from the page, and the test fails naming what was on
 * offer when none of the preferred actions is. The outcome is checked where an official sees it:
 * the state label, the generated documents (real PDFs), and the timeline. A failure also tells
 * what the page did before it (API calls, console errors) and where its screenshot is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CaseTypeRulesDto } from '@ipp/shared';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser-suite.ts';
import { withPageTrace } from '../helpers/page-trace.ts';
import { login, openTab, registerCase, runToEnd, TIMEOUT } from './cases.driver.ts';
import { type CaseSpec, SPECS } from './cases.specs.ts';

describe('case handling in chromium', () => {
  const suite = browserSuite();

  for (const spec of SPECS) {
    test(`a ${spec.type} case runs from intake to its end through the web`, async () => {
      const page = await suite.browser.newPage({ locale: 'zh-CN' });
      try {
        await withPageTrace(page, `cases-${spec.type}`, async () => {
          await login(page, suite.server.url, 'nanshan.officer');
          const rulesResponse = await page.request.get(`${suite.server.url}/api/v1/${spec.type}/rules`);
          assert.equal(rulesResponse.status(), 200);
          const rules = (await rulesResponse.json()) as CaseTypeRulesDto;

          const id = await registerCase(page, spec);
          assert.equal(await page.locator('[data-testid="case-title"]').textContent(), spec.title);
          const taken = await runToEnd(page, spec, rules);
          await assertClosed(page, spec, rules, taken);
          await assertDocuments(page, spec, suite.server.url);
          await assertTimeline(page, taken);

          // Back on the queue, the case is among the closed ones.
          await page.click('[data-testid="case-back"]');
          await page.locator('[data-testid="case-queue"][data-queue="closed"]').click();
          await page.locator(`[data-testid="case-link"][data-id="${id}"]`).waitFor({ timeout: TIMEOUT });
        });
      } finally {
        await page.close();
      }
    });
  }
});

/** The header shows the final state's label, a case number, and no further action. */
async function assertClosed(page: Page, spec: CaseSpec, rules: CaseTypeRulesDto, taken: string[]) {
  const detail = page.locator('[data-testid="case-detail"]');
  assert.equal(await detail.getAttribute('data-state'), spec.finalState, `took ${taken.join(' → ')}`);
  const finalLabel = rules.states.find((s) => s.id === spec.finalState)?.label.zh;
  const stateTag = page.locator('[data-testid="case-state"]').first();
  assert.equal((await stateTag.textContent())?.trim(), finalLabel);
  assert.equal(await stateTag.getAttribute('data-terminal'), 'true');
  assert.match((await page.locator('[data-testid="case-number"]').textContent()) ?? '', /〔\d{4}〕/);
  assert.equal(
    await page.locator('[data-testid="case-action"]').count(),
    0,
    'nothing is offered once closed',
  );
  if (spec.type === 'adjudication') {
    // One valid patent, one respondent, no amount: triage chose the simple procedure.
    assert.equal(
      await page.locator('[data-testid="case-procedure"]').getAttribute('data-procedure'),
      'simple',
    );
  }
}

/** Every document the path generates is listed with its SM3, and the preview is the server's PDF. */
async function assertDocuments(page: Page, spec: CaseSpec, serverUrl: string) {
  await openTab(page, /文书与证据/);
  const files = page.locator('[data-testid="case-file"][data-category="document"]');
  await files.first().waitFor({ timeout: TIMEOUT });
  const templates = await files.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-template')));
  for (const template of spec.documents) {
    assert.ok(
      templates.includes(template),
      `document ${template} is listed (listed: ${templates.join(', ')})`,
    );
  }
  const sm3 = await page.locator('[data-testid="case-file-sm3"]').first().textContent();
  assert.match(sm3 ?? '', /^[0-9a-f]{16}…/);
  await page.locator('[data-testid="case-file-preview"]').first().click();
  const frame = page.locator('[data-testid="file-preview"] iframe');
  await frame.waitFor({ timeout: TIMEOUT });
  const pdf = await page.request.get(new URL((await frame.getAttribute('src')) ?? '', serverUrl).toString());
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  await page.keyboard.press('Escape');
}

/** Intake and every step taken are on the timeline. */
async function assertTimeline(page: Page, taken: string[]) {
  await openTab(page, /时间线/);
  const events = page.locator('[data-testid="case-event"]');
  await events.first().waitFor({ timeout: TIMEOUT });
  const recorded = await events.evaluateAll((items) => items.map((e) => e.getAttribute('data-transition')));
  for (const action of taken) {
    assert.ok(recorded.includes(action), `the timeline records ${action} (recorded: ${recorded.join(', ')})`);
  }
  assert.ok((await events.count()) > taken.length, 'intake and every step are on the timeline');
}
