import assert from 'node:assert/strict';
import { test } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyRequest } from 'fastify';
import { anonymousRateLimit, divideRateLimits } from './rate-limits.ts';

async function statuses(workers: number, max: number | ((request: FastifyRequest) => number), calls: number) {
  const app = Fastify();
  divideRateLimits(app, workers);
  await app.register(rateLimit, { global: false });
  app.get('/limited', { config: { rateLimit: { max, timeWindow: '1 minute' } } }, async () => 'ok');
  app.get('/free', async () => 'ok');
  const seen: number[] = [];
  for (let i = 0; i < calls; i++) seen.push((await app.inject({ url: '/limited' })).statusCode);
  const free = (await app.inject({ url: '/free' })).statusCode;
  await app.close();
  return { seen, free };
}

test('each of several workers allows its share of a route’s limit, so all allow no more than the limit', async () => {
  const ok = (n: number, calls: number) => [...Array(n).fill(200), ...Array(calls - n).fill(429)];
  assert.deepEqual((await statuses(1, 6, 8)).seen, ok(6, 8), 'one process: the limit itself');
  assert.deepEqual((await statuses(2, 6, 8)).seen, ok(3, 8));
  assert.deepEqual((await statuses(4, 6, 8)).seen, ok(1, 8), 'at least one request per worker');
  assert.deepEqual((await statuses(3, () => 7, 8)).seen, ok(2, 8), 'a limit computed per request');
  assert.equal((await statuses(3, 7, 1)).free, 200, 'routes without a limit stay free');
});

test('a public route counts anonymous callers only: signed-in callers are neither limited nor counted', async () => {
  const app = Fastify();
  // As authentication.ts does: every request has an actor before the limit is applied.
  app.addHook('onRequest', async (request) => {
    const signedIn = request.headers.authorization !== undefined;
    Object.assign(request, { actor: { type: signedIn ? 'user' : 'anonymous' } });
  });
  await app.register(rateLimit, { global: false });
  app.get('/public', { config: { rateLimit: anonymousRateLimit(2) } }, async () => 'ok');
  const call = (signedIn: boolean) =>
    app.inject({ url: '/public', headers: signedIn ? { authorization: 'Bearer x' } : {} });
  const signed = await Promise.all(Array.from({ length: 5 }, () => call(true)));
  assert.deepEqual(
    signed.map((r) => [r.statusCode, r.headers['x-ratelimit-limit']]),
    Array(5).fill([200, undefined]),
  );
  const anonymous: number[] = [];
  for (let i = 0; i < 3; i++) anonymous.push((await call(false)).statusCode);
  assert.deepEqual(anonymous, [200, 200, 429], 'the signed-in calls used none of the allowance');
  await app.close();
});
