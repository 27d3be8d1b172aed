/** Login, sessions, cookies, lockout, rate limits and partner-system tokens over HTTP. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './helpers/app.ts';

describe('authentication', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
  });
  after(() => platform.close());

  const login = (username: string, password: string) =>
    platform.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  test('login returns a token and the user, and sets an httpOnly SameSite cookie', async () => {
    const response = await login('sz.officer', DEMO_PASSWORD);
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.match(body.token, /^ipps_/);
    assert.equal(body.user.username, 'sz.officer');
    assert.equal(body.user.org.regionCode, '440300');
    assert.equal(body.user.org.level, 'city');
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /ipp_session=ipps_/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
  });

  test('the token works as a bearer token and as the cookie', async () => {
    const { token } = (await login('gd.admin', DEMO_PASSWORD)).json();
    const byBearer = await platform.as(token, { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(byBearer.json().username, 'gd.admin');
    const byCookie = await platform.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { ipp_session: token },
    });
    assert.equal(byCookie.json().username, 'gd.admin');
  });

  test('no token, a forged token and a logged-out token all answer 401 problem+json', async () => {
    const none = await platform.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(none.statusCode, 401);
    assert.equal(none.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(none.json().code, 'PLATFORM_UNAUTHENTICATED');
    const forged = await platform.as('ipps_forged', { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(forged.statusCode, 401);
    const { token } = (await login('zj.admin', DEMO_PASSWORD)).json();
    assert.equal((await platform.as(token, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode, 204);
    assert.equal((await platform.as(token, { method: 'GET', url: '/api/v1/auth/me' })).statusCode, 401);
  });

  test('a session expires', async () => {
    const { token } = (await login('hz.officer', DEMO_PASSWORD)).json();
    await platform.database.query(`update sessions set expires_at = now() - interval '1 second'`);
    assert.equal((await platform.as(token, { method: 'GET', url: '/api/v1/auth/me' })).statusCode, 401);
  });

  test('a cached session follows role changes and disabling at once', async () => {
    const admin = (await login('gd.admin', DEMO_PASSWORD)).json().token;
    const session = (await login('nanshan.auditor', DEMO_PASSWORD)).json();
    const me = () => platform.as(session.token, { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal((await me()).statusCode, 200); // the actor is now cached
    const patch = (payload: object) =>
      platform.as(admin, { method: 'PATCH', url: `/api/v1/users/${session.user.id}`, payload });
    assert.equal((await patch({ roles: ['officer'] })).statusCode, 200);
    assert.deepEqual((await me()).json().roles, ['officer']);
    assert.equal((await patch({ disabled: true })).statusCode, 200);
    assert.equal((await me()).statusCode, 401);
  });

  test('a wrong password is refused and counted; five in a row lock the account', async () => {
    for (let i = 1; i <= 4; i++) {
      const response = await login('futian.officer', 'wrong-password-1');
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().code, 'IAM_INVALID_CREDENTIALS');
      assert.equal(response.json().attemptsLeft, 5 - i);
    }
    const fifth = await login('futian.officer', 'wrong-password-1');
    assert.equal(fifth.statusCode, 423);
    assert.equal(fifth.json().code, 'IAM_ACCOUNT_LOCKED');
    const evenRight = await login('futian.officer', DEMO_PASSWORD);
    assert.equal(evenRight.statusCode, 423, 'a locked account refuses the right password too');

    const admin = await platform.login('gd.admin');
    const users = await platform.as(admin, { method: 'GET', url: '/api/v1/users?q=futian' });
    const futian = users.json().items[0];
    assert.ok(futian.lockedUntil, 'the administrator sees the lock');
    const unlocked = await platform.as(admin, { method: 'POST', url: `/api/v1/users/${futian.id}/unlock` });
    assert.equal(unlocked.statusCode, 200);
    assert.equal((await login('futian.officer', DEMO_PASSWORD)).statusCode, 200);
  });

  test('an unknown user gets the same answer as a wrong password', async () => {
    const unknown = await login('nobody.here', DEMO_PASSWORD);
    assert.equal(unknown.statusCode, 401);
    assert.equal(unknown.json().code, 'IAM_INVALID_CREDENTIALS');
  });

  test('login attempts are audited, failures included', async () => {
    const admin = await platform.login('national.admin');
    const response = await platform.as(admin, {
      method: 'GET',
      url: '/api/v1/audit?action=iam.auth.login&outcome=failure&pageSize=100',
    });
    const records = response.json().items as {
      detail: { username: string };
      outcome: string;
      requestId: string;
    }[];
    assert.ok(records.some((r) => r.detail.username === 'futian.officer'));
    assert.ok(records.some((r) => r.detail.username === 'nobody.here'));
    assert.ok(records.every((r) => r.requestId));
  });

  test('a partner system gets a token with its limited scopes', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { clientId: 'sz-court-gateway', clientSecret: DEMO_PASSWORD },
    });
    assert.equal(response.statusCode, 200);
    const { token, scopes } = response.json();
    assert.deepEqual(scopes.sort(), ['iam.org.read', 'region.region.read', 'registry.right.read']);
    const orgs = await platform.as(token, { method: 'GET', url: '/api/v1/orgs?pageSize=200' });
    assert.equal(orgs.statusCode, 200);
    assert.ok(
      orgs.json().items.every((o: { regionCode: string }) => o.regionCode.startsWith('4403')),
      'client sees its org’s subtree',
    );
    const users = await platform.as(token, { method: 'GET', url: '/api/v1/users' });
    assert.equal(users.statusCode, 403, 'no scope for users');
    assert.equal(users.json().code, 'PLATFORM_FORBIDDEN');
    const wrong = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { clientId: 'sz-court-gateway', clientSecret: 'not-the-secret' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().code, 'IAM_INVALID_CLIENT');
  });

  test('a refused request by a known caller is audited as denied', async () => {
    const officer = await platform.login('nanshan.officer');
    const refused = await platform.as(officer, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { name: 'x公司', kind: 'court', regionCode: '440305' },
    });
    assert.equal(refused.statusCode, 403);
    const rows = await platform.database.query<{ outcome: string; actor_name: string }>(
      `select outcome, actor_name from audit_log where outcome = 'denied'`,
    );
    assert.ok(rows.some((r) => r.actor_name === 'nanshan.officer'));
  });
});

describe('login rate limit', () => {
  test('too many login attempts from one address answer 429', async () => {
    const platform = await createTestPlatform({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await platform.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'nobody', password: 'whatever-1' },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) assert.equal(response.json().code, 'PLATFORM_RATE_LIMITED');
      }
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    } finally {
      await platform.close();
    }
  });
});
