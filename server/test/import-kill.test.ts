/**
 * kill -9 in the middle of `ipp import`: the next run resumes the same job, no batch is half
 * written, and every row ends up exactly once.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../src/platform/db/database.ts';
import { createServerStorage, type ServerStorage } from './helpers/server-process.ts';

const IPP = new URL('../bin/ipp.js', import.meta.url).pathname;
// Enough rows for the import to run for a few seconds at a few thousand rows per second, in
// batches of 2,000, so that the CLI's once-a-second progress line shows a committed batch before
// the end.
const ROWS = 20_000;

describe('an import killed with SIGKILL', () => {
  let storage: ServerStorage;
  let file: string;
  const env = () => {
    const { DATABASE_URL: _inherited, ...rest } = process.env;
    return { ...rest, ...storage.env };
  };
  before(async () => {
    storage = await createServerStorage();
    const dir = mkdtempSync(join(tmpdir(), 'ipp-kill-'));
    file = join(dir, 'patents.csv');
    const lines = ['type,number,title,holders,classes,filing_date,grant_date'];
    for (let i = 0; i < ROWS; i++)
      lines.push(
        `trademark,${80000000 + i},商标${i},杭州某某${i % 97}贸易有限公司,${(i % 45) + 1},2020-02-03,2021-02-03`,
      );
    writeFileSync(file, `${lines.join('\n')}\n`);
    assert.equal(spawnSync(process.execPath, [IPP, 'migrate'], { env: env() }).status, 0);
  });
  after(() => storage.cleanup());

  test('is resumed by the next run, with every row once', async () => {
    const child = spawn(process.execPath, [IPP, 'import', file], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killed = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // Kill once a batch has committed but long before the end.
        const match = /\| \d+% · (\d+)\/\d+ rows/.exec(
          output
            .split('\n')
            .reverse()
            .find((l) => /rows/.test(l)) ?? '',
        );
        if (match && Number(match[1]) > 0 && Number(match[1]) < ROWS) {
          child.kill('SIGKILL');
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`the import ended (${code}) before it could be killed:\n${output}`)),
      );
    });
    await killed;
    await new Promise((resolve) => child.once('exit', resolve));

    const again = spawnSync(process.execPath, [IPP, 'import', file], { env: env(), encoding: 'utf8' });
    assert.equal(again.status, 0, again.stdout + again.stderr);
    const database = await openDatabase({
      databaseUrl: storage.env['DATABASE_URL'] ?? null,
      dataDir: storage.env['DATA_DIR'] ?? null,
    });
    try {
      const [rights] = await database.query<{ n: number }>(
        `select count(*)::int as n from rights where number like '800%'`,
      );
      assert.equal(rights?.n, ROWS);
      const jobs = await database.query<{ status: string; inserted: number; committed_line: number }>(
        'select status, inserted, committed_line from import_jobs',
      );
      assert.equal(jobs.length, 1, 'the second run resumed the same job');
      assert.equal(jobs[0]?.status, 'completed');
      assert.equal(jobs[0]?.inserted, ROWS, 'rows written before the kill are not counted twice');
    } finally {
      await database.close();
    }
  });
});
