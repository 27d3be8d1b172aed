import { prepareDatabase } from '../platform/bootstrap.ts';
import { type CommandArgs, cliConfig } from './index.ts';

export async function migrateCommand(_args: CommandArgs): Promise<number> {
  const { database } = await prepareDatabase(cliConfig(false));
  await database.close();
  console.log(`migrations and reference data are up to date (${database.kind})`);
  return 0;
}

export async function seedDemoCommand(_args: CommandArgs): Promise<number> {
  const { database, demoSeeded } = await prepareDatabase(cliConfig(true));
  await database.close();
  console.log(demoSeeded ? 'demo data set loaded' : 'demo data set was already present');
  return 0;
}
