/** Applies the one forward-only migration set (server/drizzle) on PGlite or PostgreSQL. */
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../drizzle', import.meta.url));
export const MIGRATION_LOCK_KEY = 724_300_001;

/** Applies the migrations not yet applied; `folder` other than the shipped one is for tests. */
export async function runMigrations(database: Database, folder = MIGRATIONS_DIR): Promise<void> {
  const config = { migrationsFolder: folder, migrationsSchema: 'public' };
  await database.exclusive(MIGRATION_LOCK_KEY, async (db) => {
    if (database.kind === 'pglite') await migratePglite(db as unknown as PgliteDatabase, config);
    else await migrateNodePg(db as unknown as NodePgDatabase, config);
  });
}
