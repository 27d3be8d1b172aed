/**
 * The audit trail is hash-chained with SM3: any edited, deleted, reordered or truncated record is
 * found, and the first bad one is named. Each tamper runs on its own fresh database.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { systemActor } from '../src/platform/access/actor.ts';
import { appendAudit, verifyAuditChain } from '../src/platform/audit/index.ts';
import type { Database } from '../src/platform/db/database.ts';
import { createTestDatabase } from './helpers/database.ts';

async function withTrail(records: number, work: (database: Database) => Promise<void>): Promise<void> {
  const { database, cleanup } = await createTestDatabase();
  try {
    const context = { actor: systemActor('audit-test'), requestId: 'req-audit-test' };
    for (let i = 1; i <= records; i++) {
      await database.db.transaction((tx) =>
        appendAudit(tx, context, {
          action: 'test.write',
          targetType: 'thing',
          targetId: `t${i}`,
          detail: { i, nested: { b: 2, a: 1 } },
        }),
      );
    }
    await work(database);
  } finally {
    await cleanup();
  }
}

describe('audit chain', () => {
  test('an untouched trail verifies, and the head matches the last record', async () => {
    await withTrail(6, async (database) => {
      const result = await verifyAuditChain(database.db);
      assert.deepEqual(result, { ok: true, checked: 6, lastSeq: 6 });
    });
  });

  test('an edited record is named', async () => {
    await withTrail(6, async (database) => {
      await database.query(`update audit_log set target_id = 'forged' where seq = 4`);
      const result = await verifyAuditChain(database.db);
      assert.equal(result.ok, false);
      assert.equal(result.firstBad?.seq, 4);
      assert.equal(result.firstBad?.reason, 'edited');
      assert.equal(result.checked, 3);
    });
  });

  test('an edit inside the JSON detail is found too', async () => {
    await withTrail(3, async (database) => {
      await database.query(`update audit_log set detail = jsonb_set(detail, '{i}', '99') where seq = 2`);
      const result = await verifyAuditChain(database.db);
      assert.equal(result.firstBad?.seq, 2);
      assert.equal(result.firstBad?.reason, 'edited');
    });
  });

  test('a deleted record in the middle is named', async () => {
    await withTrail(6, async (database) => {
      await database.query('delete from audit_log where seq = 3');
      const result = await verifyAuditChain(database.db);
      assert.equal(result.firstBad?.seq, 3);
      assert.equal(result.firstBad?.reason, 'missing');
    });
  });

  test('a deleted and renumbered record is still found by the broken link', async () => {
    await withTrail(6, async (database) => {
      await database.query('delete from audit_log where seq = 3');
      await database.query('update audit_log set seq = seq - 1 where seq > 3');
      const result = await verifyAuditChain(database.db);
      assert.equal(result.ok, false);
      assert.equal(result.firstBad?.seq, 3);
    });
  });

  test('two reordered records are found at the first of them', async () => {
    await withTrail(6, async (database) => {
      await database.query('update audit_log set seq = -1 where seq = 2');
      await database.query('update audit_log set seq = 2 where seq = 5');
      await database.query('update audit_log set seq = 5 where seq = -1');
      const result = await verifyAuditChain(database.db);
      assert.equal(result.firstBad?.seq, 2);
      assert.equal(result.firstBad?.reason, 'relinked');
    });
  });

  test('records cut off the end are found through the head', async () => {
    await withTrail(6, async (database) => {
      await database.query('delete from audit_log where seq >= 5');
      const result = await verifyAuditChain(database.db);
      assert.equal(result.ok, false);
      assert.equal(result.firstBad?.reason, 'truncated');
      assert.equal(result.firstBad?.seq, 5);
    });
  });

  test('concurrent writers keep one unbroken chain with no gaps', async () => {
    await withTrail(0, async (database) => {
      const context = { actor: systemActor('concurrency'), requestId: null };
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          database.db.transaction((tx) =>
            appendAudit(tx, context, { action: 'test.concurrent', detail: { i } }),
          ),
        ),
      );
      const result = await verifyAuditChain(database.db);
      assert.deepEqual(result, { ok: true, checked: 20, lastSeq: 20 });
    });
  });

  test('a rolled-back change leaves no audit record behind', async () => {
    await withTrail(2, async (database) => {
      const context = { actor: systemActor('rollback'), requestId: null };
      await assert.rejects(
        database.db.transaction(async (tx) => {
          await appendAudit(tx, context, { action: 'test.doomed' });
          throw new Error('the change failed');
        }),
      );
      const rows = await database.query<{ n: number }>(
        `select count(*)::int as n from audit_log where action = 'test.doomed'`,
      );
      assert.equal(rows[0]?.n, 0);
      assert.equal((await verifyAuditChain(database.db)).ok, true);
    });
  });
});
