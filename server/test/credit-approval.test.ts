/**
 * Upper-level consent to listing decisions (令第44号): a county or city decision waits for an
 * organization above it whose jurisdiction covers the subject; the same level or another region
 * cannot consent; consent opens publication, a send-back returns the listing with its reasons, and
 * nothing unapproved reaches the public list. A province decision needs no consent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { creditListingEvents } from '../src/modules/credit/credit.tables.ts';
import { auditLog } from '../src/platform/audit/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

interface Row {
  id: string;
  state: string;
  version: number;
  [key: string]: unknown;
}

describe('upper-level consent to listing decisions', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform();
  });
  after(async () => platform.close());

  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    platform.as(await platform.login(user), { method, url, payload });
  const ok = async (user: string, url: string, payload: object, status = 200): Promise<Row> => {
    const response = await call(user, 'POST', url, payload);
    assert.equal(response.statusCode, status, response.body);
    return response.json<Row>();
  };
  const step = (user: string, l: Row, name: string, payload: object = {}) =>
    ok(user, `/api/v1/credit/listings/${l.id}/${name}`, { version: l.version, ...payload });
  const refused = async (user: string, l: Row, name: string, payload: object = {}) => {
    const response = await call(user, 'POST', `/api/v1/credit/listings/${l.id}/${name}`, {
      version: l.version,
      ...payload,
    });
    return { status: response.statusCode, code: response.json<{ code: string }>().code };
  };
  const detail = async (user: string, l: Row) =>
    (await call(user, 'GET', `/api/v1/credit/listings/${l.id}`)).json();

  /** A Nanshan subject with a serious record, proposed and notified by Nanshan, the period over. */
  async function notifiedListing(name: string, body: string): Promise<Row> {
    const uscc = body + usccCheckCharacter(body);
    const record = await ok(
      'nanshan.officer',
      '/api/v1/credit/records',
      {
        subject: { kind: 'enterprise', name, uscc, regionCode: '440305' },
        category: 'penalty',
        severity: 'serious',
        legalBasis: '《商标法》第六十条第二款',
        summary: '销售假冒注册商标的商品，情节严重',
        decidedOn: '2026-10-12',
        documents: [{ name: '行政处罚决定书', reference: '深南市监罚〔2026〕1号' }],
        regionCode: '440305',
      },
      201,
    );
    const proposed = await ok(
      'nanshan.officer',
      '/api/v1/credit/listings',
      {
        subjectId: record['subjectId'],
        recordIds: [record.id],
        reason: '故意侵犯商标专用权，情节严重',
        legalBasis: '名单管理办法',
        on: '2026-11-02',
      },
      201,
    );
    return step('nanshan.officer', proposed, 'notify', { on: '2026-11-02' });
  }

  const decide = (user: string, l: Row) => step(user, l, 'decide', { on: '2026-11-10', opinion: '决定列入' });
  const publicNames = async () => {
    const list = (await platform.app.inject({ method: 'GET', url: '/api/v1/public/credit/list' })).json();
    return list.items.map((i: { subject: { name: string } }) => i.subject.name);
  };

  test('a county decision waits for consent; the same level and other regions cannot give it', async () => {
    let l = await decide(
      'nanshan.officer',
      await notifiedListing('深圳市南山区待批商行', '92440300MA5W3B1A2'),
    );
    assert.equal(l.state, 'awaiting_approval');
    assert.equal(l['decidedOn'], '2026-11-10');
    const [decided] = await platform.database.db
      .select()
      .from(creditListingEvents)
      .where(eq(creditListingEvents.listingId, l.id))
      .then((rows) => rows.filter((e) => e.kind === 'decide'));
    const payload = decided?.payload as { decidedBy: { level: string }; approval: Record<string, unknown> };
    assert.equal(payload.decidedBy.level, 'county');
    assert.equal(payload.approval['required'], true);
    assert.equal(payload.approval['from'], '2021-09-01', 'the law version of the decision date');

    assert.deepEqual(await refused('nanshan.officer', l, 'publish'), {
      status: 409,
      code: 'CREDIT_LISTING_STEP_NOT_ALLOWED',
    });
    assert.ok(!(await publicNames()).includes('深圳市南山区待批商行'), 'not public before consent');
    const own = await detail('nanshan.officer', l);
    assert.ok(!own.steps.some((s: { step: string }) => s.step === 'approve'), 'not offered to the decider');
    assert.equal(own.approval.mayApprove, false);

    const same = await refused('nanshan.officer', l, 'approve', { opinion: '同意' });
    assert.deepEqual(same, { status: 403, code: 'CREDIT_APPROVAL_NOT_UPPER_LEVEL' });
    const otherCounty = await refused('futian.officer', l, 'approve', { opinion: '同意' });
    assert.deepEqual(otherCounty, { status: 404, code: 'CREDIT_LISTING_NOT_FOUND' });
    const otherCity = await refused('hz.officer', l, 'approve', { opinion: '同意' });
    assert.deepEqual(otherCity, { status: 404, code: 'CREDIT_LISTING_NOT_FOUND' });
    const noRight = await refused('xinghe.user', l, 'approve', { opinion: '同意' });
    assert.equal(noRight.status, 403);

    const upper = await detail('sz.officer', l);
    assert.equal(upper.approval.mayApprove, true);
    assert.deepEqual(
      upper.steps.map((s: { step: string }) => s.step),
      ['approve', 'send_back', 'withdraw'],
    );
    const early = await refused('sz.officer', l, 'approve', { on: '2026-11-09', opinion: '同意' });
    assert.equal(early.code, 'CREDIT_LISTING_STEP_NOT_ALLOWED', 'consent is not dated before the decision');
    l = await step('sz.officer', l, 'approve', { on: '2026-11-12', opinion: '同意列入' });
    assert.equal(l.state, 'decided');
    const beforeConsent = await refused('nanshan.officer', l, 'publish', { on: '2026-11-11' });
    assert.equal(beforeConsent.code, 'CREDIT_LISTING_STEP_NOT_ALLOWED', 'no publication before consent');
    l = await step('nanshan.officer', l, 'publish', { on: '2026-11-12' });
    assert.equal(l.state, 'published');
    assert.ok((await publicNames()).includes('深圳市南山区待批商行'));

    const kinds = (await detail('nanshan.officer', l)).events.map((e: { kind: string }) => e.kind);
    assert.deepEqual(kinds, ['proposed', 'notify', 'decide', 'approve', 'publish']);
    const audited = await platform.database.db.select().from(auditLog).where(eq(auditLog.targetId, l.id));
    assert.deepEqual(
      audited.map((a) => a.action).filter((a) => a.startsWith('credit.listing.')),
      kinds.map((k: string) => `credit.listing.${k}`),
      'every step audited',
    );
  });

  test('the province sends a decision back with reasons; the office may decide again', async () => {
    let l = await decide(
      'nanshan.officer',
      await notifiedListing('深圳市南山区退回商行', '92440300MA5W3B2C4'),
    );
    const noReason = await refused('gd.admin', l, 'send_back');
    assert.equal(noReason.code, 'CREDIT_LISTING_STEP_NOT_ALLOWED', 'a send-back gives reasons');
    l = await step('gd.admin', l, 'send_back', { on: '2026-11-11', reason: '违法情节认定依据不足，请补充' });
    assert.equal(l.state, 'notified', 'back to the state before the decision');
    assert.equal(l['decidedOn'], null);
    const back = await detail('nanshan.officer', l);
    const last = back.events.at(-1);
    assert.equal(last.kind, 'send_back');
    assert.match(last.summary, /违法情节认定依据不足/);
    assert.ok(!(await publicNames()).includes('深圳市南山区退回商行'));
    l = await step('nanshan.officer', l, 'decide', { on: '2026-11-13', opinion: '补充证据后重新决定' });
    assert.equal(l.state, 'awaiting_approval');
  });

  test('a city decision needs the province; a province decision needs no consent', async () => {
    let city = await decide(
      'sz.officer',
      await notifiedListing('深圳市南山区市级决定商行', '92440300MA5W3B3D6'),
    );
    assert.equal(city.state, 'awaiting_approval');
    const sameCity = await refused('sz.officer', city, 'approve', { opinion: '同意' });
    assert.equal(sameCity.code, 'CREDIT_APPROVAL_NOT_UPPER_LEVEL');
    city = await step('gd.admin', city, 'approve', { on: '2026-11-10', opinion: '同意' });
    assert.equal(city.state, 'decided');

    let province = await decide(
      'gd.admin',
      await notifiedListing('深圳市南山区省级决定商行', '92440300MA5W3B4E8'),
    );
    assert.equal(province.state, 'decided', 'no consent above a province');
    province = await step('gd.admin', province, 'publish', { on: '2026-11-10' });
    assert.equal(province.state, 'published');
  });
});
