/** The listing rules table is complete and every number carries its basis and confirmation status. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PERMISSIONS } from '@ipp/shared';
import { LISTING_STEP_NAMES, LISTING_STEPS, OBJECTION_STATES, PERIODS, REMOVALS } from './listing.rules.ts';

const STATES = ['proposed', 'notified', 'decided', 'published', 'removed', 'withdrawn'];

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
});
