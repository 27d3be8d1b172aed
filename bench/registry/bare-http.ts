/**
 * The thinnest HTTP service over the same select as pgbench, as a reference for the verification
 * ratio: Fastify with one route that runs pgbench's primary-key select as a prepared statement on a
 * pool of 20 (the platform's default) and returns the row as JSON, with no authentication, validation
 * or application logic. It runs in a child process of its own, like the platform, and is loaded
 * with the same wrk settings; what it reaches is what any Node HTTP service on this machine
 * could reach at best, so it says how much of the gap to pgbench is HTTP and Node themselves.
 *
 * Run as a program (`node --import tsx bare-http.ts DATABASE_URL`) it serves and prints its address.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';
import { rightId } from './rows.ts';
import type { Throughput } from './verify-bench.ts';
import { httpLoad } from './wrk-load.ts';

async function serve(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
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
    // As many distinct rights as the verification cases, spread over the data set.
    const cases = Array.from({ length: 20_000 }, (_, i) => ({
      body: JSON.stringify({ id: rightId(seed, (i * 7919) % rows) }),
    }));
    const result = await httpLoad(url, '/right', '', cases, seconds);
    if (result.non2xx || result.errors)
      throw new Error(`bare-http answered ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2]!);
