/**
 * The jurisdiction matrix: each level sees exactly its own region subtree, through every listing
 * and every single-record read, and an out-of-scope record answers 404 as if it were missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OrgDto } from '@ipp/shared';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

// The demo regions and who may see each: [region of the record, users that see it].
const VIEWERS: Record<string, string[]> = {
  '000000': ['national.admin'],
  '440000': ['national.admin', 'gd.admin'],
  '440300': ['national.admin', 'gd.admin', 'sz.officer'],
  '440305': ['national.admin', 'gd.admin', 'sz.officer', 'nanshan.officer'],
  '440304': ['national.admin', 'gd.admin', 'sz.officer', 'futian.officer'],
  '330000': ['national.admin', 'zj.admin'],
  '330100': ['national.admin', 'zj.admin', 'hz.officer'],
};
const OFFICIALS = [
  'national.admin',
  'gd.admin',
  'sz.officer',
  'nanshan.officer',
  'futian.officer',
  'zj.admin',
  'hz.officer',
];

describe('jurisdiction matrix', () => {
  let platform: TestPlatform;
  let allOrgs: OrgDto[];

  before(async () => {
    platform = await createTestPlatform();
    const token = await platform.login('national.admin');
    const response = await platform.as(token, { method: 'GET', url: '/api/v1/orgs?pageSize=200' });
    allOrgs = response.json<{ items: OrgDto[] }>().items;
    assert.ok(allOrgs.length >= 13, 'the demo data set has organizations at every level');
  });
  after(() => platform.close());

  for (const username of OFFICIALS) {
    test(`${username} lists exactly the organizations of its subtree`, async () => {
      const token = await platform.login(username);
      const response = await platform.as(token, { method: 'GET', url: '/api/v1/orgs?pageSize=200' });
      assert.equal(response.statusCode, 200);
      const seen = response.json<{ items: OrgDto[]; total: number }>();
      const expected = allOrgs.filter((o) => VIEWERS[o.regionCode]?.includes(username)).map((o) => o.id);
      assert.deepEqual(seen.items.map((o) => o.id).sort(), expected.sort());
      assert.equal(seen.total, expected.length);
    });

    test(`${username} reads in-scope organizations and gets 404 for the others`, async () => {
      const token = await platform.login(username);
      for (const org of allOrgs) {
        const response = await platform.as(token, { method: 'GET', url: `/api/v1/orgs/${org.id}` });
        const visible = VIEWERS[org.regionCode]?.includes(username) ?? false;
        assert.equal(
          response.statusCode,
          visible ? 200 : 404,
          `${username} → ${org.name} (${org.regionCode})`,
        );
        if (!visible) assert.equal(response.json().code, 'ORG_NOT_FOUND');
      }
    });
  }

  test('an out-of-scope read answers exactly like a missing record', async () => {
    const token = await platform.login('nanshan.officer');
    const futian = allOrgs.find((o) => o.regionCode === '440304')!;
    const outOfScope = await platform.as(token, { method: 'GET', url: `/api/v1/orgs/${futian.id}` });
    const missing = await platform.as(token, {
      method: 'GET',
      url: '/api/v1/orgs/00000000-0000-4000-8000-000000000000',
    });
    assert.equal(outOfScope.statusCode, missing.statusCode);
    assert.equal(outOfScope.json().code, missing.json().code);
    assert.equal(outOfScope.json().title, missing.json().title);
  });

  test('administrators list users of their subtree only', async () => {
    const expectations: Record<string, string[]> = {
      'gd.admin': [
        'futian.officer',
        'gd.admin',
        'nanshan.auditor',
        'nanshan.mediator',
        'nanshan.officer',
        'sz.officer',
        'xinghe.user',
      ],
      'zj.admin': ['hz.officer', 'zj.admin'],
    };
    for (const [admin, expected] of Object.entries(expectations)) {
      const token = await platform.login(admin);
      const response = await platform.as(token, { method: 'GET', url: '/api/v1/users?pageSize=200' });
      const names = response.json<{ items: { username: string }[] }>().items.map((u) => u.username);
      assert.deepEqual(names.sort(), expected, admin);
    }
  });

  test('region reads follow the same subtree', async () => {
    const cases: [string, string, number][] = [
      ['nanshan.officer', '440305', 200],
      ['nanshan.officer', '440304', 404],
      ['nanshan.officer', '440300', 404],
      ['sz.officer', '440304', 200],
      ['sz.officer', '440100', 404],
      ['gd.admin', '440100', 200],
      ['gd.admin', '330100', 404],
      ['zj.admin', '330100', 200],
      ['national.admin', '650100', 200],
    ];
    for (const [username, code, status] of cases) {
      const token = await platform.login(username);
      const response = await platform.as(token, { method: 'GET', url: `/api/v1/regions/${code}` });
      assert.equal(response.statusCode, status, `${username} → region ${code}`);
    }
  });

  test('the top of the region picker is the top of the caller’s scope', async () => {
    const tops: Record<string, string> = {
      'national.admin': '000000',
      'gd.admin': '440000',
      'sz.officer': '440300',
      'nanshan.officer': '440305',
    };
    for (const [username, code] of Object.entries(tops)) {
      const token = await platform.login(username);
      const response = await platform.as(token, { method: 'GET', url: '/api/v1/regions' });
      assert.deepEqual(
        response.json<{ items: { code: string }[] }>().items.map((r) => r.code),
        [code],
        username,
      );
    }
  });

  test('an administrator cannot create an organization outside their subtree', async () => {
    const token = await platform.login('gd.admin');
    const response = await platform.as(token, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { name: '杭州市某某局', kind: 'market_regulation', regionCode: '330100' },
    });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'REGION_NOT_FOUND');
  });

  test('audit records are browsed within scope: a county auditor sees its county only', async () => {
    const token = await platform.login('nanshan.auditor');
    await platform.login('futian.officer');
    await platform.login('nanshan.officer');
    const response = await platform.as(token, { method: 'GET', url: '/api/v1/audit?pageSize=200' });
    assert.equal(response.statusCode, 200);
    const regions = new Set(
      response.json<{ items: { regionCode: string }[] }>().items.map((r) => r.regionCode),
    );
    assert.deepEqual([...regions].sort(), ['440305']);
  });
});
