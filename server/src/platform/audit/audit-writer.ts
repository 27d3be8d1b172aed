/**
 * Appends to the audit trail inside the caller's transaction, so a change and its record commit
 * together. The head row is locked FOR UPDATE: concurrent writers take their turn, and seq has
 * no gaps, so a deleted record shows as a gap.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Tx } from '../db/database.ts';
import { auditHead, auditLog } from './audit.tables.ts';
import { chainHash } from './audit-chain.ts';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: AuditOutcome;
  detail?: Record<string, unknown> | null;
  /** The region the record belongs to; defaults to the actor's organization region. */
  regionCode?: string | null;
}

export interface AuditContext {
  actor: Actor;
  requestId: string | null;
}

export async function appendAudit(tx: Tx, context: AuditContext, entry: AuditEntry): Promise<number> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head row is missing: the migrations did not run');
  const { actor } = context;
  const record = {
    seq: head.seq + 1,
    at: new Date(),
    actorType: actor.type,
    actorId: actor.id,
    actorName: actor.name,
    orgId: actor.org?.id ?? null,
    orgName: actor.org?.name ?? null,
    regionCode: entry.regionCode !== undefined ? entry.regionCode : (actor.org?.regionCode ?? null),
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    requestId: context.requestId,
    outcome: entry.outcome ?? 'success',
    detail: entry.detail ?? null,
  };
  const hash = chainHash(head.hash, record);
  await tx.insert(auditLog).values({ ...record, prevHash: head.hash, hash });
  await tx.update(auditHead).set({ seq: record.seq, hash }).where(eq(auditHead.id, 1));
  return record.seq;
}
