/** The listing rules table is complete and every number carries its basis and confirmation status. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PERMISSIONS } from '@ipp/shared';
import {
  type ApprovalVersion,
  approvalVersionFor,
  isHigherLevel,
  needsUpperApproval,
  UPPER_APPROVAL_VERSIONS,
} from './listing.approval.ts';
import { LISTING_STEP_NAMES, LISTING_STEPS, OBJECTION_STATES, PERIODS, REMOVALS } from './listing.rules.ts';

const STATES = ['proposed', 'notified', 'awaiting_approval', 'decided', 'published', 'removed', 'withdrawn'];

describe('listing rules', () => {
  test('every step starts from known states, needs a known permission and cites its basis', () => {
    for (const name of LISTING_STEP_NAMES) {
      const rule = LISTING_STEPS[name];
      assert.equal(rule.step, name);
      assert.ok(rule.from.length > 0 && rule.from.every((s) => STATES.includes(s)), name);
      assert.ok(STATES.includes(rule.to), name);
      assert.ok(rule.permission in PERMISSIONS, `${name}: ${rule.permission}`);
      assert.ok(rule.legalBasis.length > 2 && rule.explain.length > 2, name);
    }
  });

  test('nothing leaves a closed listing, and a published one leaves only by removal', () => {
    for (const rule of Object.values(LISTING_STEPS)) {
      assert.ok(!rule.from.includes('removed') && !rule.from.includes('withdrawn'), rule.step);
      assert.ok(
        !rule.from.includes('published'),
        `${rule.step}: published listings are removed, not stepped`,
      );
    }
    for (const removal of Object.values(REMOVALS)) assert.ok(removal.from.includes('published'));
    assert.ok(!OBJECTION_STATES.includes('proposed'), 'no objection before notice');
  });

  test('the periods are declared with their basis; unconfirmed ones are marked so', () => {
    for (const [name, period] of Object.entries(PERIODS)) {
      assert.ok(period.amount > 0 && period.basis && period.explain, name);
      if (!period.confirmed) assert.match(period.explain, /待核实/, name);
    }
    assert.equal(PERIODS.statement.amount, 5);
    assert.equal(PERIODS.publication.amount, 36);
    assert.equal(PERIODS.earlyRemoval.amount, 12);
  });

  test('the consent steps leave only the awaiting state, for the upper level, with reasons', () => {
    assert.equal(LISTING_STEPS.decide.toWhenApprovalNeeded, 'awaiting_approval');
    for (const name of ['approve', 'send_back'] as const) {
      const rule = LISTING_STEPS[name];
      assert.deepEqual(rule.from, ['awaiting_approval']);
      assert.equal(rule.jurisdiction, 'upper_level');
      assert.equal(rule.permission, 'credit.listing.approve');
    }
    assert.equal(LISTING_STEPS.approve.to, 'decided');
    assert.equal(LISTING_STEPS.send_back.to, 'notified', 'sent back to the state before the decision');
    assert.deepEqual(LISTING_STEPS.send_back.required, ['reason']);
    assert.deepEqual(LISTING_STEPS.publish.from, ['decided'], 'nothing is published without consent');
  });
});

describe('upper-level consent by the date of the decision', () => {
  test('令第44号 from 2021-09-01: county and city decisions need consent, province and national do not', () => {
    for (const level of ['county', 'city'] as const) {
      assert.equal(needsUpperApproval(level, '2026-11-10').required, true, level);
    }
    for (const level of ['province', 'national'] as const) {
      assert.equal(needsUpperApproval(level, '2026-11-10').required, false, level);
    }
    assert.equal(approvalVersionFor('2021-09-01').from, '2021-09-01');
  });

  test('the 2025 draft is declared, unconfirmed and not in force until it is given a date', () => {
    const draft = UPPER_APPROVAL_VERSIONS.find((v) => v.from === null);
    assert.ok(draft, 'the draft is declared');
    assert.equal(draft.confirmed, false);
    assert.match(draft.explain, /待核实/);
    assert.deepEqual(draft.requiredFor, []);
    assert.equal(needsUpperApproval('county', '2030-01-01').required, true, 'a draft is never chosen');
    const adopted: ApprovalVersion[] = UPPER_APPROVAL_VERSIONS.map((v) =>
      v.from === null ? { ...v, from: '2026-07-01' } : v,
    );
    assert.equal(needsUpperApproval('county', '2026-06-30', adopted).required, true, 'the day before');
    assert.equal(needsUpperApproval('county', '2026-07-01', adopted).required, false, 'from adoption');
    for (const v of UPPER_APPROVAL_VERSIONS) if (!v.confirmed) assert.match(v.explain, /待核实/);
  });

  test('only a higher level may consent', () => {
    assert.ok(isHigherLevel('city', 'county') && isHigherLevel('province', 'county'));
    assert.ok(isHigherLevel('province', 'city') && isHigherLevel('national', 'city'));
    assert.ok(!isHigherLevel('county', 'county') && !isHigherLevel('city', 'city'));
    assert.ok(!isHigherLevel('county', 'city'));
  });
});
