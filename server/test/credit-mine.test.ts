/**
 * 我的信用: the enterprise user sees its own subject only — records with their publicity, listings
 * from notice on, objections and repairs with their deadlines — and acts through the existing
 * routes; an officer's administration is no credit subject and gets an empty answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { beijingToday } from '../src/modules/calendar/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const XINGHE = { name: '深圳市星河智联科技有限公司', uscc: uscc('91440300MA5G7K2L3') };

interface Mine {
  organization: { name: string; uscc: string | null } | null;
  subject: { id: string; name: string; uscc: string } | null;
  records: { id: string; inPublicity: boolean; publicityUntil: string; mayApplyForRepair: boolean }[];
  listings: { id: string; state: string; statementDueOn: string | null; mayObject: boolean }[];
  objections: { id: string; listingId: string; dueOn: string; status: string }[];
  repairs: { id: string; state: string; feedbackDueOn: string; decisionDueOn: string }[];
}

describe('my credit (我的信用)', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform();
  });
  after(async () => platform.close());

  const request = async (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    platform.as(await platform.login(user), { method, url, payload });
  const created = async (user: string, url: string, payload: object, status = 201) => {
    const response = await request(user, 'POST', url, payload);
    assert.equal(response.statusCode, status, response.body);
    return response.json<{ id: string; version: number; subjectId: string; [k: string]: unknown }>();
  };
  const mine = async (user: string) => {
    const response = await request(user, 'GET', '/api/v1/credit/mine');
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Mine>();
  };
  const record = (subject: { name: string; uscc: string }) =>
    created('nanshan.officer', '/api/v1/credit/records', {
      subject: { kind: 'enterprise', ...subject, regionCode: '440305' },
      category: 'penalty',
      severity: 'serious',
      legalBasis: '《商标法》第六十条第二款',
      summary: '销售侵犯注册商标专用权的商品，情节严重',
      decidedOn: beijingToday(),
      documents: [{ name: '行政处罚决定书', reference: '深南市监罚〔2026〕9号' }],
      regionCode: '440305',
    });

  test('the enterprise user sees its own subject, its deadlines, and acts on it', async () => {
    const empty = await mine('xinghe.user');
    assert.equal(empty.organization?.uscc, XINGHE.uscc);
    assert.equal(empty.subject, null, 'no credit data yet: the organization, no subject');

    const own = await record(XINGHE);
    const other = await record({ name: '深圳市南山区邻家商行', uscc: uscc('92440300MA5W4C1A2') });
    await created('nanshan.officer', '/api/v1/credit/listings', {
      subjectId: other.subjectId,
      recordIds: [other.id],
      reason: '他人',
      legalBasis: '名单管理办法',
    });
    const listing = await created('nanshan.officer', '/api/v1/credit/listings', {
      subjectId: own.subjectId,
      recordIds: [own.id],
      reason: '故意侵犯商标专用权，情节严重',
      legalBasis: '名单管理办法',
    });

    let view = await mine('xinghe.user');
    assert.equal(view.subject?.uscc, XINGHE.uscc);
    assert.deepEqual(
      view.records.map((r) => r.id),
      [own.id],
      'only its own records',
    );
    assert.equal(view.records[0]?.inPublicity, true);
    assert.ok((view.records[0]?.publicityUntil ?? '') > beijingToday());
    assert.deepEqual(view.listings, [], 'a proposal before notice is the office’s own deliberation');

    await created(
      'nanshan.officer',
      `/api/v1/credit/listings/${listing.id}/notify`,
      { version: listing.version },
      200,
    );
    view = await mine('xinghe.user');
    assert.deepEqual(
      view.listings.map((l) => [l.id, l.state, l.mayObject]),
      [[listing.id, 'notified', true]],
    );
    assert.ok(view.listings[0]?.statementDueOn, 'the statement deadline is shown');

    const objection = await created('xinghe.user', '/api/v1/credit/objections', {
      listingId: listing.id,
      content: '所涉处罚决定正在复议中',
    });
    const repair = await created('xinghe.user', '/api/v1/credit/repairs', {
      subjectId: own.subjectId,
      recordId: own.id,
      commitments: '已停止销售并缴纳罚款，承诺不再违法',
      proof: [{ name: '罚款缴纳凭证', reference: 'PAY-2026-9' }],
    });
    view = await mine('xinghe.user');
    assert.deepEqual(
      view.objections.map((o) => [o.id, o.listingId, o.status]),
      [[objection.id, listing.id, 'open']],
    );
    assert.ok((view.objections[0]?.dueOn ?? '') > beijingToday());
    assert.deepEqual(
      view.repairs.map((r) => [r.id, r.state]),
      [[repair.id, 'applied']],
    );
    assert.ok(view.repairs[0]?.feedbackDueOn && view.repairs[0].decisionDueOn);
    assert.equal(view.records[0]?.mayApplyForRepair, false, 'one pending application at a time');

    const othersRepair = await request('xinghe.user', 'POST', '/api/v1/credit/repairs', {
      subjectId: other.subjectId,
      recordId: other.id,
      commitments: '代他人申请',
      proof: [{ name: '说明', reference: 'X' }],
    });
    assert.equal(othersRepair.statusCode, 404, 'another subject is not found');
  });

  test('an officer’s administration is no credit subject: an empty answer; anonymous is refused', async () => {
    const view = await mine('nanshan.officer');
    assert.equal(view.organization?.name, '深圳市南山区市场监督管理局');
    assert.equal(view.subject, null);
    assert.deepEqual([view.records, view.listings, view.objections, view.repairs], [[], [], [], []]);
    const anonymous = await platform.app.inject({ method: 'GET', url: '/api/v1/credit/mine' });
    assert.equal(anonymous.statusCode, 401);
  });
});
