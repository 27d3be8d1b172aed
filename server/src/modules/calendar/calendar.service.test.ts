/** The calendar on a real database (PGlite, or PostgreSQL with DATABASE_URL): loading, replacing, caching. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Permission } from '@ipp/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { ALL_SCOPE } from '../../platform/access/scope.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import type { AppError } from '../../platform/http/error-catalog.ts';
import { loadWorkingCalendar } from './calendar.loader.ts';
import { REFERENCE_LOADER, syncReferenceCalendar } from './calendar.reference.ts';
import {
  CALENDAR_WRITE,
  computeDeadline,
  getCalendarYear,
  listCalendarYears,
  replaceCalendarYear,
} from './calendar.service.ts';

function admin(permissions: Permission[]): Actor {
  return {
    type: 'user',
    id: '7f0c8a52-61a4-4c1b-9a53-2b8f3e1c9d02',
    name: 'national.admin',
    org: {
      id: 'b3f1d2c4-5e6f-4a7b-8c9d-0e1f2a3b4c5e',
      name: '国家知识产权局',
      regionCode: '000000',
      level: 'national',
    },
    permissions: new Set(permissions),
    scope: ALL_SCOPE,
  };
}

/** The 2026 arrangement as an administrator would send it, less the National Day make-up Saturday. */
async function amended2026(context: ServiceContext) {
  const current = await getCalendarYear(context, 2026);
  return {
    source: current.source,
    publishedOn: current.publishedOn,
    days: current.days
      .filter((d) => d.day !== '2026-10-10')
      .map(({ day, kind, name }) => ({ day, kind, name })),
  };
}

describe('calendar on the database', () => {
  let testDb: TestDatabase;
  let writer: ServiceContext;
  let reader: ServiceContext;
  before(async () => {
    testDb = await createTestDatabase();
    writer = { db: testDb.database.db, actor: admin([CALENDAR_WRITE]), requestId: 'req-calendar-test' };
    reader = { db: testDb.database.db, actor: admin([]), requestId: 'req-calendar-read' };
  });
  after(() => testDb.cleanup());
  const query = <T>(text: string) => testDb.database.query<T>(text);
  const auditCount = async () =>
    (
      await query<{ n: number }>(`select count(*)::int as n from audit_log where action like 'calendar.%'`)
    )[0]!.n;

  test('the reference years load once; a second start changes nothing', async () => {
    await query('delete from calendar_years');
    assert.deepEqual(await syncReferenceCalendar(testDb.database.db), {
      loaded: [2025, 2026],
      unchanged: [],
      keptAsAdministered: [],
    });
    const [before2026] = await query<{ loaded_at: Date }>(
      'select loaded_at from calendar_years where year = 2026',
    );
    assert.deepEqual(await syncReferenceCalendar(testDb.database.db), {
      loaded: [],
      unchanged: [2025, 2026],
      keptAsAdministered: [],
    });
    const [after2026] = await query<{ loaded_at: Date }>(
      'select loaded_at from calendar_years where year = 2026',
    );
    assert.equal(after2026!.loaded_at.getTime(), before2026!.loaded_at.getTime());
    const years = await listCalendarYears(reader);
    assert.deepEqual(
      years.map((y) => [y.year, y.holidays, y.workdays, y.loadedBy, y.publishedOn]),
      [
        [2025, 28, 5, REFERENCE_LOADER, '2024-11-12'],
        [2026, 33, 6, REFERENCE_LOADER, '2025-11-04'],
      ],
    );
    assert.match(years[1]!.source, /国办发明电〔2025〕7号/);
  });

  test('the loaded calendar computes across the Spring Festival and knows 2027 is unknown', async () => {
    const calendar = await loadWorkingCalendar(testDb.database.db);
    assert.equal(calendar.addWorkingDays('2026-02-12', 5).due, '2026-02-26');
    assert.equal(calendar.knows(2027), false);
    assert.equal(await loadWorkingCalendar(testDb.database.db), calendar, 'cached while nothing changes');
    const deadline = await computeDeadline(reader, { from: '2026-12-28', amount: 5, unit: 'working_days' });
    assert.deepEqual([deadline.due, deadline.complete, deadline.unknownYears], ['2027-01-04', false, [2027]]);
    await assert.rejects(getCalendarYear(reader, 2027), (e: AppError) => e.code === 'CALENDAR_YEAR_UNKNOWN');
  });

  test('a replacement breaking the rules is refused item by item and changes nothing', async () => {
    const audits = await auditCount();
    const input = await amended2026(reader);
    input.days.push(
      { day: '2026-02-16', kind: 'workday', name: '春节' }, // a Monday, and already a holiday
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2026-02-30', kind: 'holiday', name: '春节' },
    );
    const n = input.days.length;
    await assert.rejects(replaceCalendarYear(writer, 2026, input), (error: AppError) => {
      assert.equal(error.code, 'CALENDAR_INVALID_ARRANGEMENT');
      assert.deepEqual(error.errors, [
        { path: `/body/days/${n - 3}/day`, message: '2026-02-16 is listed already at /body/days/6' },
        {
          path: `/body/days/${n - 3}/kind`,
          message: '2026-02-16 is a Monday: a make-up working day falls on a Saturday or Sunday',
        },
        { path: `/body/days/${n - 2}/day`, message: '2027-01-01 is not in 2026' },
        { path: `/body/days/${n - 1}/day`, message: '2026-02-30 is not a calendar date (YYYY-MM-DD)' },
      ]);
      return true;
    });
    assert.equal((await getCalendarYear(reader, 2026)).workdays, 6);
    assert.equal(await auditCount(), audits);
    await assert.rejects(replaceCalendarYear(reader, 2026, await amended2026(reader)), (e: AppError) => {
      return e.code === 'PLATFORM_FORBIDDEN';
    });
  });

  test('a replacement is written and audited together, and the cached calendar follows it', async () => {
    const before = await loadWorkingCalendar(testDb.database.db);
    assert.equal(before.addWorkingDays('2026-09-29', 4).due, '2026-10-10');
    const replaced = await replaceCalendarYear(writer, 2026, await amended2026(reader));
    assert.deepEqual([replaced.holidays, replaced.workdays, replaced.loadedBy], [33, 5, 'national.admin']);
    const calendar = await loadWorkingCalendar(testDb.database.db);
    assert.notEqual(calendar, before);
    assert.equal(
      calendar.addWorkingDays('2026-09-29', 4).due,
      '2026-10-12',
      'Sat 10-10 is a weekend day now',
    );
    const [record] = await query<{ action: string; target_id: string; request_id: string; detail: unknown }>(
      `select action, target_id, request_id, detail from audit_log where action = 'calendar.year.replace'`,
    );
    assert.deepEqual(record, {
      action: 'calendar.year.replace',
      target_id: '2026',
      request_id: 'req-calendar-test',
      detail: {
        before: {
          source: replaced.source,
          publishedOn: '2025-11-04',
          loadedBy: REFERENCE_LOADER,
        },
        after: { source: replaced.source, publishedOn: '2025-11-04' },
        removed: ['2026-10-10 workday 国庆节'],
        added: [],
      },
    });
    assert.equal((await verifyAuditChain(testDb.database.db)).ok, true);
  });

  test('the reference data does not overwrite a year an administrator replaced', async () => {
    assert.deepEqual(await syncReferenceCalendar(testDb.database.db), {
      loaded: [],
      unchanged: [2025],
      keptAsAdministered: [2026],
    });
    assert.equal((await getCalendarYear(reader, 2026)).workdays, 5);
  });

  test('a change made behind the cache (another process) is seen at the next load', async () => {
    const cached = await loadWorkingCalendar(testDb.database.db);
    await query(
      `insert into calendar_days (day, year, kind, name) values ('2026-10-10', 2026, 'workday', '国庆节')`,
    );
    await query(`update calendar_years set loaded_at = now() where year = 2026`);
    const fresh = await loadWorkingCalendar(testDb.database.db);
    assert.notEqual(fresh, cached);
    assert.equal(fresh.addWorkingDays('2026-09-29', 4).due, '2026-10-10');
  });
});
