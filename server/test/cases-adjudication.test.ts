/**
 * Patent infringement adjudication through the API: corrections, acceptance with triage, service
 * and defence, panel with a technical investigator, oral hearing, decision, non-compliance for
 * credit supervision; suspension pausing the case limit; mediation inside adjudication and back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CaseDetailDto, usccCheckCharacter } from '@ipp/shared';
import { caseRules, sweepDeadlines } from '../src/modules/cases/index.ts';
import { DEMO_RIGHTS } from '../src/modules/demo/demo.registry.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { type CaseClient, caseClient, daysAhead } from './helpers/cases.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const REQUESTER = {
  role: 'requester',
  kind: 'enterprise',
  name: '深圳市星河智联科技有限公司',
  uscc: uscc('91440300MA5G7K2L3'),
};
const RESPONDENT = {
  role: 'respondent',
  kind: 'enterprise',
  name: '深圳市某某雷达科技有限公司',
  uscc: uscc('91440300MA5P2X7Q9'),
};
const PATENT = DEMO_RIGHTS[0]!.number;

function request(extra: Record<string, unknown> = {}, rights = [{ rightType: 'patent', number: PATENT }]) {
  return {
    title: '星河智联诉某某雷达专利侵权纠纷',
    facts: {
      accusedProduct: '毫米波室内定位模组',
      claims: '请求责令停止制造、销售侵权产品',
      receivedOn: '2026-11-20',
      claimAmount: 300_000,
      ...extra,
    },
    parties: [REQUESTER, RESPONDENT],
    rights,
  };
}

describe('adjudication cases', () => {
  let platform: TestPlatform;
  let cases: CaseClient;
  let officer: string;
  let mediator: string;

  before(async () => {
    platform = await createTestPlatform();
    cases = caseClient(platform);
    officer = await platform.login('nanshan.officer');
    mediator = await platform.login('nanshan.mediator');
  });
  after(() => platform.close());

  test('runs from request to closing; triage picks the simple procedure and says why', async () => {
    let c = await cases.open(officer, 'adjudication', request());
    assert.equal(c.state, 'requested');
    assert.equal(c.rights[0]?.verification['exists'], true);
    c = await cases.move(officer, c, 'ask_correction', {
      corrections: '请补充被控侵权产品购买公证书',
      deadline: daysAhead(20),
    });
    c = await cases.move(officer, c, 'corrected', { correctionNote: '已提交公证书' });
    c = await cases.move(officer, c, 'accept', { opinion: '符合受理条件' });
    assert.equal(c.procedure, 'simple');
    assert.match(c.procedureReason ?? '', /简易程序/);
    assert.ok(
      c.deadlines.some((d) => d.ruleId === 'adj.case_limit' && d.unit === 'months' && d.status === 'open'),
    );
    c = await cases.move(officer, c, 'serve_respondent', { servedOn: daysAhead(0) });
    assert.ok(c.deadlines.some((d) => d.ruleId === 'adj.defence' && d.amount === 15 && d.status === 'open'));
    c = await cases.move(officer, c, 'defence_received', { defenceSummary: '被请求人主张现有技术抗辩' });
    const investigator = (
      await platform.database.query<{ id: string }>(`select id from case_experts where name = '邓志远'`)
    )[0]!.id;
    c = await cases.move(officer, c, 'assign_panel', {
      panelMembers: '陈晓燕，王志强，刘海涛',
      technicalInvestigatorId: investigator,
    });
    assert.deepEqual(c.assignments.map((a) => a.role).sort(), [
      'panel',
      'panel',
      'panel',
      'technical_investigator',
    ]);
    const tooSoon = await cases.attempt(officer, c, 'schedule_hearing', {
      hearingDate: daysAhead(0),
      hearingPlace: '第一审理庭',
    });
    assert.equal(tooSoon.json().code, 'CASE_PRECONDITION_FAILED');
    c = await cases.move(officer, c, 'schedule_hearing', {
      hearingDate: daysAhead(21),
      hearingPlace: '第一审理庭',
    });
    c = await cases.move(officer, c, 'hearing_held', { hearingRecord: '双方质证，技术调查官发表意见' });
    c = await cases.move(officer, c, 'decide', {
      outcome: 'infringement_found',
      orderToStop: true,
      reasoning: '被控产品落入权利要求1保护范围',
    });
    c = await cases.move(officer, c, 'serve_decision', { decisionServedOn: daysAhead(0) });
    c = await cases.move(officer, c, 'record_noncompliance', {
      noncompliance: '被请求人继续销售',
      partyRole: 'respondent',
    });
    const feed = c.events.find((e) => e.kind === 'credit_feed');
    assert.deepEqual(
      ((feed?.payload?.['subjects'] ?? []) as { name: string }[]).map((s) => s.name),
      [RESPONDENT.name],
    );
    const credit = (
      await platform.as(officer, {
        method: 'GET',
        url: '/api/v1/credit/records?category=adjudication_noncompliance',
      })
    ).json();
    // Only this case's respondent: the demo data has a non-compliance record of its own.
    const mine = (credit.items as { severity: string; subject: { name: string } }[]).filter(
      (r) => r.subject.name === RESPONDENT.name,
    );
    assert.deepEqual(
      mine.map((r) => [r.subject.name, r.severity]),
      [[RESPONDENT.name, 'serious']],
    );
    c = await cases.move(officer, c, 'close', { closingSummary: '已移送信用监管，结案' });
    assert.equal(c.state, 'closed');
    const documents = c.files.filter((f) => f.category === 'document');
    assert.deepEqual(
      documents.map((f) => f.template),
      [
        'correction_notice',
        'acceptance_notice',
        'defence_notice',
        'hearing_notice',
        'adjudication_decision',
        'closing_report',
      ],
    );
    assert.match(documents.find((f) => f.template === 'hearing_notice')?.name ?? '', /^口头审理通知书/);
  });

  test('acceptance needs a linked right; a refusal ends the request with reasons', async () => {
    let c = await cases.open(officer, 'adjudication', request({}, []));
    const blocked = c.actions.find((a) => a.id === 'accept');
    assert.match(blocked?.blockedBy?.zh ?? '', /关联经核验的权利/);
    const refused = await cases.attempt(officer, c, 'accept', { opinion: '受理' });
    assert.equal(refused.json().code, 'CASE_PRECONDITION_FAILED');
    c = await cases.move(officer, c, 'refuse', { reasons: '请求书未载明涉案专利' });
    assert.equal(c.state, 'rejected');
    assert.ok(c.closedAt);
    const after = await cases.attempt(officer, c, 'accept', { opinion: '受理' });
    assert.equal(after.json().code, 'CASE_TRANSITION_NOT_ALLOWED');
  });

  test('major disputes take the green channel; several respondents the ordinary procedure', async () => {
    const green = await cases.move(
      officer,
      await cases.open(officer, 'adjudication', request({ major: true })),
      'accept',
      { opinion: '重大纠纷' },
    );
    assert.equal(green.procedure, 'green_channel');
    const body = request();
    body.parties.push({ ...RESPONDENT, name: '深圳市另一经销商行', uscc: uscc('92440300MA5Q1Y8R3') });
    const ordinary = await cases.move(officer, await cases.open(officer, 'adjudication', body), 'accept', {
      opinion: '受理',
    });
    assert.equal(ordinary.procedure, 'ordinary');
    const withdrawn = await cases.move(officer, ordinary, 'withdraw', { reasons: '双方和解，请求人撤回' });
    assert.equal(withdrawn.state, 'withdrawn');
  });

  test('suspension pauses the case limit and resumption restarts it where it was', async () => {
    let c = await cases.open(officer, 'adjudication', request());
    c = await cases.move(officer, c, 'accept', { opinion: '受理' });
    c = await cases.move(officer, c, 'serve_respondent', { servedOn: daysAhead(0) });
    c = await cases.move(officer, c, 'suspend', {
      suspensionGround: 'invalidation_pending',
      invalidationRequestNo: '4W118822',
      reasons: '涉案专利无效宣告请求已被受理',
    });
    assert.equal(c.state, 'suspended');
    assert.equal(c.deadlines.find((d) => d.ruleId === 'adj.case_limit')?.status, 'paused');
    c = await cases.move(officer, c, 'resume', { resumptionReason: '无效宣告审查决定维持专利权有效' });
    assert.equal(c.state, 'defence');
    const limit = c.deadlines.find((d) => d.ruleId === 'adj.case_limit');
    assert.equal(limit?.status, 'open');
    assert.ok(
      c.files.some((f) => f.template === 'suspension_notice') &&
        c.files.some((f) => f.template === 'resumption_notice'),
    );
  });

  test('the defence period ends by itself; mediation inside adjudication settles it, or hands it back', async () => {
    const medOrg = await cases.orgId('深圳市南山区知识产权纠纷人民调解委员会');
    const prepared: CaseDetailDto[] = [];
    for (let i = 0; i < 2; i++) {
      let c = await cases.open(officer, 'adjudication', request());
      c = await cases.move(officer, c, 'accept', { opinion: '受理' });
      prepared.push(await cases.move(officer, c, 'serve_respondent', { servedOn: daysAhead(0) }));
    }
    await sweepDeadlines(platform.database.db, daysAhead(60));
    cases.taken.get('adjudication')?.add('defence_period_ends');
    for (const [i, p] of prepared.entries()) {
      let c = await cases.get(officer, p);
      assert.equal(c.state, 'preparation');
      c = await cases.move(officer, c, 'to_mediation', { mediationOrgId: medOrg });
      assert.equal(c.state, 'mediating');
      const childId = c.events.at(-1)?.payload?.['mediationCaseId'] as string;
      let m = await cases.get(mediator, { id: childId, caseType: 'mediation' });
      assert.equal(m.parentCaseId, c.id);
      assert.deepEqual(m.parties.map((x) => x.role).sort(), ['applicant', 'respondent']);
      m = await cases.move(mediator, m, 'request_consent', { deliveredOn: daysAhead(0) });
      m = await cases.move(mediator, m, 'consent_given', {});
      if (i === 0) {
        const linHuimin = (
          await platform.database.query<{ id: string }>(`select id from case_experts where name = '林慧敏'`)
        )[0]!.id;
        m = await cases.move(mediator, m, 'assign_mediator', { mediatorId: linHuimin, chosenBy: 'parties' });
        m = await cases.move(mediator, m, 'draft_agreement', {
          agreementTerms: '被请求人停止销售并支付许可费 20 万元',
        });
        m = await cases.move(mediator, m, 'sign_agreement', {
          signedOn: daysAhead(0),
          signedBy: '双方法定代表人',
        });
        await cases.move(mediator, m, 'close_without_confirmation', {});
        c = await cases.get(officer, c);
        assert.equal(c.state, 'closed');
        assert.ok(c.events.some((e) => e.transition === 'settled'));
        cases.taken.get('adjudication')?.add('settled');
      } else {
        await cases.move(mediator, m, 'fail', { reasons: '双方对赔偿数额分歧较大', nextStep: 'none' });
        c = await cases.get(officer, c);
        assert.equal(c.state, 'preparation');
        assert.equal(c.deadlines.find((d) => d.ruleId === 'adj.case_limit')?.status, 'open');
        cases.taken.get('adjudication')?.add('mediation_failed');
      }
    }
  });

  test('every adjudication transition was taken by these tests', () => {
    const all = caseRules('adjudication')
      .transitions.map((t) => t.id)
      .sort();
    assert.deepEqual([...(cases.taken.get('adjudication') ?? [])].sort(), all);
  });
});
