/** Driving the case pages in chromium: antd selects, declared form fields, and the action loop. */
import assert from 'node:assert/strict';
import type { CaseType, CaseTypeRulesDto } from '@ipp/shared';
import type { Locator, Page } from 'playwright-core';
import { type CaseSpec, type FieldValue, shanghaiDate } from './cases.specs.ts';

export const TIMEOUT = 20_000;

/**
 * Picks an option in an antd select: by its label, or the first one that can be chosen. A click
 * that lands while the dropdown (or the modal under it) is still animating can miss, so the pick
 * is repeated until the dropdown closes.
 */
async function chooseOption(page: Page, select: Locator, label?: string): Promise<void> {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await dropdown.waitFor({ timeout: TIMEOUT });
  const options = dropdown.locator('.ant-select-item-option:not(.ant-select-item-option-disabled)');
  const option = (label ? options.and(page.locator(`[title="${label}"]`)) : options).first();
  for (let attempt = 1; ; attempt++) {
    await option.waitFor({ timeout: TIMEOUT });
    await option.click();
    try {
      await dropdown.waitFor({ state: 'hidden', timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Fills one declared field the way a person would, from its type; `value` overrides the default. */
async function fillField(page: Page, field: Locator, value: FieldValue | undefined): Promise<void> {
  const type = (await field.getAttribute('data-field-type')) ?? 'text';
  const key = (await field.getAttribute('data-field-key')) ?? '';
  const select = field.locator('.ant-select');
  if ((await select.count()) > 0) {
    // enum, org, user, and the mediator suggestions (a text field offered as a choice).
    await chooseOption(page, select.first(), typeof value === 'string' ? value : undefined);
    return;
  }
  switch (type) {
    case 'boolean': {
      const on = (await field.locator('button[role="switch"]').getAttribute('aria-checked')) === 'true';
      if (value !== undefined && Boolean(value) !== on) await field.locator('button[role="switch"]').click();
      return;
    }
    case 'date': {
      const input = field.locator('input').first();
      await input.click();
      await input.fill(String(value ?? shanghaiDate()));
      await input.press('Enter');
      return;
    }
    case 'number':
    case 'money': {
      const min = Number((await field.getAttribute('data-min')) ?? 0);
      await field
        .locator('input')
        .first()
        .fill(String(value ?? Math.max(min, 10_000)));
      return;
    }
    default:
      await field
        .locator('input, textarea')
        .first()
        .fill(String(value ?? `浏览器测试填写的${key}`));
  }
}

/** Fills the required fields of a rules-built form, and the optional ones the spec gives values for. */
async function fillDeclaredFields(
  page: Page,
  scope: Locator,
  values: Record<string, FieldValue>,
): Promise<void> {
  const fields = scope.locator('[data-testid="case-field"]');
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    const key = (await field.getAttribute('data-field-key')) ?? '';
    const required = (await field.getAttribute('data-required')) === 'true';
    if (required || key in values) await fillField(page, field, values[key]);
  }
}

export async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', 'ipp-demo-2026');
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="home-welcome"]').waitFor({ timeout: TIMEOUT });
}

/** The antd select of the form item whose control has this id. */
function selectOf(page: Page, scope: Locator, id: string): Locator {
  return scope
    .locator('.ant-form-item')
    .filter({ has: page.locator(`[id="${id}"]`) })
    .locator('.ant-select')
    .first();
}

export async function registerCase(page: Page, spec: CaseSpec): Promise<string> {
  await page.click(`[data-testid="nav-${spec.type}"]`);
  await page.locator('[data-testid="case-queue-page"]').waitFor({ timeout: TIMEOUT });
  await page.click('[data-testid="case-create"]');
  // An antd modal's root has no box of its own: wait for something inside it instead.
  const modal = page.locator('[data-testid="intake-modal"]');
  await modal.locator('[data-testid="intake-title"]').waitFor({ timeout: TIMEOUT });
  await modal.locator('[data-testid="intake-title"]').fill(spec.title);
  await fillDeclaredFields(page, modal, spec.values);

  for (const [index, party] of spec.parties.entries()) {
    if (index > 0) await modal.getByRole('button', { name: '添加当事人' }).click();
    const card = modal.locator('[data-testid="intake-party"]').nth(index);
    await chooseOption(
      page,
      selectOf(page, card, `intake_parties_${index}_role`),
      roleLabel(spec.type, party.role),
    );
    await card.locator(`#intake_parties_${index}_name`).fill(party.name);
    if (party.uscc) await card.locator(`#intake_parties_${index}_uscc`).fill(party.uscc);
  }
  for (const [index, right] of spec.rights.entries()) {
    await modal.getByRole('button', { name: '添加权利' }).click();
    await chooseOption(page, selectOf(page, modal, `intake_rights_${index}_rightType`), right.typeLabel);
    await modal.locator(`#intake_rights_${index}_number`).fill(right.number);
  }
  await page.click('[data-testid="intake-submit"]');
  try {
    await page.waitForURL(new RegExp(`/cases/${spec.type}/[0-9a-f-]{36}$`), { timeout: TIMEOUT });
  } catch {
    // Say why: the form's own errors, the server's field errors, or its problem notification.
    const errors = await modal.locator('.ant-form-item-explain-error, [role="alert"]').allTextContents();
    const notices = await page.locator('.ant-notification-notice').allTextContents();
    assert.fail(`the ${spec.type} intake was not accepted: ${[...errors, ...notices].join(' | ')}`);
  }
  await page.locator('[data-testid="case-detail"]').waitFor({ timeout: TIMEOUT });
  return page.url().split('/').pop() ?? '';
}

const ROLE_LABELS: Record<string, string> = {
  'enforcement.respondent': '当事人（被调查人）',
  'adjudication.requester': '请求人',
  'adjudication.respondent': '被请求人',
  'mediation.applicant': '申请人',
  'mediation.respondent': '被申请人',
};

function roleLabel(type: CaseType, role: string): string {
  const label = ROLE_LABELS[`${type}.${role}`];
  assert.ok(label, `no label for ${type}.${role}`);
  return label;
}

interface Offered {
  id: string;
  to: string;
  blocked: boolean;
  label: string;
}

async function offeredActions(page: Page): Promise<Offered[]> {
  return page.locator('[data-testid="case-action"]').evaluateAll((buttons) =>
    buttons.map((b) => ({
      id: b.getAttribute('data-action') ?? '',
      to: b.getAttribute('data-to') ?? '',
      blocked: b.getAttribute('data-blocked') === 'true',
      label: b.textContent ?? '',
    })),
  );
}

/** Takes the preferred actions the case offers until it reaches a terminal state; returns those taken. */
export async function runToEnd(page: Page, spec: CaseSpec, rules: CaseTypeRulesDto): Promise<string[]> {
  const detail = page.locator('[data-testid="case-detail"]');
  const labelOf = (state: string) => rules.states.find((s) => s.id === state)?.label.zh ?? state;
  const terminal = new Set(rules.states.filter((s) => s.terminal).map((s) => s.id));
  const taken: string[] = [];
  for (let step = 0; step < 20; step++) {
    const state = (await detail.getAttribute('data-state')) ?? '';
    assert.equal(
      (await page.locator('[data-testid="case-state"]').first().textContent())?.trim(),
      labelOf(state),
      `the header shows the label of state ${state}`,
    );
    if (terminal.has(state)) return taken;
    const offered = await offeredActions(page);
    // A step that leaves the case where it is (assigning the panel) is taken once.
    const next = spec.path.find((id) =>
      offered.some((a) => a.id === id && !a.blocked && !(a.to === state && taken.includes(id))),
    );
    assert.ok(
      next,
      `in ${state} none of the preferred actions is open; offered: ${JSON.stringify(offered)}; ` +
        `blocked: ${await page.locator('[data-testid="case-action-blocked"]').allTextContents()}`,
    );
    const version = await detail.getAttribute('data-version');
    await page.click(`[data-testid="case-action"][data-action="${next}"]`);
    const modal = page.locator('[data-testid="action-modal"]');
    await page.locator('[data-testid="action-submit"]').waitFor({ timeout: TIMEOUT });
    await fillDeclaredFields(page, modal, spec.values);
    await page.click('[data-testid="action-submit"]');
    // The case moves on, or the form says why not: its own checks, or the server's answer.
    const outcome = await page
      .waitForFunction(
        (v) => {
          if (document.querySelector('[data-testid="case-detail"]')?.getAttribute('data-version') !== v)
            return 'moved';
          const modal = document.querySelector('[data-testid="action-modal"]');
          if (modal?.querySelector('[data-testid="action-problems"], .ant-form-item-explain-error'))
            return 'refused';
          return false;
        },
        version,
        { timeout: TIMEOUT },
      )
      .catch(async () => {
        const saving = await page.locator('[data-testid="action-submit"].ant-btn-loading').count();
        assert.fail(
          `action ${next} in ${state}: in ${TIMEOUT / 1000} s the case did not move and the form ` +
            `showed no problem (modal open: ${await modal.count()}, submitting: ${saving > 0})`,
        );
      });
    if ((await outcome.jsonValue()) !== 'moved') {
      const reasons = await modal
        .locator('[data-testid="action-problems"], .ant-form-item-explain-error')
        .allTextContents();
      assert.fail(`action ${next} in ${state} was refused: ${reasons.join(' | ')}`);
    }
    await modal.waitFor({ state: 'detached', timeout: TIMEOUT });
    taken.push(next);
  }
  assert.fail(`the ${spec.type} case did not end in 20 steps; took ${taken.join(' → ')}`);
}

export async function openTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}
