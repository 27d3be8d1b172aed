/**
 * Credit records: a final penalty decision and a failure to comply with an adjudication become
 * records by themselves (once), and officers enter records by hand within their jurisdiction.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { creditListings, resolveSubject } from '../src/modules/credit/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { type CaseClient, caseClient } from './helpers/cases.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const SHOP = {
  role: 'respondent',
  kind: 'enterprise',
  name: '深圳市南山区诚信数码商行',
  uscc: uscc('92440300MA5W1E4F6'),
};

describe('credit records', () => {
  let platform: TestPlatform;
  let cases: CaseClient;
  let nanshan: string;
  let futian: string;

  before(async () => {
    platform = await createTestPlatform();
    cases = caseClient(platform);
    nanshan = await platform.login('nanshan.officer');
    futian = await platform.login('futian.officer');
  });
  after(() => platform.close());

  const records = async (token: string) =>
    (await platform.as(token, { method: 'GET', url: '/api/v1/credit/records?pageSize=100' })).json()
      .items as {
      category: string;
      severity: string;
      source: string;
      publicityFrom: string;
      publicityUntil: string;
      publicityBasis: string;
      inPublicity: boolean;
      subject: { name: string; uscc: string };
    }[];

  test('a penalty decision becomes a credit record when it is final (the case closes), once', async () => {
    let c = await cases.open(nanshan, 'enforcement', {
      title: '诚信数码商行销售假冒商标耳机案',
      facts: {
        source: 'complaint',
        violationKind: 'trademark_infringement',
        receivedOn: '2026-11-02',
        summary: '投诉',
      },
      parties: [SHOP],
    });
    c = await cases.move(nanshan, c, 'file', { opinion: '立案' });
    c = await cases.move(nanshan, c, 'propose_penalty', {
      violationFacts: '销售假冒耳机',
      illegalAmount: 30_000,
      proposedFine: 60_000,
      legalBasis: '《商标法》第六十条第二款',
    });
    c = await cases.move(nanshan, c, 'statement_received', { statement: '无异议', opinion: '维持' });
    c = await cases.move(nanshan, c, 'decide_penalty', {
      fine: 60_000,
      legalBasis: '《商标法》第六十条第二款',
    });
    assert.equal(
      (await records(nanshan)).filter((r) => r.subject.name === SHOP.name).length,
      0,
      'not final yet',
    );
    c = await cases.move(nanshan, c, 'record_execution', { executionResult: '罚款已缴纳' });
    c = await cases.move(nanshan, c, 'close', { closingSummary: '结案' });
    const mine = (await records(nanshan)).filter((r) => r.subject.name === SHOP.name);
    assert.equal(mine.length, 1);
    const [record] = mine;
    assert.deepEqual(
      [record?.category, record?.source, record?.subject.uscc, record?.inPublicity],
      ['penalty', 'automatic', SHOP.uscc, true],
    );
    // 罚款六万元不属于较低数额：公示三年（市场监督管理行政处罚信息公示规定 第十三条）.
    assert.equal(Number(record?.publicityUntil.slice(0, 4)) - Number(record?.publicityFrom.slice(0, 4)), 3);
    assert.match(record?.publicityBasis ?? '', /第十三条/);
    assert.equal(
      (await records(futian)).filter((r) => r.subject.name === SHOP.name).length,
      0,
      'another county does not see it',
    );
  });

  test('an officer enters a record with its basis; bad input is refused field by field', async () => {
    const bad = await platform.as(nanshan, {
      method: 'POST',
      url: '/api/v1/credit/records',
      payload: {
        subject: { kind: 'agency', name: '某代理机构', uscc: '91440300MA5H1C8N6X', regionCode: '440305' },
        category: 'agency_violation',
        legalBasis: '专利代理条例',
        summary: '代理违规',
        decidedOn: '2026-11-20',
        documents: [],
        regionCode: '440305',
      },
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().errors[0].path, 'uscc');
    const outside = await platform.as(nanshan, {
      method: 'POST',
      url: '/api/v1/credit/records',
      payload: {
        subject: { kind: 'enterprise', name: SHOP.name, uscc: SHOP.uscc, regionCode: '440304' },
        category: 'other',
        legalBasis: '某规定',
        summary: '记录',
        decidedOn: '2026-11-20',
        documents: [],
        regionCode: '440304',
      },
    });
    assert.equal(outside.statusCode, 422);
    const made = await platform.as(nanshan, {
      method: 'POST',
      url: '/api/v1/credit/records',
      payload: {
        subject: { kind: 'enterprise', name: SHOP.name, uscc: SHOP.uscc, regionCode: '440305' },
        category: 'false_commitment',
        legalBasis: '国家知识产权局知识产权信用管理规定',
        summary: '承诺五个工作日内整改，未履行',
        decidedOn: '2026-11-20',
        documents: [{ name: '信用承诺书', reference: 'CN-2026-001' }],
        regionCode: '440305',
      },
    });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal(made.json().publicityUntil, '2027-11-20');
    assert.equal(made.json().source, 'manual');
  });

  test('mediation intake runs the credit check through the credit module and warns of a listing', async () => {
    const listed = {
      role: 'respondent',
      kind: 'enterprise',
      name: '深圳市失信示例贸易有限公司',
      uscc: uscc('91440300MA5X9Y2W3'),
    };
    const db = platform.database.db;
    const subject = await resolveSubject(db, {
      kind: 'enterprise',
      name: listed.name,
      uscc: listed.uscc,
      regionCode: '440305',
    });
    const orgId = await cases.orgId('深圳市南山区市场监督管理局');
    await db.insert(creditListings).values({
      id: randomUUID(),
      subjectId: subject.id,
      state: 'published',
      reason: '拒不履行行政裁决',
      legalBasis: '专利纠纷行政裁决和调解办法 第三十四条',
      recordIds: [],
      regionCode: '440305',
      orgId,
      proposedOn: '2026-01-05',
      notifiedOn: '2026-01-06',
      statementDueOn: '2026-01-13',
      decidedOn: '2026-01-20',
      publishedOn: '2026-01-21',
      publishUntil: '2029-01-21',
      version: 5,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const mediator = await platform.login('nanshan.mediator');
    const c = await cases.open(mediator, 'mediation', {
      title: '星河智联与失信示例贸易专利许可纠纷',
      facts: { origin: 'application', disputeKind: 'contract', field: '通信', claims: '支付许可费' },
      parties: [
        {
          role: 'applicant',
          kind: 'enterprise',
          name: '深圳市星河智联科技有限公司',
          uscc: uscc('91440300MA5G7K2L3'),
        },
        listed,
      ],
    });
    const intake = c.events.find((e) => e.kind === 'intake');
    const checks = intake?.payload?.['creditChecks'] as {
      party: string;
      listed: boolean;
      measures: string[];
    }[];
    assert.deepEqual(
      checks.map((x) => [x.party, x.listed]),
      [
        ['深圳市星河智联科技有限公司', false],
        [listed.name, true],
      ],
    );
    assert.ok(checks[1]?.measures.length);
    const warning = c.events.find((e) => e.kind === 'credit_warning');
    assert.match(warning?.summary ?? '', /失信示例贸易/);
  });
});
