/**
 * A fresh, migrated database for each test file. With DATABASE_URL (or TEST_DATABASE_URL) set it
 * is a new database on that PostgreSQL server, dropped afterwards; otherwise an in-memory PGlite
 * cloned from a migrated template that is built once and cached on disk by migration checksum.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { syncReferenceCalendar } from '../../src/modules/calendar/index.ts';
import { syncReferenceRegions } from '../../src/modules/region/index.ts';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { MIGRATIONS_DIR, runMigrations } from '../../src/platform/db/migrate.ts';

export interface TestDatabase {
  database: Database;
  engine: 'pglite' | 'postgresql';
  cleanup(): Promise<void>;
}

export function testServerUrl(): string | null {
  return process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'] || null;
}

async function migrated(database: Database): Promise<Database> {
  await runMigrations(database);
  await syncReferenceRegions(database.db);
  await syncReferenceCalendar(database.db);
  return database;
}

function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    if (file.endsWith('.sql')) hash.update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  hash.update(readFileSync(new URL('../../src/modules/region/data/gbt2260.generated.json', import.meta.url)));
  hash.update(readFileSync(new URL('../../src/modules/calendar/calendar.arrangements.ts', import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Blob> {
  const dir = join(tmpdir(), 'ipp-test-templates');
  const file = join(dir, `pglite-${templateKey()}.tar.gz`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const database = await migrated(await openDatabase({ databaseUrl: null, dataDir: null }));
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('gzip');
    await database.close();
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

async function createPostgresDatabase(serverUrl: string, migrate: boolean): Promise<TestDatabase> {
  const name = `ipp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  const database = migrate ? await migrated(opened) : opened;
  return {
    database,
    engine: 'postgresql',
    async cleanup() {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A fresh database, migrated unless `migrated: false` (for tests of the migrations themselves). */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrated ?? true;
  const serverUrl = testServerUrl();
  if (serverUrl) return createPostgresDatabase(serverUrl, migrate);
  const database = await openDatabase({
    databaseUrl: null,
    dataDir: null,
    ...(migrate ? { loadDataDir: await pgliteTemplate() } : {}),
  });
  return { database, engine: 'pglite', cleanup: () => database.close() };
}
