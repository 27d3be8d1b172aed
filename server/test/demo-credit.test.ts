/**
 * The demo data set's credit part, as a new user sees it after `npm start`: records (one made by
 * a closed penalty case), a rated agency with its history, enterprise grades, one enterprise on
 * the public serious-dishonesty list after the whole due process, one listing still in its
 * statement period, a repair application awaiting a decision, and credit commitments.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { beijingToday } from '../src/modules/calendar/index.ts';
import { DEMO_CREDIT } from '../src/modules/demo/demo.credit.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

interface Record {
  source: string;
  category: string;
  legalBasis: string;
  documents: unknown[];
  subject: { name: string };
}

describe('demo data: credit supervision', () => {
  let platform: TestPlatform;
  let officer: string;
  const get = async <T>(token: string, url: string): Promise<T> => {
    const response = await platform.as(token, { method: 'GET', url });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<T>();
  };

  before(async () => {
    platform = await createTestPlatform();
    officer = await platform.login('sz.officer');
  });
  after(() => platform.close());

  test('records in Shenzhen and Hangzhou, automatic and manual, each with its basis', async () => {
    const shenzhen = await get<{ items: Record[] }>(officer, '/api/v1/credit/records?pageSize=100');
    assert.ok(shenzhen.items.length > 0);
    const automatic = shenzhen.items.filter((r) => r.source === 'automatic');
    assert.ok(
      automatic.some((r) => r.subject.name === DEMO_CREDIT.penalised.name && r.category === 'penalty'),
      'the closed demo penalty case made a record by itself',
    );
    const manual = shenzhen.items.filter((r) => r.source === 'manual');
    assert.ok(manual.length >= 5);
    assert.ok(manual.every((r) => r.legalBasis.length > 0 && r.documents.length > 0));
    const hangzhou = await get<{ items: Record[] }>(
      await platform.login('hz.officer'),
      '/api/v1/credit/records?pageSize=100',
    );
    assert.deepEqual(
      hangzhou.items.map((r) => r.subject.name).sort(),
      [DEMO_CREDIT.trademarks.name, DEMO_CREDIT.patents.name].sort(),
    );
  });

  test('a rated agency with its deductions and history; enterprise grades', async () => {
    type Item = {
      subject: { id: string; name: string };
      rating: { grade: string; score: number; deductions: { rule: string; explain: string }[] };
    };
    const agencies = await get<{ items: Item[] }>(officer, '/api/v1/credit/ratings?kind=agency');
    const agency = agencies.items.find((i) => i.subject.name === DEMO_CREDIT.agency.name);
    assert.equal(agency?.rating.grade, 'B');
    assert.equal(agency?.rating.score, 75);
    assert.deepEqual(agency?.rating.deductions.map((d) => d.rule).sort(), [
      'commitment.broken',
      'record.agency_violation.general',
      'record.penalty.general',
    ]);
    assert.ok(agency?.rating.deductions.every((d) => d.explain.includes('依据')));
    const history = await get<{ history: { grade: string }[] }>(
      officer,
      `/api/v1/credit/ratings/${agency?.subject.id}`,
    );
    assert.deepEqual(
      history.history.map((h) => h.grade),
      ['B', 'B', 'A'],
    );
    const enterprises = await get<{ items: Item[] }>(officer, '/api/v1/credit/ratings?kind=enterprise');
    const grades = new Map(enterprises.items.map((i) => [i.subject.name, i.rating.grade]));
    assert.equal(grades.get(DEMO_CREDIT.listed.name), 'D', 'the listing weighs in the grade');
    assert.equal(grades.get(DEMO_CREDIT.penalised.name), 'A');
  });

  test('one enterprise on the public list after the whole due process, visible without login', async () => {
    const list = await platform.app.inject({ method: 'GET', url: '/api/v1/public/credit/list' });
    assert.equal(list.statusCode, 200);
    type Entry = { subject: { name: string; uscc: string }; decidedBy: string; publishUntil: string };
    const items = list.json<{ items: Entry[] }>().items;
    assert.deepEqual(
      items.map((i) => [i.subject.name, i.subject.uscc, i.decidedBy]),
      [[DEMO_CREDIT.listed.name, DEMO_CREDIT.listed.uscc, '深圳市南山区市场监督管理局']],
    );
    assert.ok((items[0]?.publishUntil ?? '') > beijingToday());

    const lookup = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/public/credit/lookup',
      payload: { subject: DEMO_CREDIT.listed.uscc },
    });
    assert.equal(lookup.statusCode, 200, lookup.body);
    const [found] = lookup.json<{ subjects: { listed: boolean; recordsInPublicity: unknown[] }[] }>()
      .subjects;
    assert.equal(found?.listed, true);
    assert.equal(found?.recordsInPublicity.length, 2);

    type Listing = { id: string; state: string; subject: { name: string } };
    const listings = await get<{ items: Listing[] }>(officer, '/api/v1/credit/listings');
    const published = listings.items.find((l) => l.subject.name === DEMO_CREDIT.listed.name);
    const detail = await get<{ events: { kind: string }[]; statementDueOn: string; decidedOn: string }>(
      officer,
      `/api/v1/credit/listings/${published?.id}`,
    );
    const kinds = detail.events.map((e) => e.kind);
    // A county's decision needs the consent of the level above (令第44号): the city gave it.
    for (const step of ['proposed', 'notify', 'decide', 'approve', 'publish']) {
      assert.ok(kinds.includes(step), step);
    }
    assert.ok(detail.decidedOn > detail.statementDueOn, 'decided only after the statement period');
  });

  test('a listing in its statement period, a pending repair and a commitment to be checked', async () => {
    type Listing = { state: string; statementDueOn: string; subject: { name: string } };
    const listings = await get<{ items: Listing[] }>(officer, '/api/v1/credit/listings?state=notified');
    const open = listings.items.find((l) => l.subject.name === DEMO_CREDIT.notified.name);
    assert.ok(open && open.statementDueOn >= beijingToday(), 'the statement period still runs');

    type Repair = { state: string; overdue: boolean; subject: { name: string } };
    const repairs = await get<{ items: Repair[] }>(officer, '/api/v1/credit/repairs?state=applied');
    assert.deepEqual(
      repairs.items.map((r) => [r.subject.name, r.state, r.overdue]),
      [[DEMO_CREDIT.repairing.name, 'applied', false]],
    );

    const hz = await platform.login('hz.officer');
    const check = await platform.as(hz, {
      method: 'POST',
      url: '/api/v1/credit/check',
      payload: { subject: DEMO_CREDIT.patents.uscc },
    });
    assert.equal(check.statusCode, 200, check.body);
    const subjectId = check.json<{ subjects: { subject: { id: string } }[] }>().subjects[0]?.subject.id;
    const commitments = await get<{ items: { honoured: boolean | null }[] }>(
      hz,
      `/api/v1/credit/commitments?subjectId=${subjectId}`,
    );
    assert.deepEqual(
      commitments.items.map((c) => c.honoured),
      [null],
    );
  });
});
