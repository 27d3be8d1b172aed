/** Reading a case and the small changes around it: notes, parties, rights, the assignee. */
import { randomUUID } from 'node:crypto';
import type { CaseDetailDto, RightType } from '@ipp/shared';
import { and, eq } from 'drizzle-orm';
import { assertPermission, hasPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { users } from '../iam/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { caseDetail } from './case-detail.ts';
import { caseRules } from './case-types.ts';
import { appendCaseEvent, type CaseRow, findCaseInScope } from './cases.repository.ts';
import { caseNotes, caseParties, cases } from './cases.tables.ts';
import { linkRightTo } from './intake.service.ts';
import { type PartyInput, partyErrors, partyRow } from './parties.ts';

/** A case the caller may read; any other answers 404, as if it did not exist. */
export async function readableCase(
  context: ServiceContext,
  db: ServiceContext['db'],
  caseId: string,
  caseType?: string,
) {
  const row = await findCaseInScope(db, context.actor.scope, caseId);
  if (!row || (caseType && row.caseType !== caseType)) throw new AppError('CASE_NOT_FOUND');
  assertPermission(context.actor, caseRules(row.caseType).readPermission);
  return row;
}

export async function getCase(
  context: ServiceContext,
  caseType: string,
  caseId: string,
): Promise<CaseDetailDto> {
  const row = await readableCase(context, context.db, caseId, caseType);
  return caseDetail(context.db, row, context.actor, await dueCalculator(context.db));
}

/** Changes to a case need the handling permission of its type and an open case. */
export async function changeCase(
  context: ServiceContext,
  caseId: string,
  action: string,
  work: (tx: Tx, row: CaseRow) => Promise<{ summary: string; detail?: Record<string, unknown> }>,
): Promise<CaseDetailDto> {
  return inTransaction(context.db, async (tx) => {
    const row = await findCaseInScope(tx, context.actor.scope, caseId, { forUpdate: true });
    if (!row) throw new AppError('CASE_NOT_FOUND');
    const handle = caseRules(row.caseType).transitions[0]?.permission;
    if (!handle || !hasPermission(context.actor, handle)) {
      assertPermission(context.actor, handle ?? 'cases.case.supervise');
    }
    if (row.closedAt && action !== 'note') throw new AppError('CASE_CLOSED');
    const { summary, detail } = await work(tx, row);
    await appendCaseEvent(tx, {
      caseId: row.id,
      at: new Date(),
      kind: action,
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org?.name ?? null,
      summary,
      payload: detail ?? null,
    });
    await appendAudit(tx, auditContext(context), {
      action: `cases.case.${action}`,
      targetType: 'case',
      targetId: row.id,
      regionCode: row.regionCode,
      detail: detail ?? null,
    });
    return caseDetail(tx, row, context.actor, await dueCalculator(tx));
  });
}

export function addNote(context: ServiceContext, caseId: string, text: string) {
  return changeCase(context, caseId, 'note', async (tx, row) => {
    if (!text.trim())
      throw new AppError('CASE_FIELDS_INVALID', undefined, [{ path: 'text', message: '备注不能为空' }]);
    await tx.insert(caseNotes).values({
      id: randomUUID(),
      caseId: row.id,
      text: text.trim(),
      authorId: context.actor.id,
      authorName: context.actor.name,
      createdAt: new Date(),
    });
    return { summary: '添加备注' };
  });
}

export function addParty(context: ServiceContext, caseId: string, party: PartyInput) {
  return changeCase(context, caseId, 'party', async (tx, row) => {
    const errors = partyErrors(party, 'body');
    if (errors.length > 0) throw new AppError('CASE_FIELDS_INVALID', undefined, errors);
    const stored = partyRow(row.id, party);
    await tx.insert(caseParties).values(stored);
    return { summary: `登记当事人：${stored.name}`, detail: { role: stored.role, kind: stored.kind } };
  });
}

export function linkRight(context: ServiceContext, caseId: string, rightType: RightType, number: string) {
  return changeCase(context, caseId, 'right', async (tx, row) => {
    const linked = await linkRightTo(tx, row.id, rightType, number);
    const exists = (linked.verification as { exists?: boolean }).exists;
    return {
      summary: `关联权利 ${linked.number}：${exists ? '登记簿中存在' : '登记簿中未找到'}`,
      detail: { rightType, number: linked.number, exists },
    };
  });
}

export function assignCase(context: ServiceContext, caseId: string, assigneeId: string) {
  return changeCase(context, caseId, 'assignment', async (tx, row) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, assigneeId), eq(users.orgId, row.orgId)));
    if (!user) {
      throw new AppError('CASE_FIELDS_INVALID', undefined, [
        { path: 'assigneeId', message: '承办人须为承办机构的工作人员' },
      ]);
    }
    await tx
      .update(cases)
      .set({ assigneeId, version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    return { summary: `指定承办人：${user.displayName}`, detail: { assigneeId } };
  });
}
