/**
 * The real server as `npm start` runs it, and Debian's chromium: log in, see the home page, then
 * stop and start again and find everything still there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import {
  createServerStorage,
  type RunningServer,
  type ServerStorage,
  startServer,
} from '../helpers/server-process.ts';

describe('web shell in chromium', () => {
  let storage: ServerStorage;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    storage = await createServerStorage();
    server = await startServer(storage.env);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await storage?.cleanup();
  });

  test('the start prints the address and the demo accounts', () => {
    assert.match(server.output(), /Demo data loaded now/);
    assert.match(server.output(), /nanshan\.officer/);
  });

  test('an official logs in and sees the home page with their jurisdiction', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.fill('#username', 'gd.admin');
    await page.fill('#password', 'ipp-demo-2026');
    await page.click('[data-testid="login-submit"]');
    const welcome = page.locator('[data-testid="home-welcome"]');
    await welcome.waitFor({ timeout: 20_000 });
    assert.equal((await welcome.textContent())?.trim(), '欢迎，李文华');
    assert.match((await page.locator('[data-testid="header-region"]').textContent()) ?? '', /广东省/);
    assert.equal(
      await page.locator('[data-testid="nav-orgs"]').count(),
      1,
      'an administrator sees organization management',
    );
    await page.close();
  });

  test('an officer without audit permission does not see the audit menu', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${server.url}/login`);
    await page.fill('#username', 'nanshan.officer');
    await page.fill('#password', 'ipp-demo-2026');
    await page.click('[data-testid="login-submit"]');
    await page.locator('[data-testid="home-welcome"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-testid="nav-audit"]').count(), 0);
    await page.close();
  });

  test('after a stop and a start the data is still there and demo data is not loaded twice', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'national.admin', password: 'ipp-demo-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${server.url}/api/v1/orgs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: '西安市市场监督管理局', kind: 'market_regulation', regionCode: '610100' }),
    });
    assert.equal(created.status, 201);
    assert.equal(await server.stop(), 0, 'a clean stop');
    server = await startServer(storage.env);
    assert.match(server.output(), /Demo data already present/);
    const again = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'national.admin', password: 'ipp-demo-2026' }),
    });
    const session = (await again.json()) as { token: string };
    const orgs = await fetch(`${server.url}/api/v1/orgs?q=${encodeURIComponent('西安市')}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const body = (await orgs.json()) as { items: { name: string }[] };
    assert.deepEqual(
      body.items.map((o) => o.name),
      ['西安市市场监督管理局'],
    );
    const health = await fetch(`${server.url}/api/health`);
    assert.deepEqual(await health.json(), { status: 'ok', database: storage.engine });
  });
});
