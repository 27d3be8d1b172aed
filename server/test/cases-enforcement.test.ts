/**
 * Enforcement cases through the API: intake to closing, every refusal the rules make (state,
 * form, fine range, jurisdiction, version), idempotent retries, and the deadline sweep.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { caseRules, sweepDeadlines } from '../src/modules/cases/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { daysAhead } from './helpers/cases.ts';

const RESPONDENT = {
  role: 'respondent',
  kind: 'enterprise',
  name: '深圳市某某电子商行',
  uscc: `91440300MA5K8Q1W2${usccCheckCharacter('91440300MA5K8Q1W2')}`,
};

describe('enforcement cases', () => {
  let platform: TestPlatform;
  let nanshan: string;
  let futian: string;
  let shenzhen: string;
  const taken = new Set<string>();

  before(async () => {
    platform = await createTestPlatform();
    [nanshan, futian, shenzhen] = await Promise.all([
      platform.login('nanshan.officer'),
      platform.login('futian.officer'),
      platform.login('sz.officer'),
    ]);
  });
  after(() => platform.close());

  async function open(token = nanshan, key?: string) {
    const response = await platform.as(token, {
      method: 'POST',
      url: '/api/v1/enforcement/cases',
      headers: key ? { 'idempotency-key': key } : {},
      payload: {
        title: '销售假冒“星河”注册商标耳机案',
        facts: {
          source: 'rights_holder',
          violationKind: 'trademark_infringement',
          receivedOn: '2026-11-02',
          summary: '权利人投诉某商行销售假冒注册商标耳机',
        },
        parties: [RESPONDENT],
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function move(
    token: string,
    id: string,
    transition: string,
    version: number,
    input: Record<string, unknown> = {},
    key?: string,
  ) {
    const response = await platform.as(token, {
      method: 'POST',
      url: `/api/v1/enforcement/cases/${id}/transitions`,
      headers: key ? { 'idempotency-key': key } : {},
      payload: { transition, version, input },
    });
    if (response.statusCode === 200) taken.add(transition);
    return response;
  }

  test('runs from intake to closing with numbered documents and a credit record', async () => {
    let detail = await open();
    assert.equal(detail.state, 'intake');
    assert.equal(detail.deadlines[0].ruleId, 'enf.verify');
    const steps: [string, Record<string, unknown>][] = [
      ['file', { opinion: '线索属实，建议立案' }],
      [
        'propose_penalty',
        {
          violationFacts: '销售侵权耳机 300 副',
          illegalAmount: 30_000,
          proposedFine: 90_000,
          legalBasis: '《商标法》第六十条第二款',
        },
      ],
      ['statement_received', { statement: '对事实无异议', opinion: '维持' }],
      ['decide_penalty', { fine: 90_000, legalBasis: '《商标法》第六十条第二款' }],
      ['record_execution', { executionResult: '罚款已缴纳', paidOn: '2026-11-20' }],
      ['close', { closingSummary: '执行完毕，结案' }],
    ];
    for (const [transition, input] of steps) {
      const response = await move(nanshan, detail.id, transition, detail.version, input);
      assert.equal(response.statusCode, 200, `${transition}: ${response.body}`);
      detail = response.json();
    }
    assert.equal(detail.state, 'closed');
    assert.ok(detail.closedAt);
    assert.match(detail.caseNumber, /^深南市监知立字〔\d{4}〕\d+号$/);
    const templates = detail.files
      .filter((f: { category: string }) => f.category === 'document')
      .map((f: { template: string }) => f.template);
    assert.deepEqual(templates, ['filing_approval', 'penalty_notice', 'penalty_decision', 'closing_report']);
    const decision = detail.files.find((f: { template: string }) => f.template === 'penalty_decision');
    assert.match(decision.documentNumber, /^深南市监罚字〔\d{4}〕\d+号$/);
    assert.ok(detail.events.some((e: { kind: string }) => e.kind === 'credit_feed'));
    assert.ok(detail.deadlines.every((d: { status: string }) => d.status !== 'open'));
    const pdf = await platform.as(nanshan, {
      method: 'GET',
      url: `/api/v1/cases/${detail.id}/files/${decision.id}`,
    });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
  });

  test('refuses a transition from the wrong state, an incomplete form and a fine above its legal range', async () => {
    const detail = await open();
    const wrongState = await move(nanshan, detail.id, 'decide_penalty', detail.version, {
      fine: 1,
      legalBasis: 'x',
    });
    assert.equal(wrongState.statusCode, 409);
    assert.equal(wrongState.json().code, 'CASE_TRANSITION_NOT_ALLOWED');
    const filed = (await move(nanshan, detail.id, 'file', detail.version, { opinion: '立案' })).json();
    const incomplete = await move(nanshan, detail.id, 'propose_penalty', filed.version, {
      violationFacts: '…',
    });
    assert.equal(incomplete.statusCode, 422);
    assert.deepEqual(
      incomplete
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
      ['illegalAmount', 'legalBasis', 'proposedFine'],
    );
    // 商标法 第六十条: turnover under 5万 allows at most 25万.
    const tooHigh = await move(nanshan, detail.id, 'propose_penalty', filed.version, {
      violationFacts: '…',
      illegalAmount: 10_000,
      proposedFine: 300_000,
      legalBasis: '商标法',
    });
    assert.equal(tooHigh.statusCode, 422);
    assert.equal(tooHigh.json().code, 'CASE_PRECONDITION_FAILED');
    assert.match(tooHigh.json().detail, /不超过 250000 元（《商标法》（2019）第六十条第二款）/);
    const unknown = await move(nanshan, detail.id, 'teleport', filed.version);
    assert.equal(unknown.json().code, 'CASE_UNKNOWN_TRANSITION');
  });

  test('the county and the levels above see the case; the neighbouring county does not, and the city may not handle it', async () => {
    const detail = await open();
    const neighbour = await platform.as(futian, {
      method: 'GET',
      url: `/api/v1/enforcement/cases/${detail.id}`,
    });
    assert.equal(neighbour.statusCode, 404);
    const neighbourMove = await move(futian, detail.id, 'file', detail.version, { opinion: 'x' });
    assert.equal(neighbourMove.statusCode, 404);
    const city = await platform.as(shenzhen, {
      method: 'GET',
      url: `/api/v1/enforcement/cases/${detail.id}`,
    });
    assert.equal(city.statusCode, 200);
    assert.deepEqual(city.json().actions, []);
    const cityMove = await move(shenzhen, detail.id, 'file', detail.version, { opinion: 'x' });
    assert.equal(cityMove.statusCode, 403);
    const gd = await platform.login('gd.admin');
    assert.equal(
      (await platform.as(gd, { method: 'GET', url: `/api/v1/enforcement/cases/${detail.id}` })).statusCode,
      200,
    );
    const list = (
      await platform.as(futian, { method: 'GET', url: '/api/v1/enforcement/cases?queue=all' })
    ).json();
    assert.ok(!list.items.some((c: { id: string }) => c.id === detail.id));
  });

  test('optimistic locking stops a second move from a stale version; an idempotent retry repeats nothing', async () => {
    const detail = await open();
    const key = `retry-${randomUUID()}`;
    const first = await move(nanshan, detail.id, 'file', detail.version, { opinion: '立案' }, key);
    const retry = await move(nanshan, detail.id, 'file', detail.version, { opinion: '立案' }, key);
    assert.equal(first.statusCode, 200);
    assert.equal(retry.statusCode, 200);
    assert.equal(retry.json().caseNumber, first.json().caseNumber);
    assert.equal(retry.json().version, first.json().version);
    const stale = await move(nanshan, detail.id, 'refuse_filing', detail.version, { reasons: '…' });
    assert.equal(stale.statusCode, 409);
    const current = (
      await platform.as(nanshan, { method: 'GET', url: `/api/v1/enforcement/cases/${detail.id}` })
    ).json();
    assert.equal(current.events.filter((e: { transition: string }) => e.transition === 'file').length, 1);
    const misuse = await move(nanshan, detail.id, 'suspend', current.version, { reasons: 'x' }, key);
    assert.equal(misuse.json().code, 'CASE_IDEMPOTENCY_MISMATCH');
    const intakeKey = `intake-${randomUUID()}`;
    const a = await open(nanshan, intakeKey);
    const b = await open(nanshan, intakeKey);
    assert.equal(a.id, b.id);
  });

  test('two officers moving the same case at once: exactly one wins', async () => {
    const detail = await open();
    const results = await Promise.all([
      move(nanshan, detail.id, 'file', detail.version, { opinion: 'A' }),
      move(nanshan, detail.id, 'refuse_filing', detail.version, { reasons: 'B' }),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
  });

  test('expired deadlines escalate, and the statement period ends by itself', async () => {
    let detail = await open();
    detail = (await move(nanshan, detail.id, 'file', detail.version, { opinion: '立案' })).json();
    detail = (
      await move(nanshan, detail.id, 'propose_penalty', detail.version, {
        violationFacts: '…',
        illegalAmount: 0,
        proposedFine: 10_000,
        legalBasis: '商标法',
      })
    ).json();
    const statement = detail.deadlines.find((d: { ruleId: string }) => d.ruleId === 'enf.statement');
    assert.equal(statement.unit, 'working_days');
    const result = await sweepDeadlines(platform.database.db, '2027-12-31');
    assert.ok(result.transitioned >= 1);
    assert.ok(result.escalated >= 1);
    detail = (
      await platform.as(nanshan, { method: 'GET', url: `/api/v1/enforcement/cases/${detail.id}` })
    ).json();
    assert.equal(detail.state, 'deciding');
    taken.add('statement_period_ends');
    assert.ok(
      detail.events.some(
        (e: { kind: string; transition: string }) =>
          e.kind === 'automatic' && e.transition === 'statement_period_ends',
      ),
    );
    assert.ok(detail.events.some((e: { kind: string }) => e.kind === 'escalation'));
    const overdue = (
      await platform.as(nanshan, { method: 'GET', url: '/api/v1/enforcement/cases?queue=overdue' })
    ).json();
    assert.ok(overdue.items.some((c: { id: string }) => c.id === detail.id));
    assert.ok(overdue.counts.overdue >= 1);
  });

  async function step(
    token: string,
    detail: { id: string; version: number },
    transition: string,
    input: Record<string, unknown>,
  ) {
    const response = await move(token, detail.id, transition, detail.version, input);
    assert.equal(response.statusCode, 200, `${transition}: ${response.body}`);
    return response.json();
  }

  test('a hearing before the decision, and a decision of no penalty', async () => {
    let c = await open();
    c = await step(nanshan, c, 'file', { opinion: '立案' });
    c = await step(nanshan, c, 'propose_penalty', {
      violationFacts: '销售侵权耳机 3,000 副',
      illegalAmount: 60_000,
      proposedFine: 200_000,
      legalBasis: '《商标法》第六十条第二款',
    });
    const notice = await platform.as(nanshan, {
      method: 'GET',
      url: `/api/v1/cases/${c.id}/files/${c.files.find((f: { template: string }) => f.template === 'penalty_notice').id}`,
    });
    assert.equal(notice.statusCode, 200);
    const tooSoon = await move(nanshan, c.id, 'request_hearing', c.version, {
      hearingDate: daysAhead(1),
      hearingPlace: '南山区市场监管局听证室',
    });
    assert.equal(tooSoon.json().code, 'CASE_PRECONDITION_FAILED');
    c = await step(nanshan, c, 'request_hearing', {
      hearingDate: daysAhead(30),
      hearingPlace: '南山区市场监管局听证室',
    });
    assert.equal(c.state, 'hearing');
    c = await step(nanshan, c, 'hearing_held', { hearingRecord: '当事人提供合法来源证据' });
    c = await step(nanshan, c, 'decide_no_penalty', {
      reasons: '当事人能证明该商品是自己合法取得并说明提供者',
      legalBasis: '《商标法》第六十条第二款',
    });
    assert.equal(c.state, 'closing');
    c = await step(nanshan, c, 'close', { closingSummary: '不予处罚，结案' });
    assert.deepEqual(
      c.files
        .filter((f: { category: string }) => f.category === 'document')
        .map((f: { template: string }) => f.template),
      ['filing_approval', 'penalty_notice', 'hearing_notice', 'no_penalty_decision', 'closing_report'],
    );
  });

  test('transfer to public security needs the threshold or a reasonable suspicion', async () => {
    let c = await open();
    c = await step(nanshan, c, 'file', { opinion: '立案' });
    const input = {
      recipient: '深圳市公安局南山分局',
      suspectedCrime: '假冒注册商标罪',
      illegalAmount: 20_000,
      reasonableSuspicion: false,
      reasons: '涉嫌犯罪',
    };
    const below = await move(nanshan, c.id, 'transfer_police', c.version, input);
    assert.equal(below.json().code, 'CASE_PRECONDITION_FAILED');
    c = await step(nanshan, c, 'transfer_police', { ...input, illegalAmount: 180_000 });
    assert.equal(c.state, 'transferred');
    assert.ok(c.closedAt);
    assert.match(
      c.files.find((f: { template: string }) => f.template === 'transfer_letter').name,
      /^涉嫌犯罪案件移送书/,
    );
  });

  test('suspension pauses the 90-day limit; a transfer moves the case to the other region', async () => {
    let c = await open();
    c = await step(nanshan, c, 'file', { opinion: '立案' });
    c = await step(nanshan, c, 'suspend', { reasons: '等待商标权利人鉴定意见' });
    assert.equal(c.deadlines.find((d: { ruleId: string }) => d.ruleId === 'enf.case_limit').status, 'paused');
    c = await step(nanshan, c, 'resume', { reasons: '鉴定意见已出具' });
    assert.equal(c.state, 'filed');
    assert.equal(c.deadlines.find((d: { ruleId: string }) => d.ruleId === 'enf.case_limit').status, 'open');
    const futianOrg = (
      await platform.database.query<{ id: string }>(
        `select id from organizations where name = '深圳市福田区市场监督管理局'`,
      )
    )[0]!.id;
    c = await step(nanshan, c, 'transfer_region', { toOrgId: futianOrg, reasons: '违法行为发生地在福田区' });
    assert.equal(c.regionCode, '440304');
    assert.equal(
      (await platform.as(nanshan, { method: 'GET', url: `/api/v1/enforcement/cases/${c.id}` })).statusCode,
      404,
    );
    const there = (
      await platform.as(futian, { method: 'GET', url: `/api/v1/enforcement/cases/${c.id}` })
    ).json();
    assert.equal(there.state, 'intake');
    assert.ok(there.actions.some((a: { id: string }) => a.id === 'file'));
  });

  test('the compensation dispute goes to mediation while the enforcement case goes on', async () => {
    const complainant = {
      role: 'complainant',
      kind: 'enterprise',
      name: '深圳市星河智联科技有限公司',
      uscc: `91440300MA5G7K2L3${usccCheckCharacter('91440300MA5G7K2L3')}`,
    };
    let c = await open();
    c = await step(nanshan, c, 'file', { opinion: '立案' });
    const medOrg = (
      await platform.database.query<{ id: string }>(
        `select id from organizations where name = '深圳市南山区知识产权纠纷人民调解委员会'`,
      )
    )[0]!.id;
    const blocked = await move(nanshan, c.id, 'refer_to_mediation', c.version, { mediationOrgId: medOrg });
    assert.equal(blocked.json().code, 'CASE_PRECONDITION_FAILED');
    c = (
      await platform.as(nanshan, {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/parties`,
        payload: complainant,
      })
    ).json();
    c = await step(nanshan, c, 'refer_to_mediation', { mediationOrgId: medOrg });
    assert.equal(c.state, 'filed');
    const childId = c.events.at(-1).payload.mediationCaseId;
    const mediator = await platform.login('nanshan.mediator');
    const child = (
      await platform.as(mediator, { method: 'GET', url: `/api/v1/mediation/cases/${childId}` })
    ).json();
    assert.equal(child.facts.origin, 'enforcement');
    assert.equal(child.parentCaseId, c.id);
    assert.deepEqual(child.parties.map((p: { role: string }) => p.role).sort(), ['applicant', 'respondent']);
  });

  test('a lead not worth filing is refused with reasons and a notice', async () => {
    const c = await step(nanshan, await open(), 'refuse_filing', { reasons: '被投诉商品系正品，不构成侵权' });
    assert.equal(c.state, 'not_filed');
    assert.ok(c.closedAt);
    assert.deepEqual(
      c.files.map((f: { template: string }) => f.template),
      ['no_filing_notice'],
    );
  });

  test('every enforcement transition was taken by these tests', () => {
    const all = caseRules('enforcement')
      .transitions.map((t) => t.id)
      .sort();
    assert.deepEqual([...taken].sort(), all);
  });
});
