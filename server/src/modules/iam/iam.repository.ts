/**
 * Queries of users, sessions and API clients. User reads take a jurisdiction scope and filter
 * through the user's organization region; login and token lookups are the only unscoped reads.
 */
import type { UserDto } from '@ipp/shared';
import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type JurisdictionScope, regionInScope } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { organizations } from '../org/index.ts';
import { regions } from '../region/index.ts';
import { apiClients, sessions, users } from './iam.tables.ts';

export type UserRow = typeof users.$inferSelect;

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  orgId: users.orgId,
  orgName: organizations.name,
  regionCode: organizations.regionCode,
  roles: users.roles,
  disabledReason: users.disabled,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type UserListRow = { [K in keyof typeof userColumns]: unknown } & Record<string, unknown>;

export function toUserDto(row: UserListRow): UserDto {
  const date = (d: unknown) => (d instanceof Date ? d.toISOString() : null);
  return {
    id: row.id as string,
    username: row.username as string,
    displayName: row.displayName as string,
    orgId: row.orgId as string,
    orgName: row.orgName as string,
    regionCode: row.regionCode as string,
    roles: row.roles as UserDto['roles'],
    disabled: row.disabledReason !== null,
    lockedUntil:
      row.lockedUntil instanceof Date && row.lockedUntil > new Date() ? date(row.lockedUntil) : null,
    lastLoginAt: date(row.lastLoginAt),
    createdAt: date(row.createdAt)!,
  };
}

export interface UserFilter {
  q?: string;
  orgId?: string;
  page: number;
  pageSize: number;
}

export async function listUsers(db: Executor, scope: JurisdictionScope, filter: UserFilter) {
  const conditions: (SQL | undefined)[] = [regionInScope(scope, organizations.regionCode)];
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(users.username, like), ilike(users.displayName, like)));
  }
  if (filter.orgId) conditions.push(eq(users.orgId, filter.orgId));
  const where = and(...conditions);
  const base = db.select(userColumns).from(users).innerJoin(organizations, eq(organizations.id, users.orgId));
  const [rows, totals] = await Promise.all([
    base
      .where(where)
      .orderBy(asc(organizations.regionCode), asc(users.username))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ total: count() })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.orgId))
      .where(where),
  ]);
  return { rows: rows.map(toUserDto), total: totals[0]?.total ?? 0 };
}

export async function findUserInScope(db: Executor, scope: JurisdictionScope, id: string) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(eq(users.id, id), regionInScope(scope, organizations.regionCode)));
  return row ? toUserDto(row) : null;
}

/** Login needs the user whatever the scope: the caller is not yet known. */
export async function findUserForLogin(db: Executor, username: string) {
  const [row] = await db
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.username, username));
  return row ?? null;
}

export async function findClientForToken(db: Executor, clientId: string) {
  const [row] = await db
    .select({ client: apiClients, org: organizations })
    .from(apiClients)
    .innerJoin(organizations, eq(organizations.id, apiClients.orgId))
    .where(eq(apiClients.clientId, clientId));
  return row ?? null;
}

/** Everything needed to build the actor of a token, in one query. */
export async function findSessionActor(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      client: apiClients,
      org: organizations,
      level: regions.level,
      regionName: regions.name,
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(apiClients, eq(apiClients.id, sessions.clientId))
    .innerJoin(organizations, sql`${organizations.id} = coalesce(${users.orgId}, ${apiClients.orgId})`)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(eq(sessions.tokenHash, tokenHash));
  return row ?? null;
}
