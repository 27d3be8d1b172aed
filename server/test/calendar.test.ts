/** The working-day calendar over HTTP: reading, the deadline calculator, and audited replacement. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { syncReferenceCalendar } from '../src/modules/calendar/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

interface YearDetail {
  source: string;
  publishedOn: string | null;
  holidays: number;
  workdays: number;
  loadedBy: string;
  days: { day: string; kind: string; name: string; weekday: number }[];
}

describe('calendar API', () => {
  let platform: TestPlatform;
  let officer: string;
  let admin: string;
  before(async () => {
    platform = await createTestPlatform();
    await syncReferenceCalendar(platform.database.db);
    officer = await platform.login('sz.officer');
    admin = await platform.login('national.admin');
  });
  after(() => platform.close());

  const get = (token: string, url: string) => platform.as(token, { method: 'GET', url });
  const deadline = (token: string, query: string) => get(token, `/api/v1/calendar/deadline?${query}`);
  const put = (token: string, year: number, payload: Record<string, unknown>) =>
    platform.as(token, { method: 'PUT', url: `/api/v1/calendar/years/${year}`, payload });

  test('any signed-in user reads the loaded years; anonymous callers do not', async () => {
    const anonymous = await platform.app.inject({ method: 'GET', url: '/api/v1/calendar/years' });
    assert.equal(anonymous.statusCode, 401);
    const years = await get(officer, '/api/v1/calendar/years');
    assert.equal(years.statusCode, 200);
    assert.deepEqual(
      years
        .json()
        .items.map((y: { year: number; holidays: number; workdays: number }) => [
          y.year,
          y.holidays,
          y.workdays,
        ]),
      [
        [2025, 28, 5],
        [2026, 33, 6],
      ],
    );
    const year = await get(officer, '/api/v1/calendar/years/2026');
    const detail = year.json<YearDetail>();
    assert.equal(detail.days.length, 39);
    assert.deepEqual(detail.days[3], { day: '2026-01-04', kind: 'workday', name: '元旦', weekday: 0 });
    const unknown = await get(officer, '/api/v1/calendar/years/2027');
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.json().detail, /2027.*unknown/);
  });

  test('the deadline calculator answers the due date with the days skipped', async () => {
    const spring = await deadline(officer, 'from=2026-02-12&amount=5&unit=working_days');
    assert.equal(spring.statusCode, 200);
    const body = spring.json();
    assert.deepEqual([body.due, body.complete, body.unknownYears], ['2026-02-26', true, []]);
    assert.equal(body.skipped.length, 9);
    assert.ok(body.skipped.every((d: { name: string }) => d.name === '春节'));
    assert.deepEqual(body.makeUpWorkdays, [{ day: '2026-02-14', weekday: 6, name: '春节' }]);

    const national = (await deadline(officer, 'from=2026-09-24&amount=7&unit=calendar_days')).json();
    assert.deepEqual(
      [national.nominalEnd, national.due, national.skipped.length],
      ['2026-10-01', '2026-10-08', 7],
    );
    const month = (await deadline(officer, 'from=2026-01-31&amount=1&unit=months')).json();
    assert.deepEqual([month.nominalEnd, month.due, month.skipped], ['2026-02-28', '2026-02-28', []]);

    const into2027 = (await deadline(officer, 'from=2026-12-28&amount=5&unit=working_days')).json();
    assert.deepEqual([into2027.due, into2027.complete, into2027.unknownYears], ['2027-01-04', false, [2027]]);
  });

  test('a bad date, amount or unit is refused with the field named', async () => {
    for (const [query, path] of [
      ['from=2026-02-30&amount=5&unit=working_days', '/querystring/from'],
      ['from=2026-02-12&amount=0&unit=working_days', '/querystring/amount'],
      ['from=2026-02-12&amount=5&unit=weeks', '/querystring/unit'],
    ] as const) {
      const response = await deadline(officer, query);
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().code, 'PLATFORM_VALIDATION');
      assert.ok(
        response.json().errors.some((e: { path: string }) => e.path.startsWith(path)),
        `${query}: ${response.body}`,
      );
    }
  });

  test('replacing a year needs calendar.day.write, is validated item by item, and is audited', async () => {
    const current = (await get(admin, '/api/v1/calendar/years/2026')).json<YearDetail>();
    const days = current.days
      .filter((d) => d.day !== '2026-10-10')
      .map(({ day, kind, name }) => ({ day, kind, name }));
    const payload = { source: current.source, publishedOn: current.publishedOn, days };

    const denied = await put(officer, 2026, payload);
    assert.equal(denied.statusCode, 403);

    const bad = await put(admin, 2026, {
      ...payload,
      days: [...days, { day: '2026-10-12', kind: 'workday', name: '国庆节' }],
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'CALENDAR_INVALID_ARRANGEMENT');
    assert.deepEqual(bad.json().errors, [
      {
        path: `/body/days/${days.length}/kind`,
        message: '2026-10-12 is a Monday: a make-up working day falls on a Saturday or Sunday',
      },
    ]);
    const badKind = await put(admin, 2026, {
      ...payload,
      days: [{ day: '2026-10-01', kind: 'vacation', name: 'x' }],
    });
    assert.equal(badKind.statusCode, 400);

    const before = (await deadline(officer, 'from=2026-09-29&amount=4&unit=working_days')).json();
    assert.equal(before.due, '2026-10-10');
    const replaced = await put(admin, 2026, payload);
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.deepEqual([replaced.json().workdays, replaced.json().loadedBy], [5, 'national.admin']);
    const afterReplace = (await deadline(officer, 'from=2026-09-29&amount=4&unit=working_days')).json();
    assert.equal(afterReplace.due, '2026-10-12', 'the cached calendar followed the change');

    const audit = await platform.database.query<{
      actor_name: string;
      outcome: string;
      target_id: string | null;
    }>(
      `select actor_name, outcome, target_id from audit_log
        where action = 'calendar.year.replace' or action like 'PUT /api/v1/calendar/%' order by seq`,
    );
    assert.deepEqual(audit, [
      { actor_name: 'sz.officer', outcome: 'denied', target_id: null },
      { actor_name: 'national.admin', outcome: 'success', target_id: '2026' },
    ]);
  });
});
