/**
 * The benchmark's own database: checks that PostgreSQL and pgbench are there, creates a database
 * (template0, UTF8, C.UTF-8 as the tests do), migrates it with the platform's migrations and
 * reference regions, and drops it at the end.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.ts';
import { syncReferenceRegions } from '../../server/src/modules/region/index.ts';
import { type Database, openDatabase } from '../../server/src/platform/db/database.ts';
import { runMigrations } from '../../server/src/platform/db/migrate.ts';

export const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export class PreflightError extends Error {}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** pgbench's version, or a PreflightError naming the package to install. */
export function checkPgbench(): string {
  const run = spawnSync('pgbench', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.error || run.status !== 0) {
    throw new PreflightError(
      'pgbench is missing (it measures the raw primary-key select ceiling). Install it with\n' +
        '  apt-get install postgresql-contrib   (Debian 12: pgbench comes with postgresql-15 / postgresql-client-15)\n' +
        `(${run.error?.message ?? run.stderr.trim()})`,
    );
  }
  return run.stdout.trim();
}

/** What the benchmark reports of the PostgreSQL server. */
export interface ServerFacts {
  version: string;
  maxConnections: number;
  /** shared_buffers and effective_cache_size as the server reports them ("128MB"). */
  sharedBuffers: string;
  effectiveCacheSize: string;
}

/** The server's facts (ServerFacts); a PreflightError when unreachable, too old or too small. */
export async function checkServer(serverUrl: string): Promise<ServerFacts> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new PreflightError(
      `PostgreSQL is not reachable at ${redact(serverUrl)}: ${(error as Error).message}\n` +
        'Start it (e.g. service postgresql start) or set DATABASE_URL=postgres://user@host:5432/postgres.',
    );
  }
  try {
    const [row] = (
      await client.query(`select current_setting('server_version_num')::int as num, version() as version,
        current_setting('max_connections')::int as max, current_setting('shared_buffers') as buffers,
        current_setting('effective_cache_size') as cache`)
    ).rows as { num: number; version: string; max: number; buffers: string; cache: string }[];
    if (row!.num < 150000)
      throw new PreflightError(`PostgreSQL 15 or newer is needed; ${redact(serverUrl)} is ${row!.version}`);
    // 64 pgbench or HTTP connections, the server's pool of 10 and the loader's few.
    if (row!.max < 80)
      throw new PreflightError(`max_connections is ${row!.max}; the benchmark needs at least 80.`);
    return {
      version: row!.version.split(',')[0]!,
      maxConnections: row!.max,
      sharedBuffers: row!.buffers,
      effectiveCacheSize: row!.cache,
    };
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(
      `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
    );
  } finally {
    await admin.end();
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The platform's handle on the bench database, migrated, with the reference regions. */
export async function openMigrated(url: string): Promise<Database> {
  // The server's sessions read ahead as its configuration says; core SQL, the bigram index and the
  // sequential scan are measured on sessions that do the same.
  const { databaseIoConcurrency } = loadConfig({ ...process.env, DATABASE_URL: url });
  const database = await openDatabase({
    databaseUrl: url,
    dataDir: null,
    ioConcurrency: databaseIoConcurrency,
  });
  await runMigrations(database);
  await database.exclusive(724_300_002, (db) => syncReferenceRegions(db));
  return database;
}

/** Counts of what is loaded, for the report and to reuse a kept database. */
export async function loadedCounts(database: Database): Promise<Record<string, number>> {
  const [row] = await database.query<Record<string, string>>(
    `select (select count(*) from rights) as rights, (select count(*) from right_search) as right_search,
            (select count(*) from right_numbers) as right_numbers,
            (select count(*) from parties) as parties, (select count(*) from right_holders) as right_holders,
            (select count(*) from right_events) as right_events,
            pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  return Object.fromEntries(
    Object.entries(row!).map(([k, v]) => [k, k === 'size' ? (v as unknown as number) : Number(v)]),
  );
}
