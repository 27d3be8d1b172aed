/**
 * 集中查询 without text (ADR 0023): every filter a facet sets, alone and by pairs, pages exactly as
 * all its matches sorted; the status rules match what the derived status says; the expired page's
 * windows of recent expiry dates hold the page or give way to sorting every match; and the term
 * floor follows the writes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RightEventInput, RightInput } from '@ipp/shared';
import { RIGHT_STATUSES, RIGHT_TYPES } from '@ipp/shared';
import { sql } from 'drizzle-orm';
import { beijingToday } from '../src/modules/calendar/index.ts';
import { patentCheckCharacter } from '../src/modules/registry/numbers.ts';
import { prepareRight } from '../src/modules/registry/prepare.ts';
import { rightSearch, rights } from '../src/modules/registry/registry.tables.ts';
import { currentStatus } from '../src/modules/registry/rights.queries.ts';
import { writeRights } from '../src/modules/registry/rights.writer.ts';
import { expiredPageIds } from '../src/modules/registry/search.expired.ts';
import { readPage } from '../src/modules/registry/search.page.ts';
import { type SearchFilter, searchConditions } from '../src/modules/registry/search.queries.ts';
import { STATUS_RULES, statusCondition } from '../src/modules/registry/search.status.ts';
import { matchSummary, summarizeMatches } from '../src/modules/registry/search.summary.ts';
import { validateRight } from '../src/modules/registry/validation.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';

const REGIONS = ['610102', '610113', '440305', '330106', '110108', '540102'];
const date = (year: number, i: number) =>
  `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
const plusYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
const upTo = (day: string, today: string) => (day <= today ? day : null);

/** A patent filed in `year`: utility model (type digit 2), invention (1) or design (3). */
function patent(i: number, year: number, digit: 1 | 2 | 3, today: string): RightInput {
  const digits = `${year}${digit}${String(i).padStart(7, '0')}`;
  const filingDate = date(year, i);
  const grantDate = upTo(plusYears(filingDate, digit === 1 ? 3 : 1), today);
  const publicationDate = digit === 1 ? upTo(plusYears(filingDate, 1), today) : null;
  const events: RightEventInput[] = [];
  const after = (years: number) => (grantDate ? upTo(plusYears(grantDate, years), today) : null);
  if (i % 13 === 0 && after(2)) events.push({ type: 'termination', date: after(2)! });
  else if (i % 23 === 0 && after(1)) events.push({ type: 'invalidation_partial', date: after(1)! });
  else if (i % 29 === 0 && after(1)) events.push({ type: 'invalidation', date: after(1)! });
  const subtype = digit === 1 ? 'invention' : digit === 2 ? 'utility_model' : 'design';
  return {
    type: 'patent',
    subtype,
    number: `${digits}${patentCheckCharacter(digits)}`,
    title: `一种测试装置${i}`,
    holders: [{ name: `陕西测试${i % 7}科技有限公司` }],
    classes: [digit === 3 ? '09-01' : ['A23F', 'G06F', 'H01L'][i % 3]!],
    regionCode: REGIONS[i % REGIONS.length]!,
    filingDate,
    publicationDate,
    grantDate,
    events,
    source: 'filters-test',
  };
}

/** A trademark: renewed, revoked, or expired by an expiry event now and then. */
function trademark(i: number, year: number, today: string): RightInput {
  const filingDate = date(year, i);
  const grantDate = upTo(plusYears(filingDate, 1), today);
  const events: RightEventInput[] = [];
  const at = (years: number) => (grantDate ? upTo(plusYears(grantDate, years), today) : null);
  if (i % 3 === 0 && at(9)) events.push({ type: 'renewal', date: at(9)! });
  if (i % 17 === 0 && at(4)) events.push({ type: 'revocation', date: at(4)! });
  else if (i % 19 === 0 && at(5)) events.push({ type: 'expiry', date: at(5)! });
  return {
    type: 'trademark',
    number: String(70_000_000 + i),
    title: `测试商标${i}`,
    holders: [{ name: `杭州测试${i % 5}贸易有限公司` }],
    classes: [String((i % 45) + 1)],
    regionCode: REGIONS[(i + 1) % REGIONS.length]!,
    filingDate,
    grantDate,
    events,
    source: 'filters-test',
  };
}

/** An IC layout (created `createdBefore` years before filing), a GI mark (no filing date) or a product GI. */
function other(i: number, year: number, today: string, createdBefore = 2): RightInput {
  const region = REGIONS[i % REGIONS.length]!;
  if (i % 3 === 0) {
    const filingDate = date(year, i);
    return {
      type: 'ic_layout',
      number: `BS.${300_000_000 + i}`,
      title: `测试芯片布图${i}`,
      holders: [{ name: `深圳测试${i % 3}微电子有限公司` }],
      regionCode: region,
      filingDate,
      creationDate: plusYears(filingDate, -createdBefore),
      grantDate: upTo(plusYears(filingDate, 1), today),
      source: 'filters-test',
    };
  }
  return {
    type: 'gi',
    subtype: i % 3 === 1 ? 'gi_certification_mark' : 'product_gi',
    number: `TESTGI${i}`,
    title: `测试地理标志${i}`,
    holders: [{ name: `测试${i}产业协会` }],
    regionCode: region,
    protectedAreaCodes: [region],
    grantDate: date(year, i),
    source: 'filters-test',
  };
}

function record(i: number, today: string): RightInput {
  const year = 2004 + ((i * 7) % 22);
  const kind = i % 10;
  if (kind <= 3) return patent(i, year, 2, today);
  if (kind <= 5) return patent(i, year, 1, today);
  if (kind === 6) return patent(i, year, 3, today);
  if (kind <= 8) return trademark(i, year - 4, today);
  return other(i, year, today);
}

async function write(testDb: TestDatabase, inputs: RightInput[]) {
  const prepared = inputs.map((input) => {
    const result = validateRight(input);
    assert.deepEqual(result.errors, [], input.number);
    return prepareRight(input, result.normalized!);
  });
  await testDb.database.db.transaction((tx) => writeRights(tx, prepared));
}

interface Row {
  id: string;
  type: string;
  base: string;
  expiry: string | null;
  filing: string | null;
  region: string | null;
  class: string | null;
}

describe('search without text', () => {
  let testDb: TestDatabase;
  let today: string;
  let rows: Row[];

  /** Every match of `filter` by the derived status, in page order: the answer to check against. */
  const expected = (filter: SearchFilter) =>
    rows
      .filter((r) => {
        const status = ['valid', 'partially_invalid'].includes(r.base) && r.expiry && r.expiry < today;
        if (filter.status && (status ? 'expired' : r.base) !== filter.status) return false;
        if (filter.type && r.type !== filter.type) return false;
        if (filter.province && r.region?.slice(0, 2) !== filter.province.slice(0, 2)) return false;
        if (filter.regionCode && r.region !== filter.regionCode) return false;
        if (filter.classMain && r.class !== filter.classMain) return false;
        if (filter.filedFrom && !(r.filing && r.filing >= filter.filedFrom)) return false;
        return !(filter.filedTo && !(r.filing && r.filing <= filter.filedTo));
      })
      .sort((a, b) => (b.filing ?? '').localeCompare(a.filing ?? '') || b.id.localeCompare(a.id))
      .map((r) => r.id);

  const pageIds = async (filter: SearchFilter, page: number, size: number) =>
    (await readPage(testDb.database.db, filter, page, size)).map((r) => r.id);

  const load = async () => {
    rows = await testDb.database.query<Row>(
      `select right_id as id, type, status_base as base, expiry_date::text as expiry,
              filing_date::text as filing, region_code as region, class_main as class from right_search`,
    );
  };

  before(async () => {
    testDb = await createTestDatabase();
    today = beijingToday();
    await write(
      testDb,
      Array.from({ length: 900 }, (_, i) => record(i + 1, today)),
    );
    await load();
  });
  after(() => testDb.cleanup());

  test('the data has every status and type, and rights expired by term with and without a filing date', () => {
    for (const status of RIGHT_STATUSES) assert.ok(expected({ status }).length > 0, status);
    for (const type of RIGHT_TYPES) assert.ok(expected({ type }).length > 0, type);
    const expired = rows.filter((r) => expected({ status: 'expired' }).includes(r.id));
    assert.ok(
      expired.some((r) => r.base === 'expired'),
      'by an expiry event',
    );
    assert.ok(
      expired.some((r) => r.base === 'valid' && r.filing),
      'by term, filed',
    );
    assert.ok(
      expired.some((r) => r.base === 'valid' && !r.filing),
      'by term, no filing date (a GI mark)',
    );
  });

  test('each status rule matches exactly the rights whose derived status it is', async () => {
    for (const [status, rule] of Object.entries(STATUS_RULES)) {
      const matched = await testDb.database.db
        .select({ id: rightSearch.rightId })
        .from(rightSearch)
        .where(statusCondition(status));
      assert.deepEqual(
        matched.map((r) => r.id).sort(),
        expected({ status }).sort(),
        `${status}: ${rule.because}`,
      );
    }
    assert.equal(
      (await testDb.database.db.select().from(rightSearch).where(statusCondition('lapsed'))).length,
      0,
    );
  });

  test('each filter alone and each type with each status pages as all its matches sorted, and counts them', async () => {
    const filters: SearchFilter[] = [
      ...RIGHT_STATUSES.map((status) => ({ status })),
      ...RIGHT_TYPES.map((type) => ({ type })),
      ...RIGHT_TYPES.flatMap((type) => RIGHT_STATUSES.map((status) => ({ type, status }))),
      { province: '610000' },
      { province: '610000', status: 'expired' },
      { regionCode: '540102' },
      { regionCode: '540102', status: 'expired' },
      { classMain: 'G06F' },
      { classMain: '30', status: 'expired' },
      { filedFrom: '2010-01-01', filedTo: '2015-12-31', status: 'expired' },
      { filedTo: '2008-06-30', status: 'valid' },
    ];
    for (const filter of filters) {
      const all = expected(filter);
      for (const [page, size] of [
        [1, 5],
        [2, 5],
        [4, 7],
        [1, 1000],
      ] as const)
        assert.deepEqual(
          await pageIds(filter, page, size),
          all.slice((page - 1) * size, page * size),
          `${JSON.stringify(filter)} page ${page} of ${size}`,
        );
      const summary = await matchSummary(testDb.database.db, searchConditions(filter), ['type'], 100_000);
      assert.equal(summary.total, all.length, `${JSON.stringify(filter)} total`);
    }
  });

  test('expired rights are counted with index scans off, and the settings end with the count', async () => {
    const db = testDb.database.db;
    for (const filter of [
      { status: 'expired' },
      { status: 'expired', classMain: 'G06F' },
      { status: 'expired', type: 'gi' },
    ]) {
      const summary = await summarizeMatches(db, filter, ['status'], 100_000);
      assert.equal(summary.total, expected(filter).length, JSON.stringify(filter));
      assert.deepEqual(summary.facets.get('status'), [{ value: 'expired', count: summary.total }]);
    }
    const settings = await db.transaction(async (tx) => {
      await summarizeMatches(tx, { status: 'expired' }, ['type'], 1_000);
      const shown = (await tx.execute(
        sql`select current_setting('enable_indexscan') as scan, current_setting('enable_indexonlyscan') as only`,
      )) as unknown as { rows: { scan: string; only: string }[] };
      return shown.rows[0];
    });
    assert.deepEqual(settings, { scan: 'on', only: 'on' }, 'a caller’s transaction keeps its index scans');
  });

  test('the expired page is held by windows of recent expiries, or left to sorting every match when none holds it', async () => {
    const db = testDb.database.db;
    const all = expected({ status: 'expired' });
    const dated = rows.filter((r) => all.includes(r.id) && r.filing).length;
    assert.ok(dated >= 40 && dated < all.length, `${dated} of ${all.length} expired have a filing date`);
    assert.deepEqual(
      await expiredPageIds(db, undefined, 2, 10, undefined),
      all.slice(10, 20),
      'the default windows',
    );
    // A window of one day holds no page; one of 82 years holds any page of dated rights; past the
    // last dated one no window can vouch for the page (rights with no filing date come last), and
    // readPage sorts every match.
    assert.equal(await expiredPageIds(db, undefined, 1, 10, undefined, [1]), null);
    assert.deepEqual(await expiredPageIds(db, undefined, 3, 10, undefined, [1, 30_000]), all.slice(20, 30));
    const last = Math.ceil(all.length / 10);
    assert.equal(await expiredPageIds(db, undefined, last, 10, undefined, [30_000]), null);
    assert.deepEqual(await pageIds({ status: 'expired' }, last, 10), all.slice((last - 1) * 10));
    // GIs have no term floor (no GI here has a filing date): no window holds their expired marks.
    const gi = searchConditions({ type: 'gi' });
    assert.equal(await expiredPageIds(db, gi, 1, 10, 'gi'), null);
    assert.deepEqual(
      await pageIds({ status: 'expired', type: 'gi' }, 1, 10),
      expected({ status: 'expired', type: 'gi' }).slice(0, 10),
    );
  });

  test('each type’s term floor is its shortest term; a shorter one lowers it, a longer one never raises it', async () => {
    const floors = async () =>
      Object.fromEntries(
        (
          await testDb.database.query<{ type: string; days: number }>(
            'select type, days from right_search_term_floor',
          )
        ).map((f) => [f.type, f.days]),
      );
    const shortest = (type: string) =>
      Math.min(
        ...rows
          .filter((r) => r.type === type && r.expiry && r.filing)
          .map((r) => (Date.parse(r.expiry!) - Date.parse(r.filing!)) / 86_400_000),
      );
    assert.deepEqual(await floors(), {
      patent: shortest('patent'),
      trademark: shortest('trademark'),
      ic_layout: shortest('ic_layout'),
    });
    const before = (await floors()).ic_layout!;
    // Created 14 years before filing: protected 15 years from creation, one year from filing.
    await write(testDb, [other(3, 2020, today, 14)]);
    await load();
    assert.ok(shortest('ic_layout') < before, 'the rewritten right has the shortest term now');
    assert.equal((await floors()).ic_layout, shortest('ic_layout'));
    await write(testDb, [other(3, 2020, today)]);
    await load();
    assert.ok(
      shortest('ic_layout') > (await floors()).ic_layout!,
      'the floor stays a bound below every term',
    );
    const all = expected({ status: 'expired', type: 'ic_layout' });
    assert.deepEqual(await pageIds({ status: 'expired', type: 'ic_layout' }, 1, 1000), all);
  });
  test('a right ends at midnight in China, whatever time zone the database session is in', async () => {
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const mark = (number: string, expiryDate: string): RightInput => ({
      type: 'trademark',
      number,
      title: `届满测试${number}`,
      holders: [{ name: '届满测试有限公司' }],
      classes: ['9'],
      filingDate: '2015-01-05',
      grantDate: '2016-01-05',
      expiryDate,
      source: 'filters-test',
    });
    // Its last day is today in China / was yesterday in China.
    await write(testDb, [mark('79990001', day(0)), mark('79990002', day(-1))]);
    // Twenty hours behind China and six ahead of it: at any hour one of them is on another date.
    for (const zone of ['Etc/GMT+12', 'Pacific/Kiritimati']) {
      const answer = await testDb.database.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local timezone = '${zone}'`));
        const status = await tx
          .select({ number: rights.number, status: currentStatus })
          .from(rights)
          .where(sql`${rights.number} in ('79990001', '79990002')`)
          .orderBy(rights.number);
        const expired = await readPage(tx, { type: 'trademark', status: 'expired' }, 1, 1000);
        const valid = await readPage(tx, { type: 'trademark', status: 'valid' }, 1, 1000);
        const titles = async (page: { id: string }[]) =>
          (
            await tx
              .select({ number: rights.number })
              .from(rights)
              .where(sql`${rights.id} in ${page.map((r) => r.id)}`)
          )
            .map((r) => r.number)
            .filter((n) => n.startsWith('7999'));
        return { status, expired: await titles(expired), valid: await titles(valid) };
      });
      assert.deepEqual(
        answer.status.map((r) => r.status),
        ['valid', 'expired'],
        `${zone}: status`,
      );
      assert.deepEqual(answer.expired, ['79990002'], `${zone}: the expired filter`);
      assert.deepEqual(answer.valid, ['79990001'], `${zone}: the valid filter`);
    }
  });
});
