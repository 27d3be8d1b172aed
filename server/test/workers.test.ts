/**
 * WORKERS: several server processes on one port. On PostgreSQL they start, answer, and all stop
 * with the supervisor; the embedded database refuses them with a message naming the setting.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { createServerStorage, startServer } from './helpers/server-process.ts';

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
    const server = await startServer({ ...storage.env, WORKERS: '2' });
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
    assert.equal(await server.stop(), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(pids.map(alive), [false, false], 'no worker outlives the supervisor');
  } finally {
    await storage.cleanup();
  }
});
