/** Who is acting: a user, a partner system, the platform itself, or an anonymous caller. */
import type { Permission, RegionLevel } from '@ipp/shared';
import { AppError } from '../http/error-catalog.ts';
import { ALL_SCOPE, type JurisdictionScope, NO_SCOPE } from './scope.ts';

export interface ActorOrg {
  id: string;
  name: string;
  regionCode: string;
  level: RegionLevel;
}

export interface Actor {
  type: 'user' | 'client' | 'system' | 'anonymous';
  id: string | null;
  name: string | null;
  org: ActorOrg | null;
  permissions: ReadonlySet<Permission>;
  scope: JurisdictionScope;
}

/** The platform acting on its own behalf (migrations, demo seeding, CLI commands). */
export function systemActor(name: string): Actor {
  return {
    type: 'system',
    id: null,
    name,
    org: null,
    permissions: new Set<Permission>(),
    scope: ALL_SCOPE,
  };
}

export const ANONYMOUS: Actor = {
  type: 'anonymous',
  id: null,
  name: null,
  org: null,
  permissions: new Set<Permission>(),
  scope: NO_SCOPE,
};

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.type === 'system' || actor.permissions.has(permission);
}

export function assertPermission(actor: Actor, permission: Permission): void {
  if (actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  if (!hasPermission(actor, permission)) {
    throw new AppError('PLATFORM_FORBIDDEN', `This action needs the permission ${permission}.`);
  }
}
