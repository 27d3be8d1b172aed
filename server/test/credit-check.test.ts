/**
 * Credit check, ratings, commitments and the public credit information over HTTP on the demo data.
 * Records and listings are inserted directly (their own services are tested elsewhere).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { creditListingEvents, creditRatings } from '../src/modules/credit/credit.tables.ts';
import { recomputeRating } from '../src/modules/credit/rating.service.ts';
import { type CreditSubject, resolveSubject } from '../src/modules/credit/subjects.ts';
import { creditPlatform, day, insertListing, insertRecord, orgByName } from './helpers/credit-check.ts';

const AGENCY = '深圳市汇智知识产权代理有限公司';

describe('credit check, ratings and public credit information', () => {
  let p: Awaited<ReturnType<typeof creditPlatform>>;
  let officer: string;
  let agency: CreditSubject;
  let person: CreditSubject;
  let orgId: string;
  let agencyRecordId: string;
  let listingId: string;
  let agencyUscc: string;
  const as = (token: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    p.app.inject({ method, url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ok = <T>(response: LightMyRequestResponse, status = 200): T => {
    assert.equal(response.statusCode, status, response.body);
    return response.json<T>();
  };

  const addRecord = (subject: CreditSubject, values: Parameters<typeof insertRecord>[3] = {}) =>
    insertRecord(p.db, orgId, subject, values);
  const addListing = (subject: CreditSubject, state: string, until: string) =>
    insertListing(p.db, orgId, subject, state, until);
  const recompute = (subjectId: string, trigger: string) =>
    p.database.db.transaction((tx) => recomputeRating(tx, subjectId, trigger));

  before(async () => {
    p = await creditPlatform();
    officer = await p.login('nanshan.officer');
    orgId = (await orgByName(p.db, '深圳市南山区市场监督管理局')).id;
    agencyUscc = (await orgByName(p.db, AGENCY)).uscc!;
    agency = await resolveSubject(p.db, {
      kind: 'agency',
      name: AGENCY,
      uscc: agencyUscc,
      regionCode: '440304',
    });
    person = await resolveSubject(p.db, {
      kind: 'person',
      name: '张三丰',
      idNumber: '440305199001011234',
      regionCode: '440305',
    });
  });
  after(() => p.close());

  test('recomputation: deductions explained, written only on change, history kept', async () => {
    agencyRecordId = await addRecord(agency, { category: 'agency_violation', severity: 'serious' });
    await addRecord(agency, { publicityFrom: day(-400), publicityUntil: day(-1) });
    await addRecord(agency, { status: 'revoked' });
    const first = await recompute(agency.id, 'test:records');
    assert.equal(first.changed, true);
    assert.equal(first.rating?.score, 70);
    assert.equal(first.rating?.grade, 'B');
    assert.deepEqual(
      first.rating?.deductions.map((d) => [d.rule, d.points, d.recordId]),
      [['record.agency_violation.serious', 30, agencyRecordId]],
    );
    assert.equal((await recompute(agency.id, 'test:again')).changed, false);

    listingId = await addListing(agency, 'published', day(365 * 3));
    const second = await recompute(agency.id, 'test:listing');
    assert.equal(second.rating?.grade, 'D');
    assert.equal(second.rating?.score, 30);
    const rows = await p.db.select().from(creditRatings).where(eq(creditRatings.subjectId, agency.id));
    assert.equal(rows.length, 2);
    assert.deepEqual(
      rows.filter((r) => r.current).map((r) => r.trigger),
      ['test:listing'],
    );

    const history = ok<{ history: { grade: string; current: boolean }[] }>(
      await as(officer, 'GET', `/api/v1/credit/ratings/${agency.id}`),
    );
    assert.deepEqual(
      history.history.map((h) => [h.grade, h.current]),
      [
        ['D', true],
        ['B', false],
      ],
    );
    const list = ok<{ items: { subject: { id: string }; rating: { grade: string } }[] }>(
      await as(await p.login('gd.admin'), 'GET', '/api/v1/credit/ratings?kind=agency'),
    );
    assert.ok(list.items.some((i) => i.subject.id === agency.id && i.rating.grade === 'D'));
  });

  test('check answers listed, records in publicity, rating and measures with their rules', async () => {
    type Check = {
      found: boolean;
      subjects: {
        listed: boolean;
        listings: { id: string }[];
        recordsInPublicity: { id: string }[];
        rating: { grade: string; deductions: { rule: string }[] };
        measures: { measure: string; rule: string; basis: string }[];
      }[];
    };
    const result = ok<Check>(await as(officer, 'POST', '/api/v1/credit/check', { subject: agencyUscc }));
    assert.equal(result.found, true);
    const [one] = result.subjects;
    assert.equal(one?.listed, true);
    assert.deepEqual(
      one?.listings.map((l) => l.id),
      [listingId],
    );
    assert.deepEqual(
      one?.recordsInPublicity.map((r) => r.id),
      [agencyRecordId],
    );
    assert.equal(one?.rating.grade, 'D');
    assert.deepEqual(one?.rating.deductions.map((d) => d.rule).sort(), [
      'listing.serious_dishonesty',
      'record.agency_violation.serious',
    ]);
    const fastPreExam = one?.measures.find((m) => m.measure === '不予适用快速预审');
    assert.equal(fastPreExam?.rule, 'list.serious_dishonesty');
    assert.ok(fastPreExam?.basis);
    assert.ok(one?.measures.some((m) => m.rule === 'record.agency_violation'));

    const byName = ok<Check>(
      await as(officer, 'POST', '/api/v1/credit/check', { subject: '深圳市汇智知识产权代理有限公司' }),
    );
    assert.equal(byName.subjects.length, 1);
    assert.equal(
      ok<Check>(await as(officer, 'POST', '/api/v1/credit/check', { subject: '汇智' })).found,
      false,
    );
    assert.equal((await as(null, 'POST', '/api/v1/credit/check', { subject: '汇智' })).statusCode, 401);
    const enterpriseUser = await p.login('xinghe.user');
    assert.equal(
      (await as(enterpriseUser, 'POST', '/api/v1/credit/check', { subject: '汇智' })).statusCode,
      403,
    );
  });

  test('public lookup masks persons and shows nothing that is not public', async () => {
    await addRecord(person, { summary: '张三丰（身份证440305199001011234）销售假冒专利产品' });
    await addRecord(person, {
      category: 'malicious_trademark',
      publicityFrom: day(5),
      summary: '未到公示',
    });
    const response = await as(null, 'POST', '/api/v1/public/credit/lookup', { subject: '张三丰' });
    const body = ok<{ subjects: { subject: { name: string; uscc: null }; recordsInPublicity: unknown[] }[] }>(
      response,
    );
    assert.equal(body.subjects.length, 1);
    assert.equal(body.subjects[0]?.subject.name, '张某');
    assert.equal(body.subjects[0]?.recordsInPublicity.length, 1);
    assert.doesNotMatch(response.body, /张三丰|1990|440305199001011234|idNumber|未到公示/);

    const agencyAnswer = await as(null, 'POST', '/api/v1/public/credit/lookup', { subject: agencyUscc });
    const agencyBody = ok<{ subjects: { listed: boolean; rating: { grade: string } }[] }>(agencyAnswer);
    assert.equal(agencyBody.subjects[0]?.listed, true);
    assert.deepEqual(agencyBody.subjects[0]?.rating, { scheme: 'cnipa-agency-2023', grade: 'D' });
    assert.doesNotMatch(agencyAnswer.body, /deductions|sourceId/);
    const partial = ok<{ found: boolean }>(
      await as(null, 'POST', '/api/v1/public/credit/lookup', { subject: '汇智代理' }),
    );
    assert.equal(partial.found, false);
  });

  test('the public list, its CSV and its change feed', async () => {
    const qiantang = '杭州钱塘新材料股份有限公司';
    const hidden = await resolveSubject(p.db, {
      kind: 'enterprise',
      name: qiantang,
      uscc: (await orgByName(p.db, qiantang)).uscc,
      regionCode: '330100',
    });
    await addListing(hidden, 'decided', day(365));
    await addListing(hidden, 'published', day(-1));
    const list = ok<{ items: { id: string; subject: { name: string }; decidedBy: string }[] }>(
      await as(null, 'GET', '/api/v1/public/credit/list'),
    );
    // The demo data has a listing of its own on the list; 钱塘's are not (decided only, or expired).
    const names = list.items.map((i) => i.subject.name);
    assert.ok(names.includes(AGENCY), names.join('、'));
    assert.ok(!names.some((n) => n.includes('钱塘')), names.join('、'));
    assert.equal(list.items.find((i) => i.subject.name === AGENCY)?.decidedBy, '深圳市南山区市场监督管理局');

    const csv = await as(null, 'GET', '/api/v1/public/credit/list.csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.body.startsWith('\uFEFF主体名称,统一社会信用代码,主体类型'));
    assert.match(csv.body, new RegExp(`${AGENCY},${agencyUscc},代理机构`));
    assert.doesNotMatch(csv.body, /钱塘/);

    const at = new Date();
    for (const kind of ['notified', 'published']) {
      await p.db.insert(creditListingEvents).values({ listingId, at, kind, summary: kind });
    }
    const since = new Date(at.getTime() - 1000).toISOString();
    const feed = ok<{ items: { kind: string; listingId: string }[] }>(
      await as(null, 'GET', `/api/v1/public/credit/changes?since=${encodeURIComponent(since)}`),
    );
    assert.deepEqual(
      feed.items.map((i) => [i.kind, i.listingId]),
      [['published', listingId]],
    );
    const later = ok<{ items: unknown[] }>(
      await as(null, 'GET', `/api/v1/public/credit/changes?since=${day(2)}`),
    );
    assert.equal(later.items.length, 0);
    assert.equal((await as(null, 'GET', '/api/v1/public/credit/changes?since=soon')).statusCode, 400);
  });

  test('commitments: recorded, a broken one deducts from the rating', async () => {
    const subject = { kind: 'agency', name: AGENCY, uscc: agencyUscc };
    const made = ok<{ id: string; subjectId: string; honoured: null }>(
      await as(officer, 'POST', '/api/v1/credit/commitments', {
        subject,
        context: '专利快速预审备案',
        text: '承诺所提交材料真实',
        madeOn: day(-30),
      }),
      201,
    );
    assert.equal(made.subjectId, agency.id);
    // 汇智 is in 福田 (440304): a 南山 officer's jurisdiction does not cover it.
    const refused = await as(officer, 'POST', `/api/v1/credit/commitments/${made.id}/check`, {
      honoured: false,
    });
    assert.equal(refused.statusCode, 404);
    const admin = await p.login('gd.admin');
    const checked = ok<{
      commitment: { honoured: boolean };
      rating: { score: number; deductions: { rule: string; recordId: string }[] };
    }>(
      await as(admin, 'POST', `/api/v1/credit/commitments/${made.id}/check`, {
        honoured: false,
        note: '材料不实',
      }),
    );
    assert.equal(checked.commitment.honoured, false);
    assert.equal(checked.rating.score, 25);
    assert.ok(
      checked.rating.deductions.some((d) => d.rule === 'commitment.broken' && d.recordId === made.id),
    );
    const listed = ok<{ items: { id: string }[] }>(
      await as(officer, 'GET', `/api/v1/credit/commitments?subjectId=${agency.id}`),
    );
    assert.deepEqual(
      listed.items.map((i) => i.id),
      [made.id],
    );
  });

  // Last: it uses up the anonymous allowance of the lookup route.
  test('the public lookup is rate-limited for anonymous callers, not for signed-in users', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      statuses.push(
        (await as(null, 'POST', '/api/v1/public/credit/lookup', { subject: '无此主体' })).statusCode,
      );
    }
    assert.ok(statuses.includes(429), statuses.join(','));
    const signedIn = await as(officer, 'POST', '/api/v1/public/credit/lookup', { subject: '无此主体' });
    assert.equal(signedIn.statusCode, 200);
  });
});
