/**
 * Session settings the platform gives its PostgreSQL connections: effective_io_concurrency
 * (DATABASE_IO_CONCURRENCY, docs/adr/0012) and no JIT (docs/adr/0018) on every pooled
 * connection; PGlite (which has no JIT) keeps its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../src/platform/db/database.ts';
import { testServerUrl } from './helpers/database.ts';

test('every connection reads ahead as DATABASE_IO_CONCURRENCY says (PostgreSQL) or is left as it is (PGlite)', async () => {
  const serverUrl = testServerUrl();
  const database = await openDatabase({
    databaseUrl: serverUrl,
    dataDir: null,
    poolSize: 4,
    ioConcurrency: 123,
  });
  try {
    // Eight at once take all four pooled connections, each opened with the setting.
    const settings = await Promise.all(
      Array.from({ length: 8 }, () =>
        database.query<{ effective_io_concurrency: string; jit: string; pid: number }>(
          `select current_setting('effective_io_concurrency') as effective_io_concurrency,
                  current_setting('jit') as jit, pg_backend_pid() as pid, pg_sleep(0.05)`,
        ),
      ),
    );
    const values = new Set(settings.map(([row]) => row!.effective_io_concurrency));
    if (serverUrl) {
      assert.deepEqual([...values], ['123']);
      assert.deepEqual([...new Set(settings.map(([row]) => row!.jit))], ['off']);
      assert.equal(new Set(settings.map(([row]) => row!.pid)).size, 4, 'four connections');
    } else {
      assert.equal(database.kind, 'pglite');
      assert.equal(values.size, 1);
      assert.notEqual([...values][0], '123', 'PGlite keeps its own setting');
    }
  } finally {
    await database.close();
  }
});
