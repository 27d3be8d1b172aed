/** The declared rating and measure rules, without a database. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LISTING_MEASURES, measuresFor, RECORD_MEASURES } from './measures.rules.ts';
import { commitmentWeighs, type RatingFacts, rate, recordWeighs } from './rating.compute.ts';
import { RECORD_DEDUCTIONS, SCHEMES } from './rating.rules.ts';
import { RECORD_CATEGORIES } from './records.rules.ts';

const ASOF = '2026-11-25';
const record = (id: string, category: string, severity = 'general', status = 'active') => ({
  id,
  category,
  severity,
  status,
  decidedOn: '2026-06-01',
  publicityUntil: '2027-06-01',
});
const none: RatingFacts = { records: [], listings: [], commitments: [] };

describe('rating rules', () => {
  test('every scheme declares bands from high to low ending at 0, with a basis', () => {
    for (const scheme of Object.values(SCHEMES)) {
      const mins = scheme.bands.map((b) => b.minScore);
      assert.deepEqual(
        mins,
        [...mins].sort((a, b) => b - a),
      );
      assert.equal(mins.at(-1), 0);
      assert.ok(scheme.basis.length > 0);
      assert.equal(scheme.confirmed, false, 'thresholds are not from a confirmed text');
    }
    assert.deepEqual(
      SCHEMES.agency.bands.map((b) => b.grade),
      ['A+', 'A', 'B', 'C', 'D'],
    );
  });

  test('every record category has a deduction for each severity and a measures entry', () => {
    for (const category of RECORD_CATEGORIES) {
      for (const severity of ['general', 'serious'] as const) {
        const rule = RECORD_DEDUCTIONS[category][severity];
        assert.ok(rule.points > 0 && rule.basis && rule.id.startsWith(`record.${category}`));
      }
      assert.ok(Array.isArray(RECORD_MEASURES[category]));
    }
  });

  test('no facts: 100 points, the top grade', () => {
    assert.deepEqual(rate('agency', none, ASOF), {
      scheme: 'cnipa-agency-2023',
      score: 100,
      grade: 'A+',
      gradeExplain: SCHEMES.agency.bands[0]!.explain,
      deductions: [],
    });
    assert.equal(rate('enterprise', none, ASOF).grade, 'A');
  });

  test('each fact deducts with its rule, points, explanation and id', () => {
    const facts: RatingFacts = {
      records: [record('r1', 'agency_violation', 'serious'), record('r2', 'penalty')],
      listings: [{ id: 'l1', state: 'published', publishUntil: '2029-01-01' }],
      commitments: [{ id: 'c1', honoured: false, checkedOn: '2026-10-01' }],
    };
    const result = rate('agency', facts, ASOF);
    assert.deepEqual(
      result.deductions.map((d) => [d.rule, d.points, d.recordId]),
      [
        ['commitment.broken', 5, 'c1'],
        ['listing.serious_dishonesty', 40, 'l1'],
        ['record.agency_violation.serious', 30, 'r1'],
        ['record.penalty.general', 5, 'r2'],
      ],
    );
    assert.equal(result.score, 20);
    assert.equal(result.grade, 'D');
    assert.match(
      result.deductions[2]!.explain,
      /代理机构严重违法违规.*依据：国家知识产权局知识产权信用管理规定/,
    );
  });

  test('facts that no longer weigh are not counted', () => {
    assert.equal(recordWeighs(record('r', 'penalty', 'general', 'repaired'), ASOF), false);
    assert.equal(recordWeighs({ ...record('r', 'penalty'), publicityUntil: '2026-11-24' }, ASOF), false);
    assert.equal(recordWeighs({ ...record('r', 'penalty'), publicityUntil: ASOF }, ASOF), true);
    assert.equal(commitmentWeighs({ id: 'c', honoured: false, checkedOn: '2025-11-25' }, ASOF), false);
    assert.equal(commitmentWeighs({ id: 'c', honoured: true, checkedOn: '2026-11-01' }, ASOF), false);
    const removed = rate(
      'agency',
      { ...none, listings: [{ id: 'l', state: 'removed', publishUntil: '2029-01-01' }] },
      ASOF,
    );
    assert.equal(removed.score, 100);
  });

  test('the score never goes below zero', () => {
    const many = Array.from({ length: 10 }, (_, i) => record(`r${i}`, 'agency_violation', 'serious'));
    assert.equal(rate('agency', { ...none, records: many }, ASOF).score, 0);
  });

  test('measures: a listing brings the list measures, a CNIPA category its own, a penalty none', () => {
    const applied = measuresFor({
      listings: [{ id: 'l1' }],
      records: [
        { id: 'r1', category: 'abnormal_patent_application' },
        { id: 'r2', category: 'penalty' },
      ],
    });
    const fromListing = applied.filter((m) => m.rule === 'list.serious_dishonesty');
    assert.equal(fromListing.length, LISTING_MEASURES.length);
    assert.ok(fromListing.some((m) => m.measure === '不予适用快速预审'));
    assert.ok(applied.some((m) => m.rule === 'record.abnormal_patent_application' && m.sourceId === 'r1'));
    assert.ok(applied.every((m) => m.basis.length > 0));
    assert.equal(measuresFor({ listings: [], records: [{ id: 'r2', category: 'penalty' }] }).length, 0);
  });
});
