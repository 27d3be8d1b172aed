/**
 * Login, logout and client tokens. Failed attempts are counted; five in a row lock the account
 * for 15 minutes. Every attempt is audited, failures in their own committed transaction.
 */
import { type MeDto, type RegionLevel, ROLES, type RoleCode } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { ANONYMOUS } from '../../platform/access/actor.ts';
import { actorsChanged } from '../../platform/access/actor-cache.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { newToken } from '../../platform/crypto/sm3.ts';
import type { Db, Executor } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { regions } from '../region/index.ts';
import { permissionsOfRoles, tokenHash } from './actor.ts';
import { findClientForToken, findUserForLogin } from './iam.repository.ts';
import { sessions, users } from './iam.tables.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const CLIENT_TOKEN_HOURS = 1;

export interface LoginRequest {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  sessionTtlHours: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: MeDto;
}

async function auditFailure(db: Db, request: LoginRequest, regionCode: string | null, reason: string) {
  await db.transaction((tx) =>
    appendAudit(
      tx,
      { actor: ANONYMOUS, requestId: request.requestId },
      {
        action: 'iam.auth.login',
        outcome: 'failure',
        regionCode,
        detail: { username: request.username, reason, ip: request.ip },
      },
    ),
  );
}

export async function login(db: Db, request: LoginRequest): Promise<LoginResult> {
  const found = await findUserForLogin(db, request.username);
  if (!found) {
    await verifyPassword(request.password, await dummyPasswordHash());
    await auditFailure(db, request, null, 'unknown user');
    throw new AppError('IAM_INVALID_CREDENTIALS', 'The username or password is wrong.');
  }
  const { user, org } = found;
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await auditFailure(db, request, org.regionCode, 'locked');
    throw new AppError(
      'IAM_ACCOUNT_LOCKED',
      `The account is locked until ${user.lockedUntil.toISOString()}.`,
      undefined,
      {
        lockedUntil: user.lockedUntil.toISOString(),
      },
    );
  }
  if (user.disabled) {
    await auditFailure(db, request, org.regionCode, 'disabled');
    throw new AppError('IAM_ACCOUNT_DISABLED', 'The account is disabled.');
  }
  if (!(await verifyPassword(request.password, user.passwordHash))) {
    await recordFailedPassword(db, request, user, org.regionCode, now);
  }
  return openSession(db, request, found, now);
}

async function recordFailedPassword(
  db: Db,
  request: LoginRequest,
  user: typeof users.$inferSelect,
  regionCode: string,
  now: Date,
): Promise<never> {
  const failures = user.failedLogins + 1;
  const lock = failures >= MAX_FAILED_LOGINS;
  const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: lock ? 0 : failures, lockedUntil })
      .where(eq(users.id, user.id));
    await appendAudit(
      tx,
      { actor: ANONYMOUS, requestId: request.requestId },
      {
        action: 'iam.auth.login',
        outcome: 'failure',
        targetType: 'user',
        targetId: user.id,
        regionCode,
        detail: {
          username: request.username,
          reason: lock ? 'wrong password; locked' : 'wrong password',
          failures,
        },
      },
    );
  });
  if (lock) {
    throw new AppError(
      'IAM_ACCOUNT_LOCKED',
      `Too many failed attempts: the account is locked for ${LOCKOUT_MINUTES} minutes.`,
      undefined,
      {
        lockedUntil: lockedUntil!.toISOString(),
      },
    );
  }
  throw new AppError('IAM_INVALID_CREDENTIALS', 'The username or password is wrong.', undefined, {
    attemptsLeft: MAX_FAILED_LOGINS - failures,
  });
}

async function openSession(
  db: Db,
  request: LoginRequest,
  found: NonNullable<Awaited<ReturnType<typeof findUserForLogin>>>,
  now: Date,
): Promise<LoginResult> {
  const { user, org } = found;
  const token = newToken('ipps');
  const expiresAt = new Date(now.getTime() + request.sessionTtlHours * 3_600_000);
  const me = await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const me = await meOf(tx, { user, org });
    await appendAudit(
      tx,
      { actor: actorForAudit(me), requestId: request.requestId },
      { action: 'iam.auth.login', targetType: 'user', targetId: user.id, detail: { ip: request.ip } },
    );
    return me;
  });
  return { token, expiresAt, user: me };
}

function actorForAudit(me: MeDto): Actor {
  return {
    type: 'user',
    id: me.id,
    name: me.username,
    org: { id: me.org.id, name: me.org.name, regionCode: me.org.regionCode, level: me.org.level },
    permissions: new Set(me.permissions),
    scope: { kind: 'none' },
  };
}

export async function meOf(
  db: Executor,
  {
    user,
    org,
  }: { user: typeof users.$inferSelect; org: { id: string; name: string; kind: string; regionCode: string } },
): Promise<MeDto> {
  const [region] = await db.select().from(regions).where(eq(regions.code, org.regionCode));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    org: {
      id: org.id,
      name: org.name,
      kind: org.kind as MeDto['org']['kind'],
      regionCode: org.regionCode,
      regionName: region?.name ?? org.regionCode,
      level: (region?.level ?? 'county') as RegionLevel,
    },
    roles: user.roles.filter((r): r is RoleCode => r in ROLES),
    permissions: [...permissionsOfRoles(user.roles)],
  };
}

export async function logout(db: Db, actor: Actor, token: string, requestId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(eq(sessions.tokenHash, tokenHash(token)));
    await appendAudit(
      tx,
      { actor, requestId },
      { action: 'iam.auth.logout', targetType: actor.type, targetId: actor.id },
    );
  });
  actorsChanged();
}

export async function issueClientToken(
  db: Db,
  input: { clientId: string; clientSecret: string; ip: string | null; requestId: string | null },
): Promise<{ token: string; expiresAt: Date; scopes: string[] }> {
  const found = await findClientForToken(db, input.clientId);
  const valid =
    found && !found.client.disabled && (await verifyPassword(input.clientSecret, found.client.secretHash));
  if (!found || !valid) {
    if (!found) await verifyPassword(input.clientSecret, await dummyPasswordHash());
    await db.transaction((tx) =>
      appendAudit(
        tx,
        { actor: ANONYMOUS, requestId: input.requestId },
        {
          action: 'iam.client.token',
          outcome: 'failure',
          regionCode: found?.org.regionCode ?? null,
          detail: { clientId: input.clientId, ip: input.ip },
        },
      ),
    );
    throw new AppError('IAM_INVALID_CLIENT', 'The client id or secret is wrong, or the client is disabled.');
  }
  const now = new Date();
  const token = newToken('ippc');
  const expiresAt = new Date(now.getTime() + CLIENT_TOKEN_HOURS * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      tokenHash: tokenHash(token),
      clientId: found.client.id,
      createdAt: now,
      expiresAt,
      ip: input.ip,
    });
    await appendAudit(
      tx,
      { actor: ANONYMOUS, requestId: input.requestId },
      {
        action: 'iam.client.token',
        targetType: 'api_client',
        targetId: found.client.id,
        regionCode: found.org.regionCode,
        detail: { clientId: input.clientId, ip: input.ip },
      },
    );
  });
  return { token, expiresAt, scopes: found.client.scopes };
}
