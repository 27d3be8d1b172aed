/**
 * Verification throughput: POST /api/v1/rights/verify through the running server with autocannon
 * (64 connections, a partner token, bounded in time and count), against the raw ceiling of the
 * same PostgreSQL server: pgbench selecting one right by primary key (-c 64 -j 2 -T seconds).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { VerifyCase } from './queries.ts';
import { percentile } from './stats.ts';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  total: number;
  seconds: number;
}

export const CONNECTIONS = 64;

function run(command: string, args: string[], limitMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out.slice(-3000)}`));
    });
  });
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
    await run('pgbench', [...base, '-T', '5', url], 60_000); // warm-up, not measured
    const out = await run(
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

export interface VerifyLoad extends Throughput {
  errors: number;
  non2xx: number;
  /** Answers whose `exists` differed from what the data set says. */
  wrongAnswers: number;
  statusCodes: Record<string, number>;
}

/** Sends the cases in turn from 64 connections; each answer's `exists` is checked. */
export async function verifyLoad(
  server: string,
  token: string,
  cases: VerifyCase[],
  seconds: number,
): Promise<VerifyLoad> {
  let next = 0;
  let wrong = 0;
  const load = (duration: number) =>
    autocannon({
      url: server,
      connections: CONNECTIONS,
      duration,
      timeout: 30,
      maxOverallRequests: 20_000 * duration + CONNECTIONS,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          path: '/api/v1/rights/verify',
          setupRequest(request, context) {
            const item = cases[next++ % cases.length]!;
            context['expected'] = item.expected;
            return { ...request, body: JSON.stringify(item.body) };
          },
          onResponse(status, body, context) {
            if (status === 200 && body.includes('"exists":true') !== context['expected']) wrong += 1;
          },
        },
      ],
    });
  await load(5); // warm-up, not measured
  wrong = 0;
  const result = await load(seconds);
  const total = result.requests.total;
  return {
    perSecond: total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    seconds: result.duration,
    errors: result.errors,
    non2xx: result.non2xx,
    wrongAnswers: wrong,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([k, v]) => [k, Number(v.count)]),
    ),
  };
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
