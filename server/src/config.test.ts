import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('defaults give the embedded database on port 3000', () => {
  const config = loadConfig({}, { cwd: '/srv/ipp' });
  assert.equal(config.databaseUrl, null);
  assert.equal(config.dataDir, '/srv/ipp/data');
  assert.equal(config.port, 3000);
  assert.equal(config.demo, false);
  assert.equal(config.demoPassword, 'ipp-demo-2026');
  assert.equal(config.cookieSecure, true, 'secure cookies outside demo mode');
  assert.equal(config.databaseIoConcurrency, 200, 'bitmap heap scans prefetch');
  assert.equal(config.redisUrl, null, 'rate limits counted in memory');
});

test('each bad setting stops the start with a message naming it', () => {
  const cases: [Record<string, string>, string][] = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ HOST: ' ' }, 'HOST'],
    [{ DATABASE_IO_CONCURRENCY: '1001' }, 'DATABASE_IO_CONCURRENCY'],
    [{ DATABASE_IO_CONCURRENCY: 'many' }, 'DATABASE_IO_CONCURRENCY'],
    [{ WORKERS: '0' }, 'WORKERS'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'cache:6379' }, 'REDIS_URL'],
    // The embedded database admits one process.
    [{ WORKERS: '2' }, 'WORKERS'],
  ];
  for (const [env, setting] of cases) {
    assert.throws(
      () => loadConfig(env),
      (error: unknown) =>
        error instanceof ConfigError && error.setting === setting && error.message.includes(setting),
      setting,
    );
  }
});

test('DATABASE_URL selects PostgreSQL', () => {
  const config = loadConfig({ DATABASE_URL: 'postgres://ipp@db:5432/ipp', DATA_DIR: '/var/lib/ipp' });
  assert.equal(config.databaseUrl, 'postgres://ipp@db:5432/ipp');
  assert.equal(config.dataDir, '/var/lib/ipp');
  assert.equal(loadConfig({ DATABASE_IO_CONCURRENCY: '0' }).databaseIoConcurrency, 0);
  assert.equal(config.workers, 1);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://ipp@db:5432/ipp', WORKERS: '4' }).workers, 4);
});

test('REDIS_URL counts rate limits in Redis, over TLS too', () => {
  assert.equal(loadConfig({ REDIS_URL: 'redis://cache:6379/2' }).redisUrl, 'redis://cache:6379/2');
  assert.equal(loadConfig({ REDIS_URL: 'rediss://:pw@cache:6380' }).redisUrl, 'rediss://:pw@cache:6380');
});
