/**
 * The thinnest HTTP service over the same select as pgbench, as a reference for the verification
 * ratio: Fastify with one route that runs pgbench's primary-key select as a prepared statement on a
 * pool of 10 (the platform's size) and returns the row as JSON, with no authentication, validation
 * or application logic. It runs in a child process of its own, like the platform, and is loaded
 * with the same autocannon settings; what it reaches is what any Node HTTP service on this machine
 * could reach at best, so it says how much of the gap to pgbench is HTTP and Node themselves.
 *
 * Run as a program (`node --import tsx bare-http.ts DATABASE_URL`) it serves and prints its address.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { rightId } from './rows.ts';
import { CONNECTIONS, type Throughput } from './verify-bench.ts';

async function serve(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const app = Fastify();
  app.post<{ Body: { id: string } }>('/right', async (request) => {
    const result = await pool.query({
      name: 'bare_right_by_id',
      text: 'select * from rights where id = $1',
      values: [request.body.id],
    });
    return result.rows[0] ?? null;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address && typeof address === 'object') console.log(`bare-http at http://127.0.0.1:${address.port}`);
  process.once('SIGTERM', () => void app.close().then(() => pool.end()));
}

/** Starts the bare service, loads it for `seconds` after a warm-up, and stops it. */
export async function bareHttpCeiling(
  databaseUrl: string,
  rows: number,
  seed: number,
  seconds: number,
): Promise<Throughput> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), databaseUrl],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`bare-http did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /bare-http at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`bare-http exited (${code}):\n${output}`)));
    });
    let next = 0;
    const load = (duration: number) =>
      autocannon({
        url,
        connections: CONNECTIONS,
        duration,
        timeout: 30,
        maxOverallRequests: 40_000 * duration + CONNECTIONS,
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            path: '/right',
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ id: rightId(seed, (next++ * 7919) % rows) }),
            }),
          },
        ],
      });
    await load(5); // warm-up, not measured
    const result = await load(seconds);
    return {
      perSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      seconds: result.duration,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2]!);
