/**
 * Mediation through the API: consent, mediator suggestion with conflicts of interest, sessions
 * (online only with consent), the agreement from its template, judicial confirmation (refused for
 * ownership disputes), and failure handing the dispute to adjudication with its file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { caseRules, sweepDeadlines } from '../src/modules/cases/index.ts';
import { DEMO_RIGHTS } from '../src/modules/demo/demo.registry.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { type CaseClient, caseClient, daysAhead } from './helpers/cases.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const APPLICANT = {
  role: 'applicant',
  kind: 'enterprise',
  name: '深圳市星河智联科技有限公司',
  uscc: uscc('91440300MA5G7K2L3'),
};
const RESPONDENT = { role: 'respondent', kind: 'person', name: '王小明', idNumber: '11010519491231002X' };

function application(extra: Record<string, unknown> = {}) {
  return {
    title: '星河智联与王小明专利许可费纠纷',
    facts: {
      origin: 'application',
      disputeKind: 'contract',
      field: '通信',
      claims: '支付拖欠的许可使用费',
      ...extra,
    },
    parties: [APPLICANT, RESPONDENT],
    rights: [{ rightType: 'patent', number: DEMO_RIGHTS[0]!.number }],
  };
}

describe('mediation cases', () => {
  let platform: TestPlatform;
  let cases: CaseClient;
  let mediator: string;

  before(async () => {
    platform = await createTestPlatform();
    cases = caseClient(platform);
    mediator = await platform.login('nanshan.mediator');
  });
  after(() => platform.close());

  test('a person’s identity number is checked, then kept only masked', async () => {
    const bad = await platform.as(mediator, {
      method: 'POST',
      url: '/api/v1/mediation/cases',
      payload: { ...application(), parties: [APPLICANT, { ...RESPONDENT, idNumber: '110105194912310021' }] },
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(
      bad.json().errors.map((e: { path: string }) => e.path),
      ['parties/1/idNumber'],
    );
    const c = await cases.open(mediator, 'mediation', application());
    assert.equal(c.parties[1]?.idNumberMasked, '110***********002X');
    const stored = await platform.database.query<{ n: number }>(
      `select count(*)::int as n from case_parties where id_number_masked like '110%' and id_number_hash is not null`,
    );
    assert.ok((stored[0]?.n ?? 0) >= 1);
    assert.ok(!JSON.stringify(c).includes('11010519491231002X'));
  });

  test('runs from application to judicial confirmation with the suggested mediator', async () => {
    let c = await cases.open(mediator, 'mediation', application());
    c = await cases.move(mediator, c, 'request_consent', { deliveredOn: daysAhead(0) });
    assert.equal(c.deadlines.find((d) => d.ruleId === 'med.consent')?.amount, 15);
    c = await cases.move(mediator, c, 'consent_given', { consentNote: '书面同意' });
    assert.ok(c.caseNumber?.includes('知调字'));
    const suggestions = (
      await platform.as(mediator, {
        method: 'GET',
        url: `/api/v1/mediation/cases/${c.id}/mediator-suggestions`,
      })
    ).json().items;
    assert.equal(suggestions[0].name, '林慧敏');
    assert.ok(suggestions[0].reasons.some((r: string) => r.includes('通信')));
    c = await cases.move(mediator, c, 'assign_mediator', {
      mediatorId: suggestions[0].expertId,
      chosenBy: 'platform',
    });
    const online = await cases.attempt(mediator, c, 'hold_session', {
      sessionDate: daysAhead(1),
      sessionMode: 'online',
      minutes: '…',
    });
    assert.equal(online.json().code, 'CASE_PRECONDITION_FAILED');
    c = await cases.move(mediator, c, 'hold_session', {
      sessionDate: daysAhead(1),
      sessionMode: 'online',
      onlineConsent: true,
      minutes: '双方就分期支付达成初步意向',
    });
    c = await cases.move(mediator, c, 'draft_agreement', {
      agreementTerms: '王小明于三个月内分三期支付许可费 6 万元',
      performanceDeadline: daysAhead(90),
    });
    c = await cases.move(mediator, c, 'sign_agreement', {
      signedOn: daysAhead(2),
      signedBy: '星河智联法定代表人、王小明',
    });
    assert.equal(c.deadlines.find((d) => d.ruleId === 'med.confirmation' && d.status === 'open')?.amount, 30);
    c = await cases.move(mediator, c, 'apply_confirmation', {
      court: '深圳市南山区人民法院',
      appliedOn: daysAhead(5),
    });
    c = await cases.move(mediator, c, 'record_confirmation', {
      confirmationResult: 'valid',
      rulingNumber: '（2026）粤0305民特123号',
    });
    assert.equal(c.state, 'closed');
    assert.deepEqual(
      c.files.filter((f) => f.category === 'document').map((f) => f.template),
      ['mediation_agreement'],
    );
  });

  test('a mediator tied to a party is flagged and cannot be assigned', async () => {
    const tied = { ...APPLICANT, name: '某服装公司', uscc: uscc('91440300MA5G7K2L3') };
    let c = await cases.open(mediator, 'mediation', {
      ...application({ field: '商标' }),
      parties: [tied, RESPONDENT],
    });
    c = await cases.move(mediator, c, 'request_consent', { deliveredOn: daysAhead(0) });
    c = await cases.move(mediator, c, 'consent_given', {});
    const suggestions = (
      await platform.as(mediator, {
        method: 'GET',
        url: `/api/v1/mediation/cases/${c.id}/mediator-suggestions`,
      })
    ).json().items;
    const zheng = suggestions.find((s: { name: string }) => s.name === '郑国华');
    assert.match(zheng.conflict, /回避/);
    assert.equal(zheng.score, 0);
    const refused = await cases.attempt(mediator, c, 'assign_mediator', {
      mediatorId: zheng.expertId,
      chosenBy: 'parties',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.json().errors[0].message, /利益冲突/);
  });

  test('ownership agreements cannot go to judicial confirmation; no answer to consent ends the case', async () => {
    let c = await cases.open(mediator, 'mediation', application({ disputeKind: 'ownership' }));
    c = await cases.move(mediator, c, 'request_consent', { deliveredOn: daysAhead(0) });
    c = await cases.move(mediator, c, 'consent_given', {});
    assert.ok(c.deadlines.some((d) => d.ruleId === 'med.time_limit_ownership' && d.unit === 'months'));
    const linHuimin = (
      await platform.database.query<{ id: string }>(`select id from case_experts where name = '林慧敏'`)
    )[0]!.id;
    c = await cases.move(mediator, c, 'assign_mediator', { mediatorId: linHuimin, chosenBy: 'parties' });
    c = await cases.move(mediator, c, 'draft_agreement', { agreementTerms: '专利权归申请人所有' });
    c = await cases.move(mediator, c, 'sign_agreement', { signedOn: daysAhead(0), signedBy: '双方' });
    const apply = c.actions.find((a) => a.id === 'apply_confirmation');
    assert.match(apply?.blockedBy?.zh ?? '', /知识产权确权/);
    c = await cases.move(mediator, c, 'close_without_confirmation', { closingSummary: '协议已履行' });
    assert.equal(c.state, 'closed');

    let silent = await cases.open(mediator, 'mediation', application());
    silent = await cases.move(mediator, silent, 'request_consent', { deliveredOn: daysAhead(0) });
    await sweepDeadlines(platform.database.db, daysAhead(40));
    silent = await cases.get(mediator, silent);
    assert.equal(silent.state, 'failed');
    cases.taken.get('mediation')?.add('consent_period_ends');
    const refusedConsent = await cases.move(
      mediator,
      await cases.move(mediator, await cases.open(mediator, 'mediation', application()), 'request_consent', {
        deliveredOn: daysAhead(0),
      }),
      'consent_refused',
      { reasons: '被申请人拒绝调解' },
    );
    assert.equal(refusedConsent.state, 'failed');
  });

  test('a failed mediation goes to adjudication with its file', async () => {
    const officer = await platform.login('nanshan.officer');
    const nanshan = await cases.orgId('深圳市南山区市场监督管理局');
    let c = await cases.open(mediator, 'mediation', application({ disputeKind: 'infringement' }));
    c = await cases.move(mediator, c, 'request_consent', { deliveredOn: daysAhead(0) });
    c = await cases.move(mediator, c, 'consent_given', {});
    c = await cases.move(mediator, c, 'fail', {
      reasons: '分歧较大',
      nextStep: 'adjudication',
      adjudicationOrgId: nanshan,
    });
    assert.equal(c.state, 'failed');
    const referredId = c.events.find((e) => e.transition === 'fail')?.payload?.['referredTo'] as string;
    const adjudication = await cases.get(officer, { id: referredId, caseType: 'adjudication' });
    assert.equal(adjudication.parentCaseId, c.id);
    assert.deepEqual(adjudication.parties.map((p) => p.role).sort(), ['requester', 'respondent']);
    assert.ok(
      adjudication.files.some((f) => f.category === 'attachment' && f.name.startsWith('调解终止通知书')),
    );
  });

  test('every mediation transition was taken by these tests', () => {
    const all = caseRules('mediation')
      .transitions.map((t) => t.id)
      .sort();
    assert.deepEqual([...(cases.taken.get('mediation') ?? [])].sort(), all);
  });
});
