/**
 * Verification's lookup by number is a prepared statement that PostgreSQL must plan once per
 * connection, not on every call: it keeps re-planning while the generic plan looks dearer than the
 * custom ones, which the earlier array parameter caused (docs/adr/0010). Runs on both engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Placeholder, sql } from 'drizzle-orm';
import { lookupKeys } from '../src/modules/registry/numbers.ts';
import { BATCH_SIZES, type Lookup } from '../src/modules/registry/rights.batch.ts';
import {
  keyParameters,
  loadRightByNumber,
  lookupStatements,
  PREPARED_KEYS,
  rightByKeysQuery,
  rightsBySlotsQuery,
} from '../src/modules/registry/rights.queries.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

describe('verification lookup: plan and key forms', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform({ demo: true });
  });
  after(() => platform.cleanup());

  test('every number form of the demo rights fits the prepared parameters and finds its right', async () => {
    const db = platform.database.db;
    const rows = await platform.database.query<{
      type: string;
      kind: string;
      value: string;
      right_id: string;
    }>('select type, kind, value, right_id from right_numbers order by type, value');
    assert.ok(rows.length > 20, 'the demo data has numbers of every type');
    for (const row of rows) {
      const typed = row.kind === 'application' && row.type === 'patent' ? `ZL ${row.value}` : row.value;
      const keys = lookupKeys(row.type as never, typed);
      assert.ok(keys.length <= PREPARED_KEYS, `${typed}: ${keys.length} keys`);
      const found = await loadRightByNumber(db, row.type as never, typed);
      assert.ok(found, `${row.type} ${typed} is found`);
      assert.equal(found.right.id, row.right_id, `${row.type} ${typed} (${row.kind})`);
    }
  });

  test('a transaction (no shared prepared statement) finds the same right', async () => {
    const db = platform.database.db;
    const [row] = await platform.database.query<{ type: string; value: string; right_id: string }>(
      "select type, value, right_id from right_numbers where kind = 'application' limit 1",
    );
    const inside = await db.transaction((tx) => loadRightByNumber(tx, row!.type as never, row!.value));
    const outside = await loadRightByNumber(db, row!.type as never, row!.value);
    assert.equal(inside?.right.id, row!.right_id);
    assert.equal(outside?.right.id, row!.right_id);
  });

  test('PostgreSQL settles on one generic plan for the statement', async () => {
    const query = rightByKeysQuery(platform.database.db);
    const names = new Set(query.params.filter((p) => p instanceof Placeholder).map((p) => p.name));
    const expected = ['type', ...Array.from({ length: PREPARED_KEYS }, (_, i) => `key${i}`)];
    assert.deepEqual([...names].sort(), expected.sort());
    const numbers = await platform.database.query<{ type: string; value: string }>(
      'select type, value from right_numbers order by value limit 12',
    );
    const plans = await plansOf(
      query,
      numbers.map((n) => ({ type: n.type, ...keyParameters(lookupKeys(n.type as never, n.value)) })),
    );
    // PostgreSQL tries five custom plans first, then keeps the generic one for the rest.
    assert.deepEqual(plans, { generic: numbers.length - 5, custom: 5 });
  });

  test('the batch statement finds what single lookups find, slot by slot, misses included', async () => {
    const db = platform.database.db;
    const rows = await platform.database.query<{ type: string; value: string; right_id: string }>(
      'select type, value, right_id from right_numbers order by right_id, value',
    );
    const lookups: (Lookup & { expected: string | null })[] = rows.map((row) => ({
      type: row.type as never,
      keys: lookupKeys(row.type as never, row.value),
      expected: row.right_id,
    }));
    // Numbers that do not exist, and a known number asked as another type, find nothing.
    lookups.splice(3, 0, { type: 'patent', keys: lookupKeys('patent', 'CN202499999999.9'), expected: null });
    const patent = rows.find((row) => row.type === 'patent')!;
    lookups.push({ type: 'gi', keys: [patent.value], expected: null });
    const statements = lookupStatements(db);
    for (let start = 0; start < lookups.length; start += 64) {
      const chunk = lookups.slice(start, start + 64);
      const size = BATCH_SIZES.find((s) => s >= chunk.length)!;
      const found = await statements.many(size, chunk);
      const bySlot = new Map(found.map((row) => [row.slot, row]));
      for (const [i, lookup] of chunk.entries()) {
        const single = await statements.one(lookup);
        const batched = bySlot.get(i + 1);
        assert.equal(batched?.right.id ?? null, lookup.expected, `${lookup.type} ${lookup.keys[0]}`);
        assert.deepEqual(
          batched && { ...batched, slot: undefined },
          single && { ...single, slot: undefined },
        );
      }
    }
  });

  test('verifications made at once all find their own right', async () => {
    const rows = await platform.database.query<{ type: string; value: string; right_id: string }>(
      'select type, value, right_id from right_numbers order by value',
    );
    const found = await Promise.all(
      rows.map((row) => loadRightByNumber(platform.database.db, row.type as never, row.value)),
    );
    for (const [i, right] of found.entries())
      assert.equal(right?.right.id, rows[i]!.right_id, rows[i]!.value);
  });

  test('PostgreSQL keeps a generic plan for the batch statement too', async () => {
    const size = 8;
    const query = rightsBySlotsQuery(platform.database.db, size).toSQL();
    const numbers = await platform.database.query<{ type: string; value: string }>(
      'select type, value from right_numbers order by value limit 80',
    );
    const executions = Array.from({ length: 10 }, (_, e) => {
      const named: Record<string, string | null> = {};
      // From one slot used to all eight: custom plans would differ from the generic one here.
      for (let i = 1; i <= size; i++) {
        const n = i <= e + 1 ? numbers[e * size + i - 1] : undefined;
        named[`t${i}`] = n?.type ?? null;
        const keys = n ? Object.values(keyParameters(lookupKeys(n.type as never, n.value))) : [];
        for (let k = 0; k < PREPARED_KEYS; k++) named[`k${i}_${k}`] = keys[k] ?? null;
      }
      return named;
    });
    assert.deepEqual(await plansOf(query, executions), { generic: executions.length - 5, custom: 5 });
  });

  /** PREPARE the statement and EXECUTE it once per set of values; how often it was planned anew. */
  async function plansOf(
    query: { sql: string; params: unknown[] },
    executions: Record<string, string | null>[],
  ): Promise<{ generic: number; custom: number }> {
    // One transaction keeps one session on either engine, as one pooled connection would.
    return platform.database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`prepare verify_plan_check as ${query.sql}`));
      for (const named of executions) {
        const values = query.params.map((p) => (p instanceof Placeholder ? named[p.name] : p));
        // EXECUTE takes literals, not bind parameters.
        const literals = values.map((v) =>
          v === null ? 'null' : typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`,
        );
        await tx.execute(sql.raw(`execute verify_plan_check(${literals.join(', ')})`));
      }
      const result = (await tx.execute(
        sql`select generic_plans, custom_plans from pg_prepared_statements where name = 'verify_plan_check'`,
      )) as unknown as { rows: { generic_plans: string | number; custom_plans: string | number }[] };
      const [row] = result.rows;
      await tx.execute(sql`deallocate verify_plan_check`);
      return { generic: Number(row!.generic_plans), custom: Number(row!.custom_plans) };
    });
  }
});
