/**
 * The `ipp` command. Each command opens the database itself (the embedded one admits one process:
 * stop the server first, or use DATABASE_URL), does its work, and exits non-zero on failure.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadProcessConfig } from '../config.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { AppError } from '../platform/http/error-catalog.ts';
import { auditVerifyCommand } from './audit.command.ts';
import { clientCreateCommand, orgCreateCommand, userCreateCommand } from './iam.command.ts';
import { importCommand } from './import.command.ts';
import { migrateCommand, seedDemoCommand } from './migrate.command.ts';
import { openapiCommand } from './openapi.command.ts';

export type CommandArgs = ReturnType<typeof parse>;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      region: { type: 'string' },
      uscc: { type: 'string' },
      'client-id': { type: 'string' },
      scopes: { type: 'string' },
      write: { type: 'string' },
      check: { type: 'string' },
      type: { type: 'string' },
      mapping: { type: 'string' },
      server: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

const USAGE = `ipp — 知识产权保护信息平台 command line

  ipp migrate                         apply migrations and reference data
  ipp seed-demo                       load the demo data set (demo installations only)
  ipp org create --name N --kind K --region CODE [--uscc USCC]
  ipp user create --username U --display-name N --org ORG_ID_OR_NAME --role R[,R] [--password P]
  ipp client create --client-id ID --name N --org ORG_ID_OR_NAME --scopes P[,P]
  ipp import FILE… [--type patent|trademark|ic_layout|gi] [--mapping NAME] [--server URL --token T]
  ipp audit verify                    check the SM3 hash chain of the audit trail
  ipp openapi --write FILE | --check FILE

Settings come from the environment (DATABASE_URL, DATA_DIR, …), as for the server.`;

const COMMANDS: Record<string, (args: CommandArgs) => Promise<number>> = {
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  'org create': orgCreateCommand,
  'user create': userCreateCommand,
  'client create': clientCreateCommand,
  'audit verify': auditVerifyCommand,
  openapi: openapiCommand,
  import: importCommand,
};

async function run(argv: string[]): Promise<number> {
  const args = parse(argv);
  const [first, second] = args.positionals;
  const command = COMMANDS[`${first} ${second}`] ?? COMMANDS[first ?? ''];
  if (args.values.help || !command) {
    console.log(USAGE);
    return args.values.help ? 0 : 2;
  }
  return command(args);
}

export function cliConfig(demo = false) {
  return loadProcessConfig({ demo });
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
    else if (error instanceof AppError) console.error(`${error.code}: ${error.message}`);
    else if (error instanceof TypeError && 'code' in error) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
