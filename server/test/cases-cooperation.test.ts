/**
 * What cases share across organizations and levels: assistance requests (协查) seen by the
 * organization asked, supervision (督办) by the level above with escalating reports, typical cases
 * without personal data; and the parts of a case file: evidence with SM3, notes, parties, rights.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CaseDetailDto, usccCheckCharacter } from '@ipp/shared';
import { sweepDeadlines } from '../src/modules/cases/index.ts';
import { sm3Hex } from '../src/platform/crypto/sm3.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';
import { type CaseClient, caseClient, daysAhead } from './helpers/cases.ts';

const LEAD = {
  title: '网店销售假冒注册商标充电器线索',
  facts: {
    source: 'report',
    violationKind: 'trademark_infringement',
    receivedOn: '2026-11-20',
    summary: '网店销售假冒充电器',
  },
  parties: [
    {
      role: 'respondent',
      kind: 'enterprise',
      name: '深圳市某网络科技有限公司',
      uscc: `91440300MA5R3T6U1${usccCheckCharacter('91440300MA5R3T6U1')}`,
    },
    { role: 'respondent', kind: 'person', name: '李建华', idNumber: '11010519491231002X' },
  ],
};

function multipart(name: string, content: Buffer, category = 'evidence') {
  const boundary = '----ipp-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\n${category}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('case cooperation and case files', () => {
  let platform: TestPlatform;
  let cases: CaseClient;
  let nanshan: string;
  let futian: string;
  let hangzhou: string;
  let shenzhen: string;

  before(async () => {
    platform = await createTestPlatform();
    cases = caseClient(platform);
    nanshan = await platform.login('nanshan.officer');
    futian = await platform.login('futian.officer');
    hangzhou = await platform.login('hz.officer');
    shenzhen = await platform.login('sz.officer');
  });
  after(() => platform.close());

  test('an assistance request is seen and answered by the organization asked, not by others', async () => {
    const c = await cases.move(nanshan, await cases.open(nanshan, 'enforcement', LEAD), 'file', {
      opinion: '立案',
    });
    const hz = await cases.orgId('杭州市市场监督管理局（杭州市知识产权局）');
    const asked = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/enforcement/cases/${c.id}/assistance`,
      payload: { toOrgId: hz, subject: '核查供货商', request: '请核查杭州某电子厂是否为涉案充电器的生产者' },
    });
    assert.equal(asked.statusCode, 200, asked.body);
    const request = (asked.json() as CaseDetailDto).assistance[0]!;
    assert.equal(request.basis, '市场监督管理行政处罚程序规定 第四十五条第二款');
    assert.ok(asked.json().files.some((f: { template: string }) => f.template === 'assistance_letter'));
    const incoming = (
      await platform.as(hangzhou, { method: 'GET', url: '/api/v1/assistance?direction=incoming' })
    ).json();
    assert.deepEqual(
      incoming.items.map((a: { id: string }) => a.id),
      [request.id],
    );
    assert.equal(
      (await platform.as(hangzhou, { method: 'GET', url: `/api/v1/enforcement/cases/${c.id}` })).statusCode,
      404,
    );
    const neighbour = (
      await platform.as(futian, { method: 'GET', url: '/api/v1/assistance?direction=incoming' })
    ).json();
    assert.equal(neighbour.items.length, 0);
    const wrongOrg = await platform.as(futian, {
      method: 'POST',
      url: `/api/v1/assistance/${request.id}/answer`,
      payload: { answer: 'x' },
    });
    assert.equal(wrongOrg.statusCode, 404);
    const answer = await platform.as(hangzhou, {
      method: 'POST',
      url: `/api/v1/assistance/${request.id}/answer`,
      payload: { answer: '经核查，该厂已停产，现场未发现涉案产品' },
    });
    assert.equal(answer.statusCode, 200, answer.body);
    const after = await cases.get(nanshan, c);
    assert.equal(after.assistance[0]?.status, 'answered');
    assert.ok(after.events.some((e) => e.kind === 'assistance_answer'));
  });

  test('authorities of any region can be named; enterprises are not listed', async () => {
    const found = (
      await platform.as(nanshan, {
        method: 'GET',
        url: `/api/v1/cases/authorities?q=${encodeURIComponent('杭州')}`,
      })
    ).json();
    assert.ok(
      found.items.some(
        (a: { name: string; regionName: string }) =>
          a.name.startsWith('杭州市市场监督管理局') && a.regionName === '杭州市',
      ),
    );
    const enterprises = (
      await platform.as(nanshan, {
        method: 'GET',
        url: `/api/v1/cases/authorities?q=${encodeURIComponent('有限公司')}`,
      })
    ).json();
    assert.deepEqual(enterprises.items, []);
    assert.equal(
      (await platform.app.inject({ method: 'GET', url: '/api/v1/cases/authorities' })).statusCode,
      401,
    );
  });

  test('the directories list mediators and technical investigators with their load', async () => {
    const mediators = (
      await platform.as(nanshan, { method: 'GET', url: '/api/v1/mediation/experts?kind=mediator' })
    ).json();
    const lin = mediators.items.find((e: { name: string }) => e.name === '林慧敏');
    assert.deepEqual([lin.kind, lin.trainingHours, typeof lin.openCases], ['mediator', 64, 'number']);
    const investigators = (
      await platform.as(nanshan, {
        method: 'GET',
        url: '/api/v1/mediation/experts?kind=technical_investigator',
      })
    ).json();
    assert.deepEqual(
      investigators.items.map((e: { name: string }) => e.name).sort(),
      ['俞晓岚', '邓志远'].sort(),
    );
  });

  test('an unanswered assistance request escalates when its 15 working days pass', async () => {
    const c = await cases.move(nanshan, await cases.open(nanshan, 'enforcement', LEAD), 'file', {
      opinion: '立案',
    });
    const hz = await cases.orgId('杭州市市场监督管理局（杭州市知识产权局）');
    await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/enforcement/cases/${c.id}/assistance`,
      payload: { toOrgId: hz, subject: '调取仓储记录', request: '请调取仓储记录' },
    });
    await sweepDeadlines(platform.database.db, daysAhead(45));
    const after = await cases.get(nanshan, c);
    assert.equal(after.assistance[0]?.status, 'overdue');
    assert.ok(after.events.some((e) => e.kind === 'escalation' && e.summary.includes('逾期未答复')));
  });

  test('the city supervises a county case; the county cannot; late reports escalate to the supervision view', async () => {
    const c = await cases.move(nanshan, await cases.open(nanshan, 'enforcement', LEAD), 'file', {
      opinion: '立案',
    });
    const own = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/supervision`,
      payload: { reason: '自我督办', reportEveryDays: 5 },
    });
    assert.equal(own.json().code, 'CASE_SUPERVISION_NOT_ALLOWED');
    const supervised = await platform.as(shenzhen, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/supervision`,
      payload: { reason: '涉案金额大，市局督办', reportEveryDays: 5 },
    });
    assert.equal(supervised.statusCode, 200, supervised.body);
    const notice = supervised
      .json()
      .files.find((f: { template: string }) => f.template === 'supervision_notice');
    assert.match(notice.documentNumber, /^深市监督字/);
    const report = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/supervision/reports`,
      payload: { content: '已完成现场检查' },
    });
    assert.equal(report.statusCode, 200, report.body);
    assert.deepEqual(
      report.json().supervision.reports.map((r: { status: string }) => r.status),
      ['submitted', 'due'],
    );
    await sweepDeadlines(platform.database.db, daysAhead(60));
    const view = (await platform.as(shenzhen, { method: 'GET', url: '/api/v1/supervision' })).json();
    const item = view.items.find((i: { caseId: string }) => i.caseId === c.id);
    assert.equal(item.reports.at(-1).status, 'overdue');
    assert.ok(
      view.escalations.some(
        (e: { caseId: string; summary: string }) => e.caseId === c.id && e.summary.includes('督办报告逾期'),
      ),
    );
    const queue = (
      await platform.as(nanshan, { method: 'GET', url: '/api/v1/enforcement/cases?queue=supervised' })
    ).json();
    assert.ok(queue.items.some((i: { id: string }) => i.id === c.id));
    assert.equal(
      (await platform.as(futian, { method: 'GET', url: '/api/v1/supervision' }))
        .json()
        .items.some((i: { caseId: string }) => i.caseId === c.id),
      false,
    );
  });

  test('a closed case is published as typical with personal data removed', async () => {
    let c = await cases.open(nanshan, 'enforcement', LEAD);
    const early = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/enforcement/cases/${c.id}/typical`,
      payload: { title: 't', summary: 's' },
    });
    assert.equal(early.json().code, 'CASE_NOT_PUBLISHABLE');
    c = await cases.move(nanshan, c, 'file', { opinion: '立案' });
    c = await cases.move(nanshan, c, 'propose_penalty', {
      violationFacts: '销售假冒充电器',
      illegalAmount: 8_000,
      proposedFine: 40_000,
      legalBasis: '《商标法》第六十条',
    });
    c = await cases.move(nanshan, c, 'statement_received', { statement: '无异议', opinion: '维持' });
    c = await cases.move(nanshan, c, 'decide_penalty', { fine: 40_000, legalBasis: '《商标法》第六十条' });
    c = await cases.move(nanshan, c, 'record_execution', { executionResult: '已缴纳' });
    c = await cases.move(nanshan, c, 'close', { closingSummary: '结案' });
    const published = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/enforcement/cases/${c.id}/typical`,
      payload: {
        title: '李建华网店销售假冒充电器案',
        summary: '当事人李建华（身份证 11010519491231002X，电话 13800138000）经营网店销售假冒充电器。',
      },
    });
    assert.equal(published.statusCode, 200, published.body);
    const list = (await platform.app.inject({ method: 'GET', url: '/api/v1/public/typical-cases' })).json();
    const item = list.items.find((i: { title: string }) => i.title.startsWith('李某'));
    assert.ok(item, JSON.stringify(list));
    assert.ok(
      !item.summary.includes('李建华') &&
        !item.summary.includes('11010519491231002X') &&
        !item.summary.includes('13800138000'),
    );
  });

  test('evidence is kept with its SM3 hash, checked for type, and previewable', async () => {
    const c = await cases.open(nanshan, 'enforcement', LEAD);
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ff3f0003030200ef9d6fa50000000049454e44ae426082',
      'hex',
    );
    const upload = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/files`,
      ...multipart('现场照片.png', png),
    });
    assert.equal(upload.statusCode, 200, upload.body);
    const file = upload.json().files.find((f: { name: string }) => f.name === '现场照片.png');
    assert.equal(file.sm3, sm3Hex(png));
    const preview = await platform.as(nanshan, {
      method: 'GET',
      url: `/api/v1/cases/${c.id}/files/${file.id}`,
    });
    assert.match(String(preview.headers['content-disposition']), /^inline/);
    assert.deepEqual(preview.rawPayload, png);
    const fake = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/files`,
      ...multipart('伪装.pdf', Buffer.from('MZ not a pdf')),
    });
    assert.equal(fake.json().code, 'CASE_FILE_REJECTED');
    const exe = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/files`,
      ...multipart('tool.exe', Buffer.from('MZ')),
    });
    assert.equal(exe.json().code, 'CASE_FILE_REJECTED');
    assert.equal(
      (await platform.as(futian, { method: 'GET', url: `/api/v1/cases/${c.id}/files/${file.id}` }))
        .statusCode,
      404,
    );
  });

  test('notes, parties and rights join the file; a right is checked in the registry when linked', async () => {
    const c = await cases.open(nanshan, 'enforcement', LEAD);
    const noted = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/notes`,
      payload: { text: '权利人已提供鉴定意见' },
    });
    assert.equal(noted.json().notes[0].text, '权利人已提供鉴定意见');
    const party = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/parties`,
      payload: {
        role: 'agent',
        kind: 'agent',
        name: '深圳市汇智知识产权代理有限公司',
        uscc: '91440300MA5H1C8N6X',
      },
    });
    assert.equal(party.statusCode, 422);
    assert.equal(party.json().errors[0].path, 'body/uscc');
    const missing = await platform.as(nanshan, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/rights`,
      payload: { rightType: 'trademark', number: '99999999' },
    });
    assert.equal(missing.statusCode, 200);
    assert.equal(missing.json().rights[0].verification.exists, false);
    assert.ok(missing.json().events.some((e: { summary: string }) => e.summary.includes('登记簿中未找到')));
  });
});
