/** Builds the actor of a session or client token: permissions from roles, scope from the org region. */
import { type Permission, type RegionLevel, ROLES, type RoleCode } from '@ipp/shared';
import type { Actor } from '../../platform/access/actor.ts';
import {
  type ActorResolver,
  cachedActorResolver,
  type ResolvedActor,
} from '../../platform/access/actor-cache.ts';
import { scopeOfRegion } from '../../platform/access/scope.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { findSessionActor } from './iam.repository.ts';

export function permissionsOfRoles(roles: readonly string[]): Set<Permission> {
  const result = new Set<Permission>();
  for (const role of roles) {
    const entry = ROLES[role as RoleCode];
    if (entry) for (const p of entry.permissions) result.add(p);
  }
  return result;
}

export function tokenHash(token: string): string {
  return sm3Hex(token);
}

export async function actorOfToken(db: Executor, token: string, now = new Date()): Promise<Actor | null> {
  return (await actorOfTokenHash(db, tokenHash(token), now))?.actor ?? null;
}

/** The resolver the HTTP layer uses: actorOfToken behind the short-lived actor cache. */
export function tokenActorResolver(db: Executor): ActorResolver {
  return cachedActorResolver(tokenHash, (hash) => actorOfTokenHash(db, hash));
}

async function actorOfTokenHash(db: Executor, hash: string, now = new Date()): Promise<ResolvedActor | null> {
  const row = await findSessionActor(db, hash);
  if (!row || row.session.revokedAt || row.session.expiresAt <= now) return null;
  const actor = actorOfRow(row);
  return actor ? { actor, expiresAt: row.session.expiresAt } : null;
}

function actorOfRow(row: NonNullable<Awaited<ReturnType<typeof findSessionActor>>>): Actor | null {
  const org = {
    id: row.org.id,
    name: row.org.name,
    regionCode: row.org.regionCode,
    level: row.level as RegionLevel,
  };
  const scope = scopeOfRegion(org.regionCode, org.level);
  if (row.user) {
    if (row.user.disabled) return null;
    return {
      type: 'user',
      id: row.user.id,
      name: row.user.username,
      org,
      permissions: permissionsOfRoles(row.user.roles),
      scope,
    };
  }
  if (row.client) {
    if (row.client.disabled) return null;
    return {
      type: 'client',
      id: row.client.id,
      name: row.client.clientId,
      org,
      permissions: new Set(row.client.scopes as Permission[]),
      scope,
    };
  }
  return null;
}
