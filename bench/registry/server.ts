/**
 * The platform as it runs in production: `server/src/main.ts` in a child process on the bench
 * database (LOG_LEVEL silent, 127.0.0.1, a free port, one worker process per core), and a partner-system client created with the
 * platform's own services, whose bearer token the load uses (no public rate limit).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '../../server/src/modules/iam/index.ts';
import { createOrg } from '../../server/src/modules/org/index.ts';
import { systemActor } from '../../server/src/platform/access/actor.ts';
import type { Database } from '../../server/src/platform/db/database.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_CLIENT = { clientId: 'bench-gateway', secret: 'bench-secret-2026-registry' };

/** A court's partner system allowed to read the registry, made the way an administrator would. */
export async function createBenchClient(database: Database): Promise<void> {
  const context = { db: database.db, actor: systemActor('bench'), requestId: null };
  const [existing] = await database.query('select 1 from api_clients where client_id = $1', [
    BENCH_CLIENT.clientId,
  ]);
  if (existing) return;
  const org = await createOrg(context, { name: '基准测试法院系统', kind: 'court', regionCode: '440300' });
  await createApiClient(context, {
    clientId: BENCH_CLIENT.clientId,
    name: '基准测试接口',
    orgId: org.id,
    scopes: ['registry.right.read'],
    secret: BENCH_CLIENT.secret,
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The server with `workers` processes (WORKERS): as many as the machine has cores, as in production. */
export async function startServer(databaseUrl: string, workers: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipp-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WORKERS: String(workers),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      IPP_DEMO: 'false',
      // Required outside demo mode; verification here never signs a certificate.
      SIGNING_KEY_SECRET:
        process.env['SIGNING_KEY_SECRET'] ||
        'bench-only signing key secret, never used for real certificates',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start within 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output.slice(-4000)}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function clientToken(server: string): Promise<string> {
  const response = await fetch(`${server}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: BENCH_CLIENT.clientId, clientSecret: BENCH_CLIENT.secret }),
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200)
    throw new Error(`token request failed (${response.status}): ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
