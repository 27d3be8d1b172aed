/**
 * One database handle for both engines: PGlite (embedded, default) and PostgreSQL (DATABASE_URL).
 * Both are driven through drizzle's PostgreSQL dialect and the same migrations.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run a query on: the database or a transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgresql';
  db: Db;
  /** Runs raw SQL with parameters; rows come back as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs work holding a database-wide lock on one connection, so that two processes sharing a
   * PostgreSQL server (two servers starting, a server and `ipp migrate`) never both do it.
   * PGlite is owned by one process already (the data-folder lock), so there it just runs.
   */
  exclusive<T>(key: number, work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | null;
  /** Folder of the embedded database; null keeps it in memory (tests). */
  dataDir: string | null;
  poolSize?: number;
  /** PostgreSQL only: effective_io_concurrency of every session (unset: the server's own). */
  ioConcurrency?: number;
  /** Loads a data directory dumped earlier (a migrated template, in tests). */
  loadDataDir?: Blob;
}

// PGlite starts postgres with -F (fsync off). The platform promises to lose nothing, so it starts
// without -F: a committed transaction is flushed to the data folder before COMMIT returns.
const DURABLE_START_PARAMS = (
  PGlite as unknown as { defaultStartParams: string[] }
).defaultStartParams.filter((param) => param !== '-F');

async function openPglite(options: OpenOptions): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (options.dataDir) lock = lockDataDir(options.dataDir);
  try {
    const pgDir = options.dataDir ? join(options.dataDir, 'pgdata') : undefined;
    const client = await PGlite.create({
      ...(pgDir ? { dataDir: pgDir } : {}),
      ...(options.loadDataDir && !(pgDir && existsSync(pgDir)) ? { loadDataDir: options.loadDataDir } : {}),
      startParams: pgDir ? DURABLE_START_PARAMS : undefined,
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      async query<T>(text: string, params: unknown[] = []) {
        return (await client.query<T>(text, params)).rows;
      },
      exclusive: (_key, work) => work(db),
      async close() {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(url: string, poolSize: number, ioConcurrency?: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Awaited by the pool before the connection serves its first query (pg-pool's hook; a query
    // queued from the 'connect' event instead overlaps the pool's own, which pg deprecates).
    onConnect: async (client: pg.ClientBase) => {
      // JIT compiles a statement the planner prices above jit_above_cost: 3–15 ms of LLVM work that
      // the platform's statements (a page, a count capped at 1,001, a sample of 500) never win
      // back, and with full statistics frequent search terms are priced above it (ADR 0018).
      await client.query('set jit = off');
      if (ioConcurrency === undefined) return;
      // A server without posix_fadvise (macOS) refuses any value but 0; the session then keeps
      // the server's setting, which is all that is lost.
      await client.query(`set effective_io_concurrency = ${Math.trunc(ioConcurrency)}`).catch(() => {});
    },
  });
  let openClients = 0;
  let allClosed: (() => void) | null = null;
  // bigint (int8) arrives as a string from pg and as a number from PGlite; map it in one place.
  pool.on('connect', (client) => {
    openClients++;
    client.setTypeParser(20, (value: string) => Number(value));
  });
  pool.on('remove', () => {
    openClients--;
    if (openClients === 0) allClosed?.();
  });
  // An idle connection can die (server restart, a dropped database). pg-pool has already removed
  // it; without a listener the error would be thrown as uncaught and stop the process. The next
  // query opens a fresh connection, so there is nothing more to do here.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async exclusive(key, work) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await work(drizzleNodePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async close() {
      // pool.end() resolves once clients are removed, before their sockets have closed; wait for
      // those too, so that nothing is still talking to the database when the caller drops it.
      const closed =
        openClients === 0
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              allClosed = resolve;
            });
      await pool.end();
      await closed;
    },
  };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.ioConcurrency)
    : openPglite(options);
}
