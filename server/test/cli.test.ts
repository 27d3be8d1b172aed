/** The `ipp` command: migrate, seed, create an organization and a user, verify and catch tampering. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../src/platform/db/database.ts';
import { createServerStorage, type ServerStorage } from './helpers/server-process.ts';

const IPP = new URL('../bin/ipp.js', import.meta.url).pathname;

describe('ipp command', () => {
  let storage: ServerStorage;
  const ipp = (...args: string[]) => {
    const { DATABASE_URL: _inherited, ...env } = process.env;
    const result = spawnSync(process.execPath, [IPP, ...args], {
      env: { ...env, ...storage.env },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout + result.stderr };
  };
  const openStorage = () =>
    openDatabase({
      databaseUrl: storage.env['DATABASE_URL'] ?? null,
      dataDir: storage.env['DATA_DIR'] ?? null,
    });

  before(async () => {
    storage = await createServerStorage();
  });
  after(() => storage.cleanup());

  test('migrate, then seed the demo data once', async () => {
    assert.equal(ipp('migrate').code, 0);
    const first = ipp('seed-demo');
    assert.match(first.out, /demo data set loaded/);
    assert.match(ipp('seed-demo').out, /already present/);
    // The credit part is there too (demo-credit.test.ts looks at it in detail).
    const database = await openStorage();
    const count = async (sql: string) => Number((await database.query<{ n: number }>(sql))[0]?.n);
    assert.ok((await count('select count(*)::int as n from credit_records')) > 0);
    assert.equal(await count(`select count(*)::int as n from credit_listings where state = 'published'`), 1);
    assert.ok((await count('select count(*)::int as n from credit_ratings where current')) > 0);
    await database.close();
  });

  test('create an organization and a user; bad input is named', () => {
    const org = ipp(
      'org',
      'create',
      '--name',
      '宝鸡市市场监督管理局',
      '--kind',
      'market_regulation',
      '--region',
      '610300',
    );
    assert.equal(org.code, 0, org.out);
    assert.match(org.out, /宝鸡市/);
    const user = ipp(
      'user',
      'create',
      '--username',
      'baoji.officer',
      '--display-name',
      '马强',
      '--org',
      '宝鸡市市场监督管理局',
      '--role',
      'officer',
    );
    assert.equal(user.code, 0, user.out);
    assert.match(user.out, /initial password \(shown once\): \S{12,}/);
    const bad = ipp(
      'org',
      'create',
      '--name',
      '某公司',
      '--kind',
      'enterprise',
      '--region',
      '610300',
      '--uscc',
      '91610300MA6X0000X0',
    );
    assert.equal(bad.code, 1);
    assert.match(bad.out, /ORG_INVALID_USCC/);
    const unknown = ipp(
      'user',
      'create',
      '--username',
      'x.y',
      '--display-name',
      'x',
      '--org',
      '宝鸡市市场监督管理局',
      '--role',
      'king',
    );
    assert.equal(unknown.code, 1);
    assert.match(unknown.out, /--role king/);
  });

  test('audit verify passes on an intact trail and names the first tampered record', async () => {
    const intact = ipp('audit', 'verify');
    assert.equal(intact.code, 0, intact.out);
    assert.match(intact.out, /audit trail intact: \d+ records/);
    const database = await openStorage();
    await database.query(`update audit_log set actor_name = 'someone-else' where seq = 3`);
    await database.close();
    const broken = ipp('audit', 'verify');
    assert.equal(broken.code, 1);
    assert.match(broken.out, /BROKEN at record 3 \(edited\)/);
  });

  test('unknown commands print the usage and fail', () => {
    const result = ipp('frobnicate');
    assert.equal(result.code, 2);
    assert.match(result.out, /ipp audit verify/);
  });
});
