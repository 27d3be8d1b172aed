/** How verification lookups are gathered into batches (rights.batch.ts), with statements faked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BATCH_SIZES,
  type Lookup,
  type LookupStatements,
  lookupBatcher,
  MAX_IN_FLIGHT,
  slotParameters,
} from './rights.batch.ts';

interface Row {
  number: string;
}

/** Statements that answer from `known` (number → row) and record every call. */
function fakeStatements(known: Set<string>, hold?: Promise<void>) {
  const calls: { kind: 'one' | 'many'; size: number; lookups: readonly Lookup[] }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const answer = (lookup: Lookup) => lookup.keys.find((k) => known.has(k));
  const statements: LookupStatements<Row> = {
    async one(lookup) {
      calls.push({ kind: 'one', size: 1, lookups: [lookup] });
      const number = answer(lookup);
      return number ? { number } : undefined;
    },
    async many(size, lookups) {
      calls.push({ kind: 'many', size, lookups });
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await hold;
      running--;
      // Rows come back in any order, each naming its slot; misses have no row.
      return lookups
        .map((lookup, i) => ({ number: answer(lookup), slot: i + 1 }))
        .filter((row): row is { number: string; slot: number } => row.number !== undefined)
        .reverse();
    },
  };
  return { statements, calls, mostAtOnce: () => mostAtOnce };
}

const lookupOf = (n: number): Lookup => ({ type: 'patent', keys: [`N${n}`, `CN${n}`] });

describe('verification lookup batches', () => {
  test('lookups made together go out as one statement of the smallest size that holds them', async () => {
    const fake = fakeStatements(new Set(['N1', 'CN3', 'N5']));
    const lookup = lookupBatcher(fake.statements);
    const found = await Promise.all([1, 2, 3, 4, 5].map((n) => lookup(lookupOf(n))));
    assert.deepEqual(
      found.map((row) => row?.number),
      ['N1', undefined, 'CN3', undefined, 'N5'],
    );
    assert.equal(fake.calls.length, 1);
    assert.deepEqual({ kind: fake.calls[0]!.kind, size: fake.calls[0]!.size }, { kind: 'many', size: 8 });
  });

  test('a lookup alone takes the single statement', async () => {
    const fake = fakeStatements(new Set(['N7']));
    const lookup = lookupBatcher(fake.statements);
    assert.equal((await lookup(lookupOf(7)))?.number, 'N7');
    assert.equal(await lookup(lookupOf(8)), undefined);
    assert.deepEqual(
      fake.calls.map((c) => c.kind),
      ['one', 'one'],
    );
  });

  test('more lookups than the largest size are split, each answer reaching its caller', async () => {
    const numbers = Array.from({ length: 150 }, (_, i) => i);
    const fake = fakeStatements(new Set(numbers.filter((n) => n % 3 === 0).map((n) => `N${n}`)));
    const lookup = lookupBatcher(fake.statements);
    const found = await Promise.all(numbers.map((n) => lookup(lookupOf(n))));
    for (const [n, row] of found.entries()) {
      assert.equal(row?.number, n % 3 === 0 ? `N${n}` : undefined, `lookup ${n}`);
    }
    const largest = BATCH_SIZES[BATCH_SIZES.length - 1]!;
    assert.deepEqual(
      fake.calls.map((c) => c.lookups.length),
      [largest, largest, 150 - 2 * largest],
    );
    assert.deepEqual(
      fake.calls.map((c) => c.size),
      [64, 64, 32],
    );
  });

  test('at most MAX_IN_FLIGHT batches run at once; lookups made meanwhile gather into the next', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fake = fakeStatements(new Set(['N0']), hold);
    const lookup = lookupBatcher(fake.statements);
    const pending: Promise<Row | undefined>[] = [];
    // One round of input after another, each of two lookups, while the first batches are held.
    for (let round = 0; round < MAX_IN_FLIGHT + 3; round++) {
      pending.push(lookup(lookupOf(0)), lookup(lookupOf(1)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(fake.calls.length, MAX_IN_FLIGHT, 'the rest wait for a free place');
    release();
    const found = await Promise.all(pending);
    assert.deepEqual(
      found.map((row) => row?.number),
      pending.map((_, i) => (i % 2 === 0 ? 'N0' : undefined)),
    );
    assert.equal(fake.mostAtOnce(), MAX_IN_FLIGHT);
    // The three rounds that waited went out together, as one batch of six.
    assert.deepEqual(fake.calls.map((c) => c.lookups.length).slice(MAX_IN_FLIGHT), [6]);
  });

  test('a failed statement fails the lookups of its batch, and only those', async () => {
    const fake = fakeStatements(new Set(['N1']));
    let fail = true;
    const statements: LookupStatements<Row> = {
      one: fake.statements.one,
      async many(size, lookups) {
        if (fail) throw new Error('connection lost');
        return fake.statements.many(size, lookups);
      },
    };
    const lookup = lookupBatcher(statements);
    const first = await Promise.allSettled([lookup(lookupOf(1)), lookup(lookupOf(2))]);
    assert.deepEqual(
      first.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    fail = false;
    const second = await Promise.all([lookup(lookupOf(1)), lookup(lookupOf(2))]);
    assert.deepEqual(
      second.map((row) => row?.number),
      ['N1', undefined],
    );
  });

  test('slot parameters pad the statement with NULL slots and repeat a lookup’s first key', () => {
    const pad = (keys: string[]) => [0, 1, 2].map((i) => keys[i] ?? keys[0]!);
    const values = slotParameters(4, [lookupOf(1), { type: 'gi', keys: ['G1'] }], 3, pad);
    assert.deepEqual(values, {
      t1: 'patent',
      k1_0: 'N1',
      k1_1: 'CN1',
      k1_2: 'N1',
      t2: 'gi',
      k2_0: 'G1',
      k2_1: 'G1',
      k2_2: 'G1',
      t3: null,
      k3_0: null,
      k3_1: null,
      k3_2: null,
      t4: null,
      k4_0: null,
      k4_1: null,
      k4_2: null,
    });
  });
});
