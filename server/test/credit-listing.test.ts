/**
 * The serious-dishonesty list over HTTP: due process before publication (no decision while the
 * statement period runs), publication and removal by the sweep at the end of the period, early
 * removal after an approved repair, repair deadlines across the National Day holiday, the barred
 * second repair, and an upheld objection from the subject's own enterprise user.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { creditListingEvents, creditRecords } from '../src/modules/credit/credit.tables.ts';
import { creditListingRoutes } from '../src/modules/credit/listing.routes.ts';
import { sweepListings } from '../src/modules/credit/listing.sweep.ts';
import { creditRepairRoutes } from '../src/modules/credit/repair.routes.ts';
import { resolveSubject } from '../src/modules/credit/subjects.ts';
import { seedDemoData } from '../src/modules/demo/index.ts';
import { auditLog } from '../src/platform/audit/index.ts';
import { DEMO_PASSWORD } from './helpers/app.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const XINGHE_USCC = uscc('91440300MA5G7K2L3');

interface Row {
  id: string;
  state: string;
  version: number;
  [key: string]: unknown;
}

/** The platform with the listing and repair routes, registered here until app.ts carries them. */
async function platformWithListings(testDb: TestDatabase): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_PASSWORD }, { demo: true });
  await seedDemoData(testDb.database.db, config.demoPassword);
  const app = await buildApp({ config, database: testDb.database });
  const db = testDb.database.db;
  if (!app.hasRoute({ method: 'GET', url: '/api/v1/credit/listings' })) {
    await app.register(creditListingRoutes, { db });
    await app.register(creditRepairRoutes, { db });
  }
  await app.ready();
  return app;
}

describe('the serious-dishonesty list', () => {
  let testDb: TestDatabase;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  before(async () => {
    testDb = await createTestDatabase();
    app = await platformWithListings(testDb);
    for (const username of ['nanshan.officer', 'futian.officer', 'sz.officer', 'xinghe.user']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      tokens[username] = response.json<{ token: string }>().token;
    }
  });
  after(async () => {
    await app.close();
    await testDb.cleanup();
  });

  const call = (user: string, options: InjectOptions) =>
    app.inject({ ...options, headers: { authorization: `Bearer ${tokens[user]}` } });
  const post = async (user: string, url: string, payload: object, status = 200) => {
    const response = await call(user, { method: 'POST', url, payload });
    assert.equal(response.statusCode, status, response.body);
    return response.json<Row>();
  };

  /** A Nanshan subject with one record (serious unless told), inserted directly. */
  async function subjectWithRecord(
    name: string,
    body: string,
    severity = 'serious',
  ): Promise<{ subjectId: string; recordId: string }> {
    const db = testDb.database.db;
    const code = body.length === 18 ? body : uscc(body);
    const subject = await resolveSubject(db, { kind: 'enterprise', name, uscc: code, regionCode: '440305' });
    const recordId = randomUUID();
    await db.insert(creditRecords).values({
      id: recordId,
      subjectId: subject.id,
      category: 'penalty',
      severity,
      source: 'manual',
      legalBasis: '《商标法》第六十条第二款',
      summary: '销售假冒注册商标的商品，情节严重',
      decidedOn: '2025-03-03',
      publicityFrom: '2025-03-03',
      publicityUntil: '2028-03-03',
      publicityBasis: '测试',
      regionCode: '440305',
      documents: [],
      status: 'active',
      createdBy: 'test',
      createdAt: new Date(),
    });
    return { subjectId: subject.id, recordId };
  }

  async function propose(subjectId: string, recordId: string, on: string) {
    return post(
      'nanshan.officer',
      '/api/v1/credit/listings',
      {
        subjectId,
        recordIds: [recordId],
        reason: '故意侵犯商标专用权，情节严重',
        legalBasis: '名单管理办法',
        on,
      },
      201,
    );
  }

  async function publishedListing(name: string, body: string, dates: [string, string, string, string]) {
    const { subjectId, recordId } = await subjectWithRecord(name, body);
    let l = await propose(subjectId, recordId, dates[0]);
    const step = (s: string, payload: object) =>
      post('nanshan.officer', `/api/v1/credit/listings/${l.id}/${s}`, { version: l.version, ...payload });
    l = await step('notify', { on: dates[1] });
    l = await step('decide', { on: dates[2], opinion: '陈述申辩期满未陈述，决定列入' });
    assert.equal(l.state, 'awaiting_approval', 'a county decision waits for the upper level (令第44号)');
    l = await post('sz.officer', `/api/v1/credit/listings/${l.id}/approve`, {
      version: l.version,
      on: dates[2],
      opinion: '同意列入',
    });
    l = await step('publish', { on: dates[3] });
    return { listing: l, subjectId, recordId };
  }

  test('a proposal needs a serious record and jurisdiction over the subject', async () => {
    const general = await subjectWithRecord('深圳市南山区一般记录商行', '92440300MA5W2A1B3', 'general');
    const refused = await call('nanshan.officer', {
      method: 'POST',
      url: '/api/v1/credit/listings',
      payload: { ...general, recordIds: [general.recordId], reason: '测试', legalBasis: '测试' },
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'CREDIT_LISTING_STEP_NOT_ALLOWED');
    const serious = await subjectWithRecord('深圳市南山区严重记录商行', '92440300MA5W2A1C5');
    const outOfScope = await call('futian.officer', {
      method: 'POST',
      url: '/api/v1/credit/listings',
      payload: {
        subjectId: serious.subjectId,
        recordIds: [serious.recordId],
        reason: '测试',
        legalBasis: '测试',
      },
    });
    assert.equal(outOfScope.statusCode, 404, 'Futian does not cover Nanshan');
    const listing = await propose(serious.subjectId, serious.recordId, '2026-11-02');
    const seen = await call('futian.officer', {
      method: 'GET',
      url: `/api/v1/credit/listings/${listing.id}`,
    });
    assert.equal(seen.statusCode, 404, 'out of scope is not found');
  });

  test('no decision while the statement period runs; no publication before the decision', async () => {
    const { subjectId, recordId } = await subjectWithRecord('深圳市南山区陈述期商行', '92440300MA5W2A1D7');
    let l = await propose(subjectId, recordId, '2026-11-02');
    const url = (s: string) => `/api/v1/credit/listings/${l.id}/${s}`;
    const early = await call('nanshan.officer', {
      method: 'POST',
      url: url('publish'),
      payload: { version: 1 },
    });
    assert.equal(early.json().code, 'CREDIT_LISTING_STEP_NOT_ALLOWED');
    l = await post('nanshan.officer', url('notify'), { version: l.version, on: '2026-11-02' });
    assert.equal(l.statementDueOn, '2026-11-09', 'Mon 11-02 + 5 working days');
    const open = await call('nanshan.officer', {
      method: 'POST',
      url: url('decide'),
      payload: { version: l.version, on: '2026-11-09', opinion: '决定列入' },
    });
    assert.equal(open.statusCode, 409);
    assert.equal(open.json().code, 'CREDIT_STATEMENT_PERIOD_OPEN');
    const publish = await call('nanshan.officer', {
      method: 'POST',
      url: url('publish'),
      payload: { version: l.version },
    });
    assert.equal(publish.json().code, 'CREDIT_LISTING_STEP_NOT_ALLOWED');
    const stale = await call('nanshan.officer', {
      method: 'POST',
      url: url('statement'),
      payload: { version: 1, statement: '我方已整改' },
    });
    assert.equal(stale.json().code, 'CREDIT_VERSION_CONFLICT');
    l = await post('nanshan.officer', url('statement'), {
      version: l.version,
      on: '2026-11-05',
      statement: '我方已整改',
    });
    l = await post('nanshan.officer', url('decide'), {
      version: l.version,
      on: '2026-11-06',
      opinion: '申辩不成立',
    });
    assert.equal(l.state, 'awaiting_approval', 'a received statement ends the wait');
  });

  test('published for three years, then removed by the sweep', async () => {
    const { listing, subjectId } = await publishedListing('深圳市南山区公示期商行', '92440300MA5W2A1E9', [
      '2026-11-02',
      '2026-11-02',
      '2026-11-10',
      '2026-11-11',
    ]);
    assert.equal(listing.state, 'published');
    assert.equal(listing.publishUntil, '2029-11-11');
    const db = testDb.database.db;
    // The demo data's own listing may come off on the way: only this one is looked at.
    assert.ok(!(await sweepListings(db, '2029-11-10')).removed.includes(listing.id));
    const newestRating = async () =>
      (await call('nanshan.officer', { method: 'GET', url: `/api/v1/credit/ratings/${subjectId}` })).json()
        .history[0] as { trigger: string; deductions: { rule: string }[] };
    const listed = await newestRating();
    assert.equal(listed.trigger, `listing:${listing.id}`, 'publication recomputes the rating');
    assert.ok(listed.deductions.some((d) => d.rule === 'listing.serious_dishonesty'));
    assert.ok((await sweepListings(db, '2029-11-11')).removed.includes(listing.id));
    const removed = await newestRating();
    assert.equal(removed.trigger, `listing:${listing.id}`, 'removal recomputes it again');
    assert.ok(!removed.deductions.some((d) => d.rule === 'listing.serious_dishonesty'));
    const detail = (
      await call('nanshan.officer', { method: 'GET', url: `/api/v1/credit/listings/${listing.id}` })
    ).json();
    assert.equal(detail.state, 'removed');
    assert.equal(detail.removalReason, 'expiry');
    assert.deepEqual(
      detail.events.map((e: { kind: string }) => e.kind),
      ['proposed', 'notify', 'decide', 'approve', 'publish', 'removed.expiry'],
    );
    const audited = await db.select().from(auditLog).where(eq(auditLog.targetId, listing.id));
    assert.equal(audited.length, 6, 'every step audited');
  });

  test('early removal after an approved repair, once the listing is a year old; a second repair is barred', async () => {
    const { listing, subjectId, recordId } = await publishedListing(
      '深圳市南山区修复商行',
      '92440300MA5W2A1F0',
      ['2025-05-20', '2025-05-20', '2025-05-28', '2025-06-03'],
    );
    const repair = (on: string) => ({
      subjectId,
      listingId: listing.id,
      commitments: '已缴纳罚款并停止侵权，承诺不再违法',
      proof: [{ name: '罚款缴纳凭证', reference: 'PAY-2025-001' }],
      on,
    });
    const tooEarly = await call('nanshan.officer', {
      method: 'POST',
      url: '/api/v1/credit/repairs',
      payload: repair('2026-06-02'),
    });
    assert.equal(tooEarly.json().code, 'CREDIT_LISTING_STEP_NOT_ALLOWED');
    const applied = await post('nanshan.officer', '/api/v1/credit/repairs', repair('2026-06-03'), 201);
    const decided = await post('nanshan.officer', `/api/v1/credit/repairs/${applied.id}/decision`, {
      action: 'approve',
      on: '2026-06-10',
    });
    assert.equal(decided.state, 'approved');
    const detail = (
      await call('nanshan.officer', { method: 'GET', url: `/api/v1/credit/listings/${listing.id}` })
    ).json();
    assert.deepEqual(
      [detail.state, detail.removalReason, detail.removedOn],
      ['removed', 'repair', '2026-06-10'],
    );
    assert.equal(detail.records[0].status, 'repaired');
    const again = await call('nanshan.officer', {
      method: 'POST',
      url: '/api/v1/credit/repairs',
      payload: { ...repair('2026-11-02'), listingId: undefined, recordId },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'CREDIT_REPAIR_BARRED');
  });

  test('repair deadlines count working days across the National Day holiday', async () => {
    const { subjectId, recordId } = await subjectWithRecord('深圳市南山区国庆修复商行', '92440300MA5W2A1G2');
    const applied = await post(
      'nanshan.officer',
      '/api/v1/credit/repairs',
      {
        subjectId,
        recordId,
        commitments: '已整改',
        proof: [{ name: '整改报告', reference: 'R-1' }],
        on: '2026-09-29',
      },
      201,
    );
    // 09-30 (1); 10-01..07 off; 10-08 (2), 10-09 (3) → feedback; 10-10 Sat is a make-up working day (4),
    // 10-12..16 (5–9), 10-19..23 (10–14), 10-26 (15) → decision.
    assert.equal(applied.feedbackDueOn, '2026-10-09');
    assert.equal(applied.decisionDueOn, '2026-10-26');
    const pending = await call('nanshan.officer', {
      method: 'POST',
      url: '/api/v1/credit/repairs',
      payload: {
        subjectId,
        recordId,
        commitments: '再次申请',
        proof: [{ name: '说明', reference: 'R-2' }],
        on: '2026-10-08',
      },
    });
    assert.equal(pending.json().code, 'CREDIT_REPAIR_BARRED', 'one pending application at a time');
    const feedback = await post('nanshan.officer', `/api/v1/credit/repairs/${applied.id}/decision`, {
      action: 'feedback',
      feedback: '材料齐全，予以受理',
      on: '2026-10-09',
    });
    assert.equal(feedback.state, 'accepted_for_review');
    const rejected = await post('nanshan.officer', `/api/v1/credit/repairs/${applied.id}/decision`, {
      action: 'reject',
      reason: '危害后果尚未消除',
      on: '2026-10-20',
    });
    assert.equal(rejected.state, 'rejected');
  });

  test('the subject’s enterprise user objects; the objection is upheld and the listing removed', async () => {
    const { listing } = await publishedListing('深圳市星河智联科技有限公司', XINGHE_USCC, [
      '2026-11-02',
      '2026-11-02',
      '2026-11-10',
      '2026-11-11',
    ]);
    const other = await subjectWithRecord('深圳市南山区他人商行', '92440300MA5W2A1H4');
    const otherListing = await propose(other.subjectId, other.recordId, '2026-11-02');
    await post('nanshan.officer', `/api/v1/credit/listings/${otherListing.id}/notify`, {
      version: 1,
      on: '2026-11-03',
    });
    const notMine = await call('xinghe.user', {
      method: 'POST',
      url: '/api/v1/credit/objections',
      payload: { listingId: otherListing.id, content: '异议' },
    });
    assert.equal(notMine.statusCode, 404);
    const objection = await post(
      'xinghe.user',
      '/api/v1/credit/objections',
      { listingId: listing.id, content: '所涉处罚决定已被复议撤销', on: '2026-11-12' },
      201,
    );
    assert.equal(objection.dueOn, '2026-12-03', '15 working days from Thu 11-12');
    const answered = await post('nanshan.officer', `/api/v1/credit/objections/${objection.id}/answer`, {
      upheld: true,
      answer: '经核实，处罚决定已撤销，异议成立',
      on: '2026-11-20',
    });
    assert.equal(answered.status, 'upheld');
    const detail = (
      await call('nanshan.officer', { method: 'GET', url: `/api/v1/credit/listings/${listing.id}` })
    ).json();
    assert.deepEqual([detail.state, detail.removalReason], ['removed', 'objection']);
    const kinds = (
      await testDb.database.db
        .select()
        .from(creditListingEvents)
        .where(eq(creditListingEvents.listingId, listing.id))
    ).map((e) => e.kind);
    assert.ok(kinds.includes('objection.submitted') && kinds.includes('removed.objection'));
  });
});
