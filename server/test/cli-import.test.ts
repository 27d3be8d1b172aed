/**
 * `ipp import` while the server runs: the embedded database admits one process, so the command
 * says what to do, and with a token it imports through the server's API.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createServerStorage,
  type RunningServer,
  type ServerStorage,
  startServer,
} from './helpers/server-process.ts';

const IPP = new URL('../bin/ipp.js', import.meta.url).pathname;

describe('ipp import alongside a running server', () => {
  let storage: ServerStorage;
  let server: RunningServer;
  let file: string;
  const ipp = (...args: string[]) => {
    const { DATABASE_URL: _inherited, ...env } = process.env;
    const result = spawnSync(process.execPath, [IPP, ...args], {
      env: { ...env, ...storage.env },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout + result.stderr };
  };

  before(async () => {
    storage = await createServerStorage();
    server = await startServer(storage.env);
    const dir = mkdtempSync(join(tmpdir(), 'ipp-cli-import-'));
    file = join(dir, 'marks.csv');
    writeFileSync(
      file,
      'type,number,title,holders,classes,filing_date,grant_date\n' +
        'trademark,61234567,秦岭雪,西安秦岭雪食品有限公司,30,2021-03-02,2022-05-14\n' +
        'trademark,61234568,长安号,西安长安号贸易有限公司,35,2021-04-11,2022-06-21\n' +
        'trademark,61234569,坏行,西安某公司,46,2021-04-11,2022-06-21\n',
    );
  });
  after(async () => {
    await server?.stop();
    await storage?.cleanup();
  });

  test('without a token, the command explains what to do when the embedded database is busy', (t) => {
    if (storage.engine === 'postgresql') {
      // PostgreSQL admits many processes: the command imports directly.
      const direct = ipp('import', file);
      assert.equal(direct.code, 0, direct.out);
      return;
    }
    const result = ipp('import', file);
    assert.equal(result.code, 3, result.out);
    assert.match(result.out, /in use by the running server/);
    assert.match(result.out, /--server http:\/\/127\.0\.0\.1:3000 --token <token>/);
    t.diagnostic('refused as expected');
  });

  test('with a token it imports through the server, with a report of the rejected row, and again changes nothing', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'gd.admin', password: 'ipp-demo-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const result = ipp('import', file, '--server', server.url, '--token', token);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /1 rejected/);
    const report = `${file}.import-report.csv`;
    assert.ok(existsSync(report));
    assert.match(readFileSync(report, 'utf8'), /^\uFEFFline,severity,field,code,message/);
    assert.match(readFileSync(report, 'utf8'), /\n4,error,classes/);
    const verify = await fetch(`${server.url}/api/v1/rights/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'trademark', number: '61234567', holder: '西安秦岭雪食品有限公司' }),
    });
    const answer = (await verify.json()) as { exists: boolean; holderMatch: { result: string } };
    assert.equal(answer.exists, true);
    assert.equal(answer.holderMatch.result, 'exact');

    const again = ipp('import', file, '--server', server.url, '--token', token);
    assert.equal(again.code, 0, again.out);
    assert.match(
      again.out,
      /0 inserted, 0 updated, 2 unchanged, 1 rejected/,
      'the same file again changes nothing',
    );
  });
});
