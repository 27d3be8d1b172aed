/** Writes the OpenAPI document to the repo, or checks the committed one for drift. */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../platform/db/database.ts';
import type { CommandArgs } from './index.ts';

export async function generateOpenApi(): Promise<string> {
  // Routes never touch the database while the document is built: an empty in-memory one will do.
  const database = await openDatabase({ databaseUrl: null, dataDir: null });
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  return document;
}

export async function openapiCommand(args: CommandArgs): Promise<number> {
  const document = await generateOpenApi();
  if (args.values.write) {
    writeFileSync(args.values.write, document);
    console.log(`wrote ${args.values.write}`);
    return 0;
  }
  if (args.values.check) {
    let committed = '';
    try {
      committed = readFileSync(args.values.check, 'utf8');
    } catch {
      console.error(`${args.values.check} is missing: run npm run openapi:write and commit it`);
      return 1;
    }
    if (committed !== document) {
      console.error(
        `${args.values.check} differs from the routes' schemas: run npm run openapi:write and commit it`,
      );
      return 1;
    }
    console.log(`${args.values.check} matches the routes`);
    return 0;
  }
  process.stdout.write(document);
  return 0;
}
