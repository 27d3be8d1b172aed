/** Registry over HTTP on the demo data: search, facets, verification with holder matching. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type RightSearchResultDto,
  type RightType,
  usccCheckCharacter,
  type VerificationDto,
} from '@ipp/shared';
import { beijingToday } from '../src/modules/calendar/index.ts';
import { searchPage } from '../src/modules/registry/search.page.ts';
import { pagePlan, searchConditions } from '../src/modules/registry/search.queries.ts';
import { termStats } from '../src/modules/registry/search.stats.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

describe('rights registry', () => {
  let platform: TestPlatform;
  let officer: string;
  before(async () => {
    platform = await createTestPlatform();
    officer = await platform.login('sz.officer');
    // Statistics as autovacuum would gather them: the search reads them (search.stats.ts).
    await platform.database.query('analyze right_search');
  });
  after(() => platform.close());

  const search = async (query: string) => {
    const response = await platform.as(officer, { method: 'GET', url: `/api/v1/rights/search?${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<RightSearchResultDto>();
  };
  const verify = async (body: Record<string, unknown>, token: string | null = officer) => {
    const options = { method: 'POST' as const, url: '/api/v1/rights/verify', payload: body };
    const response = token ? await platform.as(token, options) : await platform.app.inject(options);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<VerificationDto>();
  };

  test('a two-character Chinese substring finds titles and holders', async () => {
    const byTitle = await search(`q=${encodeURIComponent('雷达')}`);
    assert.deepEqual(byTitle.items.map((r) => r.title).sort(), [
      'XH-MW60 毫米波雷达SoC',
      '一种基于毫米波雷达的室内人员定位方法及系统',
    ]);
    const byHolder = await search(`holder=${encodeURIComponent('钱塘')}`);
    assert.ok(byHolder.items.length >= 3);
    assert.ok(byHolder.items.every((r) => r.holders.some((h) => h.includes('钱塘'))));
  });

  test('a holder’s USCC, as the query or the holder, finds the rights of the party it is registered to', async () => {
    const byName = await search(`holder=${encodeURIComponent('杭州钱塘新材料股份有限公司')}`);
    assert.ok(byName.total >= 3);
    const numbers = (result: RightSearchResultDto) => result.items.map((r) => r.number).sort();
    for (const code of ['913301007442B5R61F', '913301007442b5r61f']) {
      assert.deepEqual(numbers(await search(`holder=${code}`)), numbers(byName), code);
      assert.deepEqual(numbers(await search(`q=${code}`)), numbers(byName), `q=${code}`);
    }
    assert.equal((await search('holder=91440300MA5G7K2L3J&type=trademark')).items[0]?.title, '星河智联');
    const unknown = `91110108MA01ABCD0${usccCheckCharacter('91110108MA01ABCD0')}`;
    assert.equal((await search(`holder=${unknown}`)).total, 0, 'a party the registry does not know');
  });

  test('a number in any form finds its right', async () => {
    for (const form of ['202110583421', 'ZL 2021 1 0583421', 'CN113267185A', 'CN113267185B']) {
      const result = await search(`q=${encodeURIComponent(form)}`);
      assert.equal(result.items[0]?.title, '一种基于毫米波雷达的室内人员定位方法及系统', form);
    }
  });

  test('facets count by type and status, and filters narrow the results', async () => {
    const all = await search('pageSize=100');
    assert.deepEqual([all.totalIsLowerBound, all.totalEstimate], [false, null]);
    assert.deepEqual(all.facetBasis, { kind: 'all', matches: all.total });
    const types = Object.fromEntries(all.facets.type.map((b) => [b.value, b.count]));
    assert.ok(
      types['patent']! >= 6 && types['trademark']! >= 3 && types['ic_layout']! >= 2 && types['gi']! >= 2,
    );
    const patents = await search('type=patent&pageSize=100');
    assert.ok(patents.items.every((r) => r.type === 'patent'));
    assert.equal(patents.total, types['patent']);
    const expired = await search('status=expired');
    assert.ok(expired.items.some((r) => r.title === '一种节能型路灯控制装置'));
    const zhejiang = await search('province=330000&pageSize=100');
    assert.ok(zhejiang.items.length > 0 && zhejiang.items.every((r) => r.regionCode?.startsWith('33')));
  });

  test('pagination is stable: pages do not overlap and cover the total', async () => {
    const first = await search('pageSize=5&page=1');
    const second = await search('pageSize=5&page=2');
    const ids = [...first.items, ...second.items].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('with statistics, a search finds exactly the rights whose title or holder holds the text', async () => {
    // With statistics the index is asked for the rarest bigrams only and the phrase is checked on
    // each row (search.stats.ts); the answer must be the substring match all the same.
    const stats = await termStats(platform.database.db);
    assert.ok(stats?.frequency.has('有限'), 'the statistics list the common bigrams');
    const like = async (where: string, text: string) =>
      (
        await platform.database.query<{ id: string }>(`select id from rights where ${where} order by id`, [
          `%${text}%`,
        ])
      ).map((r) => r.id);
    const either = 'title like $1 or holder_names like $1';
    const cases = [
      ['q', '雷达', either],
      ['q', '毫米波雷达', either],
      ['q', '一种基于', either],
      ['q', '科技有限公司', either],
      ['holder', '星河智联', 'holder_names like $1'],
      ['holder', '新材料股份有限公司', 'holder_names like $1'],
    ] as const;
    for (const [param, text, column] of cases) {
      const found = await search(`${param}=${encodeURIComponent(text)}&pageSize=100`);
      const expected = await like(column, text);
      assert.ok(expected.length > 0, `${text} is in the demo data`);
      assert.deepEqual(found.items.map((r) => r.id).sort(), expected, text);
      assert.equal(found.total, expected.length, text);
    }
  });

  test('a page walked or sliced from the newest rights is the page of all matches, sorted', async () => {
    const db = platform.database.db;
    // With the statistics, a slice asks the index for the phrase's rare bigrams only (sliceTerms).
    const stats = await termStats(db);
    const filters = [
      { q: '科技' },
      { q: '一种' },
      { q: '有限公司' },
      { holder: '星河' },
      { q: '科技有限公司', stats },
      { holder: '有限公司', stats },
    ];
    for (const filter of filters) {
      const where = searchConditions(filter);
      const all = await searchPage(db, where, 1, 200);
      assert.ok(all.length >= 4, `${JSON.stringify(filter)} matches ${all.length}`);
      const { sliced, candidates } = pagePlan(filter, 200)!;
      const monthBefore = (from: string) => {
        const date = new Date(`${from}T00:00:00Z`);
        date.setUTCMonth(date.getUTCMonth() - 1);
        return date.toISOString().slice(0, 10);
      };
      const month = (date: string) => `${date.slice(0, 7)}-01`;
      const dates = all.map((r) => r.filingDate!).filter(Boolean);
      const [oldest, third] = [month(dates[dates.length - 1]!), month(dates[2]!)];
      // Walks and slices that hold every match, some of them, and none; widening ones; and neither.
      const plans = [
        { walk: 10_000, slices: [] },
        { walk: 3, slices: [] },
        { walk: null, slices: [oldest] },
        { walk: null, slices: [third] },
        { walk: null, slices: ['2999-01-01'] },
        { walk: null, slices: ['2999-01-01', third, oldest] },
        { walk: 3, slices: [third, oldest] },
        { walk: null, slices: [] },
        // Sized by what was found: a month further back each time (six at most), and at once all.
        { walk: null, slices: [third], widen: monthBefore },
        { walk: null, slices: [month(dates[0]!)], widen: () => oldest },
        { walk: null, slices: ['2999-01-01'], widen: (from: string) => (from > third ? third : null) },
      ].flatMap((plan) => [
        { ...plan, unsure: false },
        // Unsure: the candidates are counted first and, being few, sorted without slices.
        { ...plan, unsure: true },
      ]);
      for (const [page, pageSize] of [
        [1, 3],
        [2, 3],
        [3, 2],
      ] as const) {
        const expected = all.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
        for (const plan of plans)
          assert.deepEqual(
            (await searchPage(db, where, page, pageSize, { ...plan, sliced, candidates })).map((r) => r.id),
            expected,
            `${JSON.stringify(filter)} page ${page} of ${pageSize}, ${JSON.stringify(plan)}`,
          );
      }
    }
  });

  test('holder matching on a date after a transfer', async () => {
    const number = 'CN201910774512';
    const after = await verify({
      type: 'patent',
      number,
      holder: '杭州钱塘新材料股份有限公司',
      asOf: '2025-01-01',
    });
    assert.equal(after.exists, true);
    assert.equal(after.holderMatch?.result, 'exact');
    const formerOwner = await verify({
      type: 'patent',
      number,
      holder: '深圳市星河智联科技有限公司',
      asOf: '2025-01-01',
    });
    assert.equal(formerOwner.holderMatch?.result, 'none');
    const before = await verify({
      type: 'patent',
      number,
      holder: '深圳市星河智联科技有限公司',
      asOf: '2023-01-01',
    });
    assert.equal(before.holderMatch?.result, 'exact');
    assert.deepEqual(
      before.currentHolders.map((h) => h.name),
      ['杭州钱塘新材料股份有限公司'],
    );
    const spaced = await verify({
      type: 'patent',
      number,
      holder: '杭州钱塘新材料 股份有限公司',
      asOf: '2025-01-01',
    });
    assert.equal(spaced.holderMatch?.result, 'normalized');
  });

  test('status on a date: expired, partially invalid, revoked, not yet granted', async () => {
    const expired = await verify({ type: 'patent', number: '200320118834' });
    assert.equal(expired.right?.status, 'expired');
    assert.equal(expired.right?.valid, false);
    const beforeExpiry = await verify({ type: 'patent', number: '200320118834', asOf: '2010-01-01' });
    assert.equal(beforeExpiry.right?.status, 'valid');
    const partial = await verify({ type: 'patent', number: '201710402288' });
    assert.equal(partial.right?.status, 'partially_invalid');
    assert.equal(partial.right?.valid, true);
    const revoked = await verify({ type: 'trademark', number: '第31804455号' });
    assert.equal(revoked.right?.status, 'revoked');
    const pending = await verify({ type: 'patent', number: '202110583421', asOf: '2021-06-01' });
    assert.equal(pending.right?.status, 'pending');
  });

  test('a missing right is answered, not an error; the public may verify without logging in', async () => {
    const missing = await verify({ type: 'trademark', number: '99999999' }, null);
    assert.equal(missing.exists, false);
    assert.equal(missing.right, null);
    const found = await verify({ type: 'ic_layout', number: 'BS 215512345' }, null);
    assert.equal(found.exists, true);
    assert.equal(found.dataSource?.source, '演示数据 demo');
    assert.equal(found.query.asOf, beijingToday(), 'without a date, the question is about today in China');
  });

  test('batch verification answers each item in order', async () => {
    const response = await platform.as(officer, {
      method: 'POST',
      url: '/api/v1/rights/verify/batch',
      payload: {
        items: [
          { type: 'trademark', number: '56789012', holder: '深圳市星河智联科技有限公司' },
          { type: 'gi', number: '3167089' },
          { type: 'patent', number: '202110583421.0' },
        ],
      },
    });
    assert.equal(response.statusCode, 200);
    const results = response.json<{ results: VerificationDto[] }>().results;
    assert.deepEqual(
      results.map((r) => r.exists),
      [true, true, false],
    );
    assert.equal(results[0]?.holderMatch?.result, 'exact');
  });

  test('a batch of 1,000 answers each item as a single verification would, in order', async () => {
    const numbers = await platform.database.query<{ type: RightType; value: string; right_id: string }>(
      'select type, value, right_id from right_numbers order by value',
    );
    // Every demo number again and again, with a missing number in every seventh place.
    const items = Array.from({ length: 1000 }, (_, i) => {
      const n = numbers[i % numbers.length]!;
      return i % 7 === 3
        ? { type: 'patent' as RightType, number: `2019${String(i).padStart(8, '0')}` }
        : { type: n.type, number: n.value };
    });
    const response = await platform.as(officer, {
      method: 'POST',
      url: '/api/v1/rights/verify/batch',
      payload: { items },
    });
    assert.equal(response.statusCode, 200);
    const results = response.json<{ results: VerificationDto[] }>().results;
    assert.equal(results.length, items.length);
    for (const [i, result] of results.entries()) {
      assert.equal(result.query.number, items[i]!.number);
      const expected = i % 7 === 3 ? undefined : numbers[i % numbers.length]!.right_id;
      assert.equal(result.right?.id, expected, `item ${i}: ${items[i]!.type} ${items[i]!.number}`);
    }
    const single = await verify({ type: items[10]!.type, number: items[10]!.number });
    assert.deepEqual({ ...results[10], checkedAt: null }, { ...single, checkedAt: null });
  });

  test('a right’s record shows its timeline and, for a GI, its authorized users', async () => {
    const gi = await search(`q=${encodeURIComponent('西湖龙井')}`);
    const response = await platform.as(officer, { method: 'GET', url: `/api/v1/rights/${gi.items[0]!.id}` });
    const detail = response.json();
    assert.equal(detail.authorizedUsers.length, 2);
    assert.ok(detail.events.some((e: { type: string }) => e.type === 'registration'));
    assert.deepEqual(detail.protectedAreas, [{ code: '330106', name: '西湖区' }], 'the area named by region');
    assert.equal(detail.data.approvingAuthority, '国家工商行政管理总局商标局');
  });

  test('search results export as CSV with a BOM and Chinese headers', async () => {
    const response = await platform.as(officer, {
      method: 'GET',
      url: `/api/v1/rights/search/export?format=csv&type=trademark`,
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/csv/);
    assert.ok(response.body.startsWith('\uFEFF类型,号码,名称'));
    assert.equal(response.body.trim().split('\n').length, 1 + 3);
    const xlsx = await platform.as(officer, {
      method: 'GET',
      url: `/api/v1/rights/search/export?format=xlsx&type=trademark`,
    });
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  test('a verification yields an SM2-signed certificate; a tampered one is detected', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/rights/verify',
      payload: {
        type: 'trademark',
        number: '56789012',
        holder: '深圳市星河智联科技有限公司',
        certificate: true,
      },
    });
    assert.equal(response.statusCode, 200, response.body);
    const certificate = response.json().certificate as {
      code: string;
      payload: string;
      signature: string;
      qrSvg: string;
    };
    assert.match(certificate.code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    assert.match(certificate.qrSvg, /^<svg/);
    const check = (payload: Record<string, unknown>) =>
      platform.app
        .inject({ method: 'POST', url: '/api/v1/certificates/check', payload })
        .then((r) => r.json());
    assert.equal((await check({ code: certificate.code })).genuine, true);
    const altered = certificate.payload.replace(
      '深圳市星河智联科技有限公司',
      '深圳市星河智联科技有限责任公司',
    );
    assert.notEqual(altered, certificate.payload);
    const byContent = await check({ payload: altered, signature: certificate.signature });
    assert.equal(byContent.genuine, false);
    await platform.database.query(
      `update certificates set payload = replace(payload, '"exact"', '"none"') where code = $1`,
      [certificate.code],
    );
    const tampered = await check({ code: certificate.code });
    assert.equal(tampered.genuine, false);
    assert.equal(tampered.reason, 'record_tampered');
    const pdf = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${certificate.code}/pdf`,
    });
    assert.equal(pdf.statusCode, 409, 'a tampered certificate is not rendered as genuine');
  });
});
