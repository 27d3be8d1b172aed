/**
 * HTTP load with wrk (C, event-driven, like pgbench), so that the load generator takes as little of
 * the machine's CPU as pgbench's own client does: with a Node load generator (autocannon) sharing
 * the 2-core development machine, a third or more of the CPU went to making the requests, and
 * the ratio to pgbench measured the generator as much as the server.
 *
 * The requests come from a cases file read by wrk.lua; answers are checked there (see it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PreflightError } from './database.ts';
import { runCommand } from './process.ts';
import type { Throughput } from './verify-bench.ts';

export const CONNECTIONS = 64;
/** As pgbench's -j 2. */
const THREADS = 2;
const SCRIPT = fileURLToPath(new URL('./wrk.lua', import.meta.url));

export interface LoadCase {
  /** The JSON body, on one line. */
  body: string;
  /** Checked answers: "type|number" as the answer echoes them, and whether the right exists. */
  check?: { key: string; exists: boolean };
}

export interface HttpLoad extends Throughput {
  /** Connect, read and write errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Checked answers whose `exists` differed from the data set. */
  wrongAnswers: number;
  checked: number;
}

/** wrk's version line, or a PreflightError that says how to get it. */
export function checkWrk(): string {
  let out: string;
  try {
    out = execFileSync('wrk', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // wrk --version exits with 1 after printing its version and usage.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  if (!out.startsWith('wrk '))
    throw new PreflightError(
      'wrk is not on the PATH: it loads the HTTP API (on Debian: apt-get install wrk)',
    );
  return out
    .split('\n')[0]!
    .replace(/\s+Copyright.*/, '')
    .trim();
}

interface WrkResult {
  requests: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  timeouts: number;
  non2xx: number;
  wrong: number;
  checked: number;
}

/** Loads POST `path` with the cases in turn from 64 connections: a 5 s warm-up, then `seconds`. */
export async function httpLoad(
  url: string,
  path: string,
  authorization: string,
  cases: LoadCase[],
  seconds: number,
): Promise<HttpLoad> {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-wrk-'));
  try {
    const file = join(dir, 'cases.tsv');
    const lines = cases.map((c) => {
      if (/[\t\n]/.test(c.body) || /[\t\n]/.test(c.check?.key ?? ''))
        throw new Error('a case has a tab or newline');
      return `${c.check ? (c.check.exists ? '1' : '0') : '-'}\t${c.check?.key ?? ''}\t${c.body}`;
    });
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = (duration: number) =>
      runCommand(
        'wrk',
        [
          '-t',
          String(THREADS),
          '-c',
          String(CONNECTIONS),
          '-d',
          `${duration}s`,
          '--timeout',
          '30s',
          '-s',
          SCRIPT,
          url,
          '--',
          file,
          path,
          authorization,
        ],
        (duration + 60) * 1000,
      );
    await run(5); // warm-up, not measured
    const out = await run(seconds);
    const line = /WRK_RESULT (\{.*\})/.exec(out)?.[1];
    if (!line) throw new Error(`cannot read wrk's result:\n${out}`);
    const r = JSON.parse(line) as WrkResult;
    const measured = r.durationUs / 1e6;
    return {
      perSecond: r.requests / measured,
      p50: r.p50Us / 1000,
      p99: r.p99Us / 1000,
      total: r.requests,
      seconds: measured,
      errors: r.connectErrors + r.readErrors + r.writeErrors + r.timeouts,
      non2xx: r.non2xx,
      wrongAnswers: r.wrong,
      checked: r.checked,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
