/** Shapes of the HTTP API's answers, shared by the server's schemas and the web client. */
import type { OrgKind, RegionLevel } from './organizations.ts';
import type { Permission, RoleCode } from './permissions.ts';

export interface RegionDto {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  status: 'active' | 'retired';
  hasChildren: boolean;
}

export interface OrgDto {
  id: string;
  name: string;
  kind: OrgKind;
  regionCode: string;
  regionName: string;
  level: RegionLevel;
  uscc: string | null;
  createdAt: string;
}

export interface UserDto {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  roles: RoleCode[];
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface MeDto {
  id: string;
  username: string;
  displayName: string;
  org: {
    id: string;
    name: string;
    kind: OrgKind;
    regionCode: string;
    regionName: string;
    level: RegionLevel;
  };
  roles: RoleCode[];
  permissions: Permission[];
}

export interface AuditRecordDto {
  seq: number;
  at: string;
  actorType: 'user' | 'client' | 'system' | 'anonymous';
  actorId: string | null;
  actorName: string | null;
  orgId: string | null;
  orgName: string | null;
  regionCode: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  detail: Record<string, unknown> | null;
  hash: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
