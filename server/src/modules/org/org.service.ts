/**
 * Organizations: each sits in a region; enterprises and IP agencies carry a Unified Social Credit
 * Code that must pass its check character (GB 32100-2015).
 */
import { randomUUID } from 'node:crypto';
import { checkUscc, ORG_KINDS, type OrgDto, type OrgKind } from '@ipp/shared';
import { assertPermission } from '../../platform/access/actor.ts';
import { actorsChanged } from '../../platform/access/actor-cache.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { requireRegionForNewRecord } from '../region/index.ts';
import {
  findOrgByName,
  findOrgByUscc,
  findOrgInScope,
  insertOrg,
  listOrgs,
  type OrgFilter,
  updateOrg,
} from './org.repository.ts';

export interface CreateOrgInput {
  name: string;
  kind: string;
  regionCode: string;
  uscc?: string | null;
}

const USCC_PROBLEMS = {
  length: 'must have 18 characters',
  charset: 'may contain only digits and the letters ABCDEFGHJKLMNPQRTUWXY',
  check: 'has a wrong check character',
} as const;

/** The normalized USCC, or an error naming what is wrong with it. */
export function validateUscc(kind: OrgKind, uscc: string | null | undefined): string | null {
  const value = uscc?.trim() ? uscc.trim() : null;
  if (!value) {
    if (ORG_KINDS[kind].needsUscc) {
      throw new AppError('ORG_USCC_REQUIRED', `An organization of kind ${kind} needs its USCC.`, [
        { path: '/body/uscc', message: 'is required for this kind' },
      ]);
    }
    return null;
  }
  const result = checkUscc(value);
  if (!result.valid) {
    const why = USCC_PROBLEMS[result.problem!];
    const expected = result.expectedCheck ? ` (expected ${result.expectedCheck})` : '';
    throw new AppError('ORG_INVALID_USCC', `USCC ${value} ${why}${expected}.`, [
      { path: '/body/uscc', message: `${why}${expected}` },
    ]);
  }
  return result.normalized;
}

function assertKind(kind: string): asserts kind is OrgKind {
  if (!(kind in ORG_KINDS)) {
    throw new AppError('ORG_UNKNOWN_KIND', `Unknown organization kind ${kind}.`, [
      { path: '/body/kind', message: `must be one of ${Object.keys(ORG_KINDS).join(', ')}` },
    ]);
  }
}

export async function searchOrgs(context: ServiceContext, filter: OrgFilter) {
  assertPermission(context.actor, 'iam.org.read');
  return listOrgs(context.db, context.actor.scope, filter);
}

export async function getOrg(context: ServiceContext, id: string): Promise<OrgDto> {
  assertPermission(context.actor, 'iam.org.read');
  const org = await findOrgInScope(context.db, context.actor.scope, id);
  if (!org) throw new AppError('ORG_NOT_FOUND', `No organization ${id}.`);
  return org;
}

export async function createOrg(context: ServiceContext, input: CreateOrgInput): Promise<OrgDto> {
  assertPermission(context.actor, 'iam.org.write');
  assertKind(input.kind);
  const uscc = validateUscc(input.kind, input.uscc);
  const name = input.name.trim();
  return inTransaction(context.db, async (tx) => {
    await requireRegionForNewRecord(tx, context.actor.scope, input.regionCode);
    if (uscc && (await findOrgByUscc(tx, uscc)))
      throw new AppError('ORG_USCC_TAKEN', `USCC ${uscc} is registered.`);
    if (await findOrgByName(tx, name, input.regionCode)) {
      throw new AppError('ORG_NAME_TAKEN', `${name} already exists in region ${input.regionCode}.`);
    }
    const id = randomUUID();
    const now = new Date();
    await insertOrg(tx, {
      id,
      name,
      kind: input.kind,
      regionCode: input.regionCode,
      uscc,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, auditContext(context), {
      action: 'iam.org.create',
      targetType: 'organization',
      targetId: id,
      regionCode: input.regionCode,
      detail: { name, kind: input.kind, regionCode: input.regionCode, uscc },
    });
    return (await findOrgInScope(tx, context.actor.scope, id))!;
  });
}

export async function changeOrg(
  context: ServiceContext,
  id: string,
  patch: { name?: string; uscc?: string | null },
) {
  assertPermission(context.actor, 'iam.org.write');
  const changed = await inTransaction(context.db, async (tx) => {
    const org = await findOrgInScope(tx, context.actor.scope, id);
    if (!org) throw new AppError('ORG_NOT_FOUND', `No organization ${id}.`);
    const changes: { name?: string; uscc?: string | null } = {};
    if (patch.name !== undefined && patch.name.trim() !== org.name) changes.name = patch.name.trim();
    if (patch.uscc !== undefined) {
      const uscc = validateUscc(org.kind, patch.uscc);
      if (uscc !== org.uscc) {
        const holder = uscc ? await findOrgByUscc(tx, uscc) : null;
        if (holder && holder.id !== id) throw new AppError('ORG_USCC_TAKEN', `USCC ${uscc} is registered.`);
        changes.uscc = uscc;
      }
    }
    if (Object.keys(changes).length === 0) return org;
    await updateOrg(tx, id, { ...changes, updatedAt: new Date() });
    await appendAudit(tx, auditContext(context), {
      action: 'iam.org.update',
      targetType: 'organization',
      targetId: id,
      regionCode: org.regionCode,
      detail: { before: { name: org.name, uscc: org.uscc }, after: changes },
    });
    return (await findOrgInScope(tx, context.actor.scope, id))!;
  });
  actorsChanged(); // the org's name is part of its members' actors
  return changed;
}
