/**
 * Runs the real server as a child process (`src/main.ts --demo`), as `npm start` does, on a fresh
 * data folder or a fresh PostgreSQL database, and waits until it prints its address.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testServerUrl } from './database.ts';

export interface ServerStorage {
  env: Record<string, string>;
  engine: 'pglite' | 'postgresql';
  cleanup(): Promise<void>;
}

export async function createServerStorage(): Promise<ServerStorage> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-server-'));
    return {
      env: { DATA_DIR: dir },
      engine: 'pglite',
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `ipp_test_srv_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    engine: 'postgresql',
    async cleanup() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const main = new URL('../../src/main.ts', import.meta.url).pathname;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main, '--demo'], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const poll = setInterval(() => {
      const match = /is running at (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
