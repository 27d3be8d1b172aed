/** Opens the database, applies migrations and reference data, and seeds demo data in demo mode. */
import type { Config } from '../config.ts';
import { syncReferenceCalendar } from '../modules/calendar/index.ts';
import { seedDemoData } from '../modules/demo/index.ts';
import { syncReferenceRegions } from '../modules/region/index.ts';
import { type Database, openDatabase } from './db/database.ts';
import { runMigrations } from './db/migrate.ts';

export interface PreparedDatabase {
  database: Database;
  demoSeeded: boolean;
}

export async function prepareDatabase(config: Config): Promise<PreparedDatabase> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    ioConcurrency: config.databaseIoConcurrency,
  });
  try {
    await runMigrations(database);
    await database.exclusive(724_300_002, (db) => syncReferenceRegions(db));
    await database.exclusive(724_300_004, (db) => syncReferenceCalendar(db));
    const demoSeeded = config.demo
      ? (await database.exclusive(724_300_003, (db) => seedDemoData(db, config.demoPassword))).seeded
      : false;
    return { database, demoSeeded };
  } catch (error) {
    await database.close();
    throw error;
  }
}
