/** Organizations and users: validation at the door, audit in the same transaction, role limits. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { verifyAuditChain } from '../src/platform/audit/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

const VALID_USCC = `91440300MA5K9P3Q1${usccCheckCharacter('91440300MA5K9P3Q1')}`;

describe('organizations and users', () => {
  let platform: TestPlatform;
  let admin: string;
  before(async () => {
    platform = await createTestPlatform();
    admin = await platform.login('gd.admin');
  });
  after(() => platform.close());

  const createOrg = (payload: Record<string, unknown>) =>
    platform.as(admin, { method: 'POST', url: '/api/v1/orgs', payload });

  test('an enterprise needs a USCC, and a wrong check character is named', async () => {
    const missing = await createOrg({
      name: '深圳市南山测试科技有限公司',
      kind: 'enterprise',
      regionCode: '440305',
    });
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json().code, 'ORG_USCC_REQUIRED');
    const wrongCheck = VALID_USCC.slice(0, 17) + (VALID_USCC[17] === '0' ? '1' : '0');
    const bad = await createOrg({
      name: '深圳市南山测试科技有限公司',
      kind: 'enterprise',
      regionCode: '440305',
      uscc: wrongCheck,
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'ORG_INVALID_USCC');
    assert.match(bad.json().detail, new RegExp(`expected ${VALID_USCC[17]}`));
    assert.equal(bad.json().errors[0].path, '/body/uscc');
  });

  test('a valid organization is created with its audit record in the same transaction', async () => {
    const response = await createOrg({
      name: '深圳市南山测试科技有限公司',
      kind: 'enterprise',
      regionCode: '440305',
      uscc: VALID_USCC.toLowerCase(),
    });
    assert.equal(response.statusCode, 201);
    const org = response.json();
    assert.equal(org.uscc, VALID_USCC, 'stored normalized');
    assert.equal(org.regionName, '南山区');
    const rows = await platform.database.query<{ action: string; actor_name: string; region_code: string }>(
      'select action, actor_name, region_code from audit_log where target_id = $1',
      [org.id],
    );
    assert.deepEqual(rows, [{ action: 'iam.org.create', actor_name: 'gd.admin', region_code: '440305' }]);
    const again = await createOrg({
      name: '另一家公司',
      kind: 'enterprise',
      regionCode: '440305',
      uscc: VALID_USCC,
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'ORG_USCC_TAKEN');
  });

  test('a retired region code is refused for new records', async () => {
    const response = await createOrg({ name: '宝安县某局', kind: 'market_regulation', regionCode: '440321' });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().code, 'REGION_RETIRED');
  });

  test('a failed write leaves neither the change nor an audit record', async () => {
    const before = await platform.database.query<{ n: number }>('select count(*)::int as n from audit_log');
    const response = await createOrg({ name: '深圳市中级人民法院', kind: 'court', regionCode: '440300' });
    assert.equal(response.statusCode, 409);
    const afterRows = await platform.database.query<{ n: number }>(
      'select count(*)::int as n from audit_log',
    );
    assert.equal(afterRows[0]?.n, before[0]?.n);
  });

  test('an administrator creates a user in their subtree; the new user can log in', async () => {
    const orgs = await platform.as(admin, { method: 'GET', url: '/api/v1/orgs?regionCode=440304' });
    const futian = orgs.json().items.find((o: { kind: string }) => o.kind === 'market_regulation');
    const response = await platform.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'futian.clerk',
        displayName: '孙明',
        orgId: futian.id,
        roles: ['officer'],
        password: 'Clerk-pass-2026',
      },
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().regionCode, '440304');
    const token = await platform.login('futian.clerk', 'Clerk-pass-2026');
    const me = await platform.as(token, { method: 'GET', url: '/api/v1/auth/me' });
    assert.deepEqual(me.json().roles, ['officer']);
  });

  test('a weak password and a role beyond the granter’s permissions are refused', async () => {
    const orgs = await platform.as(admin, { method: 'GET', url: '/api/v1/orgs?regionCode=440000' });
    const gd = orgs.json().items[0];
    const weak = await platform.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'gd.weak',
        displayName: '弱',
        orgId: gd.id,
        roles: ['officer'],
        password: 'short',
      },
    });
    assert.equal(weak.statusCode, 422);
    assert.equal(weak.json().code, 'IAM_WEAK_PASSWORD');
    const tooMuch = await platform.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'gd.root',
        displayName: '超',
        orgId: gd.id,
        roles: ['system_admin'],
        password: 'Strong-pass-2026',
      },
    });
    assert.equal(tooMuch.statusCode, 403);
    assert.equal(tooMuch.json().code, 'IAM_ROLE_NOT_GRANTABLE');
  });

  test('reading users (personal data) is itself audited', async () => {
    const response = await platform.as(admin, { method: 'GET', url: '/api/v1/users?q=nanshan' });
    assert.equal(response.statusCode, 200);
    const rows = await platform.database.query<{ action: string }>(
      `select action from audit_log where action = 'iam.user.list' and actor_name = 'gd.admin'`,
    );
    assert.ok(rows.length >= 1);
  });

  test('after all of it the chain still verifies', async () => {
    assert.equal((await verifyAuditChain(platform.database.db)).ok, true);
  });
});
