/**
 * User administration within the administrator's jurisdiction. An administrator grants only roles
 * whose permissions they hold themselves, and only in organizations of their subtree.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type RoleCode, type UserDto } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { type Actor, assertPermission } from '../../platform/access/actor.ts';
import { actorsChanged } from '../../platform/access/actor-cache.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { findOrgInScope } from '../org/index.ts';
import { findUserInScope, listUsers, type UserFilter } from './iam.repository.ts';
import { users } from './iam.tables.ts';
import { assertPasswordPolicy, hashPassword } from './password.ts';

export function assertGrantableRoles(actor: Actor, roles: readonly string[]): RoleCode[] {
  const result: RoleCode[] = [];
  for (const role of roles) {
    const entry = ROLES[role as RoleCode];
    if (!entry)
      throw new AppError('IAM_UNKNOWN_ROLE', `Unknown role ${role}.`, [
        { path: '/body/roles', message: `unknown role ${role}` },
      ]);
    const missing = entry.permissions.filter((p) => actor.type !== 'system' && !actor.permissions.has(p));
    if (missing.length > 0) {
      throw new AppError(
        'IAM_ROLE_NOT_GRANTABLE',
        `You cannot grant ${role}: it needs ${missing.join(', ')}.`,
      );
    }
    result.push(role as RoleCode);
  }
  return [...new Set(result)];
}

async function requireUser(db: Executor, context: ServiceContext, id: string): Promise<UserDto> {
  const user = await findUserInScope(db, context.actor.scope, id);
  if (!user) throw new AppError('IAM_USER_NOT_FOUND', `No user ${id}.`);
  return user;
}

/** Listing users reads personal data: the read itself is audited. */
export async function searchUsers(context: ServiceContext, filter: UserFilter) {
  assertPermission(context.actor, 'iam.user.read');
  return inTransaction(context.db, async (tx) => {
    const result = await listUsers(tx, context.actor.scope, filter);
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.list',
      targetType: 'user',
      detail: { filter: { ...filter }, returned: result.rows.length },
    });
    return result;
  });
}

export async function getUser(context: ServiceContext, id: string): Promise<UserDto> {
  assertPermission(context.actor, 'iam.user.read');
  return inTransaction(context.db, async (tx) => {
    const user = await requireUser(tx, context, id);
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.read',
      targetType: 'user',
      targetId: id,
      regionCode: user.regionCode,
    });
    return user;
  });
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  password: string;
}

export async function createUser(context: ServiceContext, input: CreateUserInput): Promise<UserDto> {
  assertPermission(context.actor, 'iam.user.write');
  const roles = assertGrantableRoles(context.actor, input.roles);
  const username = input.username.trim().toLowerCase();
  assertPasswordPolicy(input.password, username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(context.db, async (tx) => {
    const org = await findOrgInScope(tx, context.actor.scope, input.orgId);
    if (!org) throw new AppError('ORG_NOT_FOUND', `No organization ${input.orgId}.`);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AppError('IAM_USERNAME_TAKEN', `The username ${username} is taken.`);
    const id = randomUUID();
    const now = new Date();
    await tx.insert(users).values({
      id,
      username,
      displayName: input.displayName.trim(),
      orgId: org.id,
      roles,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.create',
      targetType: 'user',
      targetId: id,
      regionCode: org.regionCode,
      detail: { username, orgId: org.id, roles },
    });
    return requireUser(tx, context, id);
  });
}

export interface PatchUserInput {
  displayName?: string;
  roles?: string[];
  disabled?: boolean;
}

export async function changeUser(
  context: ServiceContext,
  id: string,
  patch: PatchUserInput,
): Promise<UserDto> {
  assertPermission(context.actor, 'iam.user.write');
  const roles = patch.roles ? assertGrantableRoles(context.actor, patch.roles) : undefined;
  if (patch.disabled && context.actor.id === id) {
    throw new AppError('PLATFORM_CONFLICT', 'You cannot disable your own account.');
  }
  const changed = await inTransaction(context.db, async (tx) => {
    const before = await requireUser(tx, context, id);
    const set: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
    if (patch.displayName !== undefined) set.displayName = patch.displayName.trim();
    if (roles) set.roles = roles;
    if (patch.disabled !== undefined)
      set.disabled = patch.disabled ? `disabled by ${context.actor.name}` : null;
    await tx.update(users).set(set).where(eq(users.id, id));
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.update',
      targetType: 'user',
      targetId: id,
      regionCode: before.regionCode,
      detail: {
        before: { displayName: before.displayName, roles: before.roles, disabled: before.disabled },
        after: patch,
      },
    });
    return requireUser(tx, context, id);
  });
  actorsChanged(); // roles and disabling take effect on the user's next request
  return changed;
}

export async function resetPassword(context: ServiceContext, id: string, password: string): Promise<void> {
  assertPermission(context.actor, 'iam.user.write');
  await inTransaction(context.db, async (tx) => {
    const user = await requireUser(tx, context, id);
    assertPasswordPolicy(password, user.username);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password),
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.password_reset',
      targetType: 'user',
      targetId: id,
      regionCode: user.regionCode,
    });
  });
}

export async function unlockUser(context: ServiceContext, id: string): Promise<UserDto> {
  assertPermission(context.actor, 'iam.user.write');
  return inTransaction(context.db, async (tx) => {
    const user = await requireUser(tx, context, id);
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
    await appendAudit(tx, auditContext(context), {
      action: 'iam.user.unlock',
      targetType: 'user',
      targetId: id,
      regionCode: user.regionCode,
    });
    return requireUser(tx, context, id);
  });
}
