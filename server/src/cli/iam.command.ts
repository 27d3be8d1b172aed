import { randomBytes } from 'node:crypto';
import { ORG_KIND_CODES, ROLE_CODES } from '@ipp/shared';
import { eq, or } from 'drizzle-orm';
import { createApiClient, createUser } from '../modules/iam/index.ts';
import { createOrg, organizations } from '../modules/org/index.ts';
import { systemActor } from '../platform/access/actor.ts';
import { prepareDatabase } from '../platform/bootstrap.ts';
import type { Db } from '../platform/db/database.ts';
import type { ServiceContext } from '../platform/http/context.ts';
import { type CommandArgs, cliConfig } from './index.ts';

function required(args: CommandArgs, name: keyof CommandArgs['values']): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value === '') throw new TypeError(`--${name} is required`);
  return value;
}

async function withContext<T>(work: (context: ServiceContext, db: Db) => Promise<T>): Promise<T> {
  const { database } = await prepareDatabase(cliConfig(false));
  try {
    return await work({ db: database.db, actor: systemActor('ipp-cli'), requestId: null }, database.db);
  } finally {
    await database.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function resolveOrg(db: Db, idOrName: string): Promise<string> {
  const matches = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(UUID.test(idOrName) ? eq(organizations.id, idOrName) : or(eq(organizations.name, idOrName)));
  if (matches.length !== 1) throw new TypeError(`--org ${idOrName} matches ${matches.length} organizations`);
  return matches[0]!.id;
}

export async function orgCreateCommand(args: CommandArgs): Promise<number> {
  const kind = required(args, 'kind');
  if (!ORG_KIND_CODES.includes(kind as never))
    throw new TypeError(`--kind must be one of ${ORG_KIND_CODES.join(', ')}`);
  const org = await withContext((context) =>
    createOrg(context, {
      name: required(args, 'name'),
      kind,
      regionCode: required(args, 'region'),
      uscc: args.values.uscc,
    }),
  );
  console.log(`created organization ${org.name} (${org.id}) in ${org.regionName} ${org.regionCode}`);
  return 0;
}

export async function userCreateCommand(args: CommandArgs): Promise<number> {
  const roles = required(args, 'role').split(',');
  for (const role of roles) {
    if (!ROLE_CODES.includes(role as never))
      throw new TypeError(`--role ${role} is not one of ${ROLE_CODES.join(', ')}`);
  }
  const password = args.values.password ?? `${randomBytes(9).toString('base64url')}7a`;
  const user = await withContext(async (context, db) =>
    createUser(context, {
      username: required(args, 'username'),
      displayName: required(args, 'display-name'),
      orgId: await resolveOrg(db, required(args, 'org')),
      roles,
      password,
    }),
  );
  console.log(`created user ${user.username} in ${user.orgName}`);
  if (!args.values.password) console.log(`initial password (shown once): ${password}`);
  return 0;
}

export async function clientCreateCommand(args: CommandArgs): Promise<number> {
  const client = await withContext(async (context, db) =>
    createApiClient(context, {
      clientId: required(args, 'client-id'),
      name: required(args, 'name'),
      orgId: await resolveOrg(db, required(args, 'org')),
      scopes: required(args, 'scopes').split(','),
    }),
  );
  console.log(`created API client ${client.clientId}; secret (shown once): ${client.secret}`);
  return 0;
}
