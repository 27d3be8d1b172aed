/**
 * Verification throughput: POST /api/v1/rights/verify through the running server with wrk
 * (64 connections, 2 threads, a partner token; wrk-load.ts), against the raw ceiling of the same
 * PostgreSQL server: pgbench selecting one right by primary key (-c 64 -j 2 -T seconds). Both load
 * generators are C programs with two threads, so each takes a like share of the shared CPUs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './process.ts';
import type { VerifyCase } from './queries.ts';
import { percentile } from './stats.ts';
import { CONNECTIONS, type HttpLoad, httpLoad } from './wrk-load.ts';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  total: number;
  seconds: number;
}

/** pgbench on one right by primary key; latencies from its per-transaction log. */
export async function pgbenchCeiling(
  url: string,
  rows: number,
  seed: number,
  seconds: number,
): Promise<Throughput & { script: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-pgbench-'));
  const script = `\\set i random(0, ${rows - 1})\nSELECT * FROM rights WHERE id = md5('right:${seed}:' || :i)::uuid;\n`;
  try {
    writeFileSync(join(dir, 'select-right.sql'), script);
    const base = ['-n', '-f', join(dir, 'select-right.sql'), '-c', String(CONNECTIONS), '-j', '2'];
    await runCommand('pgbench', [...base, '-T', '5', url], 60_000); // warm-up, not measured
    const out = await runCommand(
      'pgbench',
      [...base, '-T', String(seconds), '-l', '--log-prefix', join(dir, 'log'), url],
      (seconds + 60) * 1000,
    );
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1]);
    if (!Number.isFinite(tps)) throw new Error(`cannot read pgbench's tps:\n${out}`);
    const latencies: number[] = [];
    for (const file of readdirSync(dir).filter((f) => f.startsWith('log'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) latencies.push(us / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      perSecond: tps,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      total: latencies.length,
      seconds,
      script: script.trim(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type VerifyLoad = HttpLoad;

/** Sends the cases in turn from 64 connections; each answer's `exists` is checked (wrk.lua). */
export async function verifyLoad(
  server: string,
  token: string,
  cases: VerifyCase[],
  seconds: number,
): Promise<VerifyLoad> {
  const load = cases.map((c) => ({
    body: JSON.stringify(c.body),
    check: { key: `${c.body.type}|${c.body.number}`, exists: c.expected },
  }));
  const result = await httpLoad(server, '/api/v1/rights/verify', `Bearer ${token}`, load, seconds);
  // wrk.lua recognizes an answer by its opening bytes; if it recognized none, nothing was checked.
  if (result.checked < result.total / 2)
    throw new Error(
      `only ${result.checked} of ${result.total} answers could be checked: has the answer's shape changed?`,
    );
  return result;
}

/** A few requests one by one, each checked, before the load: fails early on a broken setup. */
export async function verifySanity(server: string, token: string, cases: VerifyCase[]): Promise<void> {
  for (const item of cases.slice(0, 50)) {
    const response = await fetch(`${server}/api/v1/rights/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(item.body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`verify ${JSON.stringify(item.body)} → ${response.status}: ${text.slice(0, 500)}`);
    const exists = (JSON.parse(text) as { exists: boolean }).exists;
    if (exists !== item.expected)
      throw new Error(`verify ${JSON.stringify(item.body)}: exists ${exists}, expected ${item.expected}`);
  }
}
