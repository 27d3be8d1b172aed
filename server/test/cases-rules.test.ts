/**
 * The rules tables, checked as a whole: every transition is refused from each state it does not
 * leave from, and the platform's own (automatic) transitions are refused to people; every deadline
 * and state a rule names exists; and statutory clocks land where the holiday calendar puts them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CaseType, usccCheckCharacter } from '@ipp/shared';
import { allCaseRules, caseRules, dueCalculatorFor, insertNewCase } from '../src/modules/cases/index.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { caseClient } from './helpers/cases.ts';

const PARTY = {
  role: 'respondent',
  kind: 'enterprise',
  name: '深圳市某某商行',
  uscc: `92440300MA5K3R7T1${usccCheckCharacter('92440300MA5K3R7T1')}`,
};
const INTAKE: Record<CaseType, Record<string, unknown>> = {
  enforcement: {
    source: 'complaint',
    violationKind: 'trademark_infringement',
    receivedOn: '2026-02-12',
    summary: '投诉',
  },
  adjudication: { accusedProduct: '产品', claims: '停止侵权', receivedOn: '2026-02-12' },
  mediation: { origin: 'application', disputeKind: 'contract', field: '通信', claims: '调解' },
};

describe('case rules', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform();
  });
  after(() => platform.close());

  test('the tables are complete: states, deadlines and expiry transitions all exist', () => {
    for (const rules of allCaseRules()) {
      const states = new Set(Object.keys(rules.states));
      assert.ok(states.has(rules.initial), rules.caseType);
      for (const t of rules.transitions) {
        for (const from of t.from) assert.ok(states.has(from), `${rules.caseType}.${t.id} from ${from}`);
        assert.ok(
          t.to === '$previous' || t.to === '$same' || states.has(t.to),
          `${rules.caseType}.${t.id} to ${t.to}`,
        );
      }
      const deadlines = new Set(rules.deadlines.map((d) => d.id));
      for (const [id, s] of Object.entries(rules.states)) {
        for (const d of s.deadlines ?? []) assert.ok(deadlines.has(d), `${rules.caseType} state ${id}: ${d}`);
      }
      for (const d of rules.deadlines) {
        assert.ok(
          d.versions.every((v) => v.basis.length > 4),
          `${d.id} cites its basis`,
        );
        if (d.onExpiry.kind === 'transition') {
          const target = rules.transitions.find(
            (t) => t.id === (d.onExpiry as { transition: string }).transition,
          );
          assert.ok(target?.automatic, `${d.id} expires into an automatic transition`);
        }
      }
    }
  });

  test('every transition is refused from every state it does not leave from', async () => {
    const cases = caseClient(platform);
    const tokens = {
      enforcement: 'nanshan.officer',
      adjudication: 'nanshan.officer',
      mediation: 'nanshan.mediator',
    };
    for (const rules of allCaseRules()) {
      const token = await platform.login(tokens[rules.caseType]);
      const parties =
        rules.caseType === 'enforcement'
          ? [PARTY]
          : [{ ...PARTY, role: rules.caseType === 'mediation' ? 'applicant' : 'requester' }, PARTY];
      const detail = await cases.open(token, rules.caseType, {
        title: `${rules.label.zh}规则检查`,
        facts: INTAKE[rules.caseType],
        parties,
      });
      for (const t of rules.transitions) {
        for (const state of Object.keys(rules.states).filter((s) => !t.from.includes(s))) {
          await platform.database.query('update cases set state = $1 where id = $2', [state, detail.id]);
          const response = await cases.attempt(token, { ...detail, version: detail.version }, t.id, {});
          const expected = t.automatic ? 'PLATFORM_FORBIDDEN' : 'CASE_TRANSITION_NOT_ALLOWED';
          assert.equal(
            response.json().code,
            expected,
            `${rules.caseType}.${t.id} from ${state}: ${response.body}`,
          );
        }
      }
    }
  });

  test('statutory clocks follow the holiday calendar across the 2026 Spring Festival and National Day', async () => {
    const context = { db: platform.database.db, actor: systemActor('rules-test'), requestId: null };
    const nanshan = (
      await platform.database.query<{ id: string }>(
        `select id from organizations where name = '深圳市南山区市场监督管理局'`,
      )
    )[0]!.id;
    const due = async (caseType: CaseType, openedOn: string) => {
      const calendar = await dueCalculatorFor(platform.database.db, openedOn);
      const row = await platform.database.db.transaction((tx) =>
        insertNewCase(
          tx,
          { ...context, db: tx },
          caseType,
          { title: '期限', facts: INTAKE[caseType], parties: [PARTY as never], orgId: nanshan },
          calendar,
        ),
      );
      return (
        await platform.database.query<{ rule_id: string; due_on: string }>(
          'select rule_id, due_on::text from case_deadlines where case_id = $1',
          [row.id],
        )
      )[0];
    };
    // 5 working days from Thu 2026-02-12: Fri 13, Sat 14 (make-up day), 15–23 off, Tue 24, Wed 25, Thu 26.
    assert.deepEqual(await due('adjudication', '2026-02-12'), {
      rule_id: 'adj.acceptance',
      due_on: '2026-02-26',
    });
    // 15 working days from Fri 2026-09-18: Sun 09-20 (make-up) 1, 21–24 2–5, 中秋 09-25..27 off,
    // 28–30 6–8, 国庆 10-01..07 off, 08–09 9–10, Sat 10-10 (make-up) 11, 12–15 12–15.
    assert.deepEqual(await due('enforcement', '2026-09-18'), { rule_id: 'enf.verify', due_on: '2026-10-15' });
    assert.equal(
      caseRules('enforcement').deadlines.find((d) => d.id === 'enf.verify')?.versions[0]?.unit,
      'working_days',
    );
  });
});
