/**
 * The embedded database keeps its data across restarts, and owns its folder: a second opener is
 * refused with a clear message, and a lock left by a dead process is taken over.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openDatabase } from '../src/platform/db/database.ts';
import { DataDirLockedError } from '../src/platform/db/lock.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';

describe('embedded database folder', () => {
  test('data survives a close and reopen, and a second opener is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-embedded-'));
    try {
      const first = await openDatabase({ databaseUrl: null, dataDir: dir });
      await runMigrations(first);
      await first.query(`insert into system_meta (key, value, updated_at) values ('probe', '"kept"', now())`);
      await assert.rejects(openDatabase({ databaseUrl: null, dataDir: dir }), (error: unknown) => {
        assert.ok(error instanceof DataDirLockedError);
        assert.match(error.message, new RegExp(`in use by process ${process.pid}`));
        assert.match(error.message, /DATABASE_URL/);
        return true;
      });
      await first.close();
      const second = await openDatabase({ databaseUrl: null, dataDir: dir });
      const rows = await second.query<{ value: string }>(`select value from system_meta where key = 'probe'`);
      assert.deepEqual(rows, [{ value: 'kept' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a lock left by a dead process is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-stale-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      writeFileSync(join(dir, 'ipp.lock'), dead.stdout.toString());
      const database = await openDatabase({ databaseUrl: null, dataDir: dir });
      assert.equal(database.kind, 'pglite');
      await database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
