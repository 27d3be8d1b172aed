/**
 * Verification's lookup by number is a prepared statement that PostgreSQL must plan once per
 * connection, not on every call: it keeps re-planning while the generic plan looks dearer than the
 * custom ones, which the earlier array parameter caused (docs/adr/0010). Runs on both engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Placeholder, sql } from 'drizzle-orm';
import { lookupKeys } from '../src/modules/registry/numbers.ts';
import {
  keyParameters,
  loadRightByNumber,
  PREPARED_KEYS,
  rightByKeysQuery,
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
    // One transaction keeps one session on either engine, as one pooled connection would.
    const plans = await platform.database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`prepare verify_plan_check as ${query.sql}`));
      for (const n of numbers) {
        const named: Record<string, string> = {
          type: n.type,
          ...keyParameters(lookupKeys(n.type as never, n.value)),
        };
        const values = query.params.map((p) => (p instanceof Placeholder ? named[p.name]! : p));
        // EXECUTE takes literals, not bind parameters.
        const literals = values.map((v) =>
          typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`,
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
    // PostgreSQL tries five custom plans first, then keeps the generic one for the rest.
    assert.deepEqual(plans, { generic: numbers.length - 5, custom: 5 });
  });
});
