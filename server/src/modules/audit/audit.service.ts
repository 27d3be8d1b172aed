/** Browsing the audit trail within the official's scope, and verifying the chain. */
import type { AuditRecordDto } from '@ipp/shared';
import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { regionInScope } from '../../platform/access/scope.ts';
import { appendAudit, auditLog, verifyAuditChain } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

function conditionsOf(context: ServiceContext, filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionInScope(context.actor.scope, auditLog.regionCode)];
  if (filter.actor)
    conditions.push(or(eq(auditLog.actorId, filter.actor), ilike(auditLog.actorName, `%${filter.actor}%`)));
  if (filter.action) conditions.push(ilike(auditLog.action, `${filter.action}%`));
  if (filter.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
  if (filter.outcome) conditions.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(filter.from)));
  if (filter.to) conditions.push(lte(auditLog.at, new Date(filter.to)));
  return and(...conditions);
}

function toDto(row: typeof auditLog.$inferSelect): AuditRecordDto {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorType: row.actorType as AuditRecordDto['actorType'],
    actorId: row.actorId,
    actorName: row.actorName,
    orgId: row.orgId,
    orgName: row.orgName,
    regionCode: row.regionCode,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    requestId: row.requestId,
    outcome: row.outcome as AuditRecordDto['outcome'],
    detail: row.detail,
    hash: row.hash,
  };
}

export async function browseAudit(context: ServiceContext, filter: AuditFilter) {
  assertPermission(context.actor, 'audit.record.read');
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new AppError('AUDIT_INVALID_RANGE', 'from must not be after to.');
  }
  const where = conditionsOf(context, filter);
  return inTransaction(context.db, async (tx) => {
    const [rows, totals] = await Promise.all([
      tx
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(desc(auditLog.seq))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize),
      tx.select({ total: count() }).from(auditLog).where(where),
    ]);
    // Reading the trail is itself a read of restricted data.
    await appendAudit(tx, auditContext(context), {
      action: 'audit.record.list',
      targetType: 'audit_log',
      detail: { filter: { ...filter } },
    });
    return { items: rows.map(toDto), total: totals[0]?.total ?? 0 };
  });
}

export async function verifyChain(context: ServiceContext) {
  assertPermission(context.actor, 'audit.record.read');
  return verifyAuditChain(context.db);
}
