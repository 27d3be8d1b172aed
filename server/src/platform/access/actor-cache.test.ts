import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from './actor.ts';
import { ACTOR_CACHE_TTL_MS, actorsChanged, cachedActorResolver } from './actor-cache.ts';
import { scopeOfRegion } from './scope.ts';

const actor = (name: string): Actor => ({
  type: 'client',
  id: name,
  name,
  org: { id: 'o', name: '法院', regionCode: '440300', level: 'city' },
  permissions: new Set(),
  scope: scopeOfRegion('440300', 'city'),
});

function fixture(expiresInMs = 3_600_000) {
  let clock = 1_000_000;
  const lookups: string[] = [];
  const known = new Map([['t1', actor('a')]]);
  const resolve = cachedActorResolver(
    (token) => `h:${token}`,
    async (key) => {
      lookups.push(key);
      const found = known.get(key.slice(2));
      return found ? { actor: found, expiresAt: new Date(clock + expiresInMs) } : null;
    },
    () => clock,
  );
  return { resolve, lookups, known, tick: (ms: number) => (clock += ms) };
}

test('a token is looked up once within the TTL and again after it', async () => {
  const f = fixture();
  assert.equal((await f.resolve('t1'))?.name, 'a');
  assert.equal((await f.resolve('t1'))?.name, 'a');
  assert.equal(f.lookups.length, 1);
  f.tick(ACTOR_CACHE_TTL_MS + 1);
  await f.resolve('t1');
  assert.equal(f.lookups.length, 2);
});

test('actorsChanged empties the cache, so a revoked token is refused at once', async () => {
  const f = fixture();
  await f.resolve('t1');
  f.known.delete('t1');
  actorsChanged();
  assert.equal(await f.resolve('t1'), null);
  assert.equal(f.lookups.length, 2);
});

test('a session that ends within the TTL is not served past its end', async () => {
  const f = fixture(1_000);
  await f.resolve('t1');
  f.tick(1_001);
  await f.resolve('t1');
  assert.equal(f.lookups.length, 2);
});

test('unknown tokens are never cached', async () => {
  const f = fixture();
  assert.equal(await f.resolve('nope'), null);
  assert.equal(await f.resolve('nope'), null);
  assert.equal(f.lookups.length, 2);
});
