/**
 * Rate limits counted in Redis (REDIS_URL, docs/adr/0017). With TEST_REDIS_URL (CI: the local
 * Redis) two apps — two worker processes or two instances — share one count; without it, the
 * same two apps count each on its own, as the platform does without REDIS_URL. A Redis that fails
 * after the start, and one that does not answer at the start, need no Redis at all.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { test } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { RATE_LIMIT_PREFIX, sharedRateLimitStore } from './rate-limit-store.ts';
import { registerRateLimits } from './rate-limits.ts';

const REDIS_URL = process.env['TEST_REDIS_URL'] || null;
const LIMIT = 6;

function addRoutes(app: FastifyInstance): void {
  const limited = { config: { rateLimit: { max: LIMIT, timeWindow: '1 minute' } } };
  app.get('/a', limited, async () => 'a');
  app.get('/b', limited, async () => 'b');
}

/** A client address of its own for each run, so counts of earlier runs in Redis never meet it. */
function clientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

async function calls(app: FastifyInstance, url: string, from: string, n: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await app.inject({ url, remoteAddress: from })).statusCode);
  return seen;
}

test(
  REDIS_URL
    ? 'two processes with REDIS_URL share one count per client and route'
    : 'two processes without REDIS_URL each count alone (TEST_REDIS_URL unset)',
  async () => {
    const config = { workers: 1, redisUrl: REDIS_URL };
    const [first, second] = [Fastify(), Fastify()];
    for (const app of [first, second]) {
      await registerRateLimits(app, config);
      addRoutes(app);
    }
    const client = clientAddress();
    try {
      assert.deepEqual(await calls(first, '/a', client, 4), [200, 200, 200, 200]);
      const onSecond = await calls(second, '/a', client, 3);
      if (REDIS_URL) {
        assert.deepEqual(onSecond, [200, 200, 429], 'the first process’s four count on the second');
        assert.deepEqual(await calls(first, '/a', client, 1), [429]);
        assert.deepEqual(await calls(second, '/b', client, 1), [200], 'each route has its own count');
        assert.deepEqual(await calls(first, '/a', clientAddress(), 1), [200], 'so has each client');
      } else {
        assert.deepEqual(onSecond, [200, 200, 200], 'the second process saw none of the first’s');
        assert.deepEqual(await calls(first, '/a', client, 3), [200, 200, 429]);
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
      if (REDIS_URL) {
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`${RATE_LIMIT_PREFIX}*${client}`);
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      }
    }
  },
);

test('when Redis fails after the start, each process counts alone: its share of the limit', async () => {
  // Never connected, and commands are not queued: every count fails at once, as in an outage.
  const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false });
  const warnings: unknown[] = [];
  const app = Fastify();
  const log = { ...app.log, warn: (...args: unknown[]) => warnings.push(args) } as typeof app.log;
  await app.register(rateLimit, { global: false, store: sharedRateLimitStore(down, 2, log) });
  addRoutes(app);
  try {
    const client = clientAddress();
    assert.deepEqual(await calls(app, '/a', client, 4), [200, 200, 200, 429], 'two workers: 3 of 6 each');
    const refused = await app.inject({ url: '/a', remoteAddress: client });
    assert.equal(refused.headers['x-ratelimit-limit'], String(LIMIT));
    assert.deepEqual(await calls(app, '/b', client, 1), [200]);
    assert.equal(warnings.length, 1, 'the failure is logged once, not for every request');
  } finally {
    await app.close();
    down.disconnect();
  }
});

test('a REDIS_URL that does not answer stops the start with a message naming it', async () => {
  const app = Fastify();
  await assert.rejects(
    registerRateLimits(app, { workers: 1, redisUrl: 'redis://:secret@127.0.0.1:1' }),
    (error: Error) => {
      assert.match(error.message, /^REDIS_URL: cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
      assert.doesNotMatch(error.message, /secret/, 'the password is not shown');
      return true;
    },
  );
  await app.close();
});
