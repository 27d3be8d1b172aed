/**
 * WORKERS: several server processes on one port. On PostgreSQL they start, answer, and all stop
 * with the supervisor, and one anonymous client gets the public limit once (REDIS_URL, with
 * TEST_REDIS_URL) or the share of the worker it reached; the embedded database refuses them with a
 * message naming the setting.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import { RATE_LIMIT_PREFIX } from '../src/platform/http/rate-limit-store.ts';
import { createServerStorage, startServer } from './helpers/server-process.ts';

const REDIS_URL = process.env['TEST_REDIS_URL'] || null;
/** The public verification route's limit for anonymous callers (registry.routes.ts). */
const PUBLIC_VERIFY_LIMIT = 30;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('several worker processes serve one port and stop together; PGlite admits one', async () => {
  const storage = await createServerStorage();
  try {
    if (storage.engine === 'pglite') {
      const main = new URL('../src/main.ts', import.meta.url).pathname;
      const { DATABASE_URL: _ignored, ...inherited } = process.env;
      const run = spawnSync(process.execPath, ['--import', 'tsx', main, '--demo'], {
        env: { ...inherited, ...storage.env, WORKERS: '2', PORT: '0' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /Cannot start: Invalid setting WORKERS: 2 worker processes need PostgreSQL/);
      return;
    }
    const server = await startServer({ ...storage.env, WORKERS: '2', ...(REDIS_URL ? { REDIS_URL } : {}) });
    const listed = /2 worker processes: (\d+), (\d+)/.exec(server.output());
    assert.ok(listed, server.output());
    const pids = [Number(listed[1]), Number(listed[2])];
    assert.ok(pids.every(alive));
    // Many connections, each new: the primary hands them to both workers in turn.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${server.url}/api/health`, { headers: { connection: 'close' } }),
      ),
    );
    assert.ok(answers.every((r) => r.status === 200));
    await assertPublicLimit(server.url);
    assert.equal(await server.stop(), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(pids.map(alive), [false, false], 'no worker outlives the supervisor');
  } finally {
    await storage.cleanup();
  }
});

/**
 * One anonymous client on one keep-alive connection, which stays with one worker: with REDIS_URL
 * the workers share one count and it gets the whole limit; without, that worker's share.
 */
async function assertPublicLimit(url: string): Promise<void> {
  const redis = REDIS_URL ? new Redis(REDIS_URL) : null;
  const key = `${RATE_LIMIT_PREFIX}POST/api/v1/rights/verify-127.0.0.1`;
  await redis?.del(key);
  try {
    const statuses: number[] = [];
    for (let i = 0; i <= PUBLIC_VERIFY_LIMIT; i++) {
      const response = await fetch(`${url}/api/v1/rights/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'patent', number: 'CN201410000000.0' }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    const allowed = redis ? PUBLIC_VERIFY_LIMIT : PUBLIC_VERIFY_LIMIT / 2;
    assert.deepEqual(statuses.slice(0, allowed), Array(allowed).fill(200));
    assert.ok(
      statuses.slice(allowed).every((status) => status === 429),
      statuses.join(' '),
    );
  } finally {
    await redis?.del(key);
    await redis?.quit();
  }
}
