/**
 * Cross-region assistance (协查): an enforcement case asks another region's organization to
 * investigate; it answers within 15 working days (市场监督管理行政处罚程序规定 第四十五条第二款).
 * The request is visible to the organization it asks, though the case itself is not.
 */
import { randomUUID } from 'node:crypto';
import type { AssistanceDto } from '@ipp/shared';
import { desc, eq, type SQL } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { isRegionInScope, regionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { organizations } from '../org/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { caseDetail } from './case-detail.ts';
import { appendCaseEvent, findCaseInScope } from './cases.repository.ts';
import { assistanceRequests, cases } from './cases.tables.ts';
import { generateDocuments } from './documents.service.ts';
import { meetsJurisdiction } from './engine/engine.ts';
import { namesOfOrgs } from './names.ts';

export const ASSISTANCE_DAYS = 15;
export const ASSISTANCE_BASIS = '市场监督管理行政处罚程序规定 第四十五条第二款';

export async function requestAssistance(
  context: ServiceContext,
  caseId: string,
  input: { toOrgId: string; subject: string; request: string },
) {
  assertPermission(context.actor, 'cases.enforcement.handle');
  return inTransaction(context.db, async (tx) => {
    const row = await findCaseInScope(tx, context.actor.scope, caseId, { forUpdate: true });
    if (row?.caseType !== 'enforcement') throw new AppError('CASE_NOT_FOUND');
    if (!meetsJurisdiction(context.actor, row, 'handling_org'))
      throw new AppError('PLATFORM_FORBIDDEN', '协查由承办机构发起');
    if (row.closedAt) throw new AppError('CASE_CLOSED');
    const [to] = await tx.select().from(organizations).where(eq(organizations.id, input.toOrgId));
    if (!to || !['market_regulation', 'ip_administration'].includes(to.kind) || to.id === row.orgId) {
      throw new AppError('CASE_ASSISTANCE_INVALID', undefined, [
        { path: 'toOrgId', message: '协查对象须为另一地区的市场监管或知识产权管理部门' },
      ]);
    }
    const calendar = await dueCalculator(tx);
    const today = calendar.today();
    const dueOn = calendar.due(today, ASSISTANCE_DAYS, 'working_days').dueOn;
    const id = randomUUID();
    await tx.insert(assistanceRequests).values({
      id,
      caseId: row.id,
      fromOrgId: row.orgId,
      toOrgId: to.id,
      toRegionCode: to.regionCode,
      subject: input.subject,
      request: input.request,
      dueOn,
      basis: ASSISTANCE_BASIS,
      status: 'open',
      createdAt: new Date(),
    });
    const documents = await generateDocuments(tx, context, row, {
      templates: ['assistance_letter'],
      input: { recipient: to.name, matters: `${input.subject}：${input.request}`, dueOn },
      today,
    });
    await appendCaseEvent(tx, {
      caseId: row.id,
      at: new Date(),
      kind: 'assistance',
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org?.name ?? null,
      summary: `向 ${to.name} 发出协查函，${dueOn} 前答复`,
      payload: { assistanceId: id, documents },
    });
    await appendAudit(tx, auditContext(context), {
      action: 'cases.enforcement.assistance_request',
      targetType: 'assistance',
      targetId: id,
      regionCode: row.regionCode,
      detail: { toOrgId: to.id },
    });
    return caseDetail(tx, row, context.actor, calendar);
  });
}

function visibleTo(context: ServiceContext, direction: 'incoming' | 'outgoing'): SQL {
  return direction === 'incoming'
    ? regionInScope(context.actor.scope, assistanceRequests.toRegionCode)
    : regionInScope(context.actor.scope, cases.regionCode);
}

export async function listAssistance(
  context: ServiceContext,
  direction: 'incoming' | 'outgoing',
): Promise<{ items: AssistanceDto[] }> {
  assertPermission(context.actor, 'cases.enforcement.read');
  const rows = await context.db
    .select({ request: assistanceRequests, caseNumber: cases.caseNumber })
    .from(assistanceRequests)
    .innerJoin(cases, eq(cases.id, assistanceRequests.caseId))
    .where(visibleTo(context, direction))
    .orderBy(desc(assistanceRequests.createdAt))
    .limit(200);
  const names = await namesOfOrgs(
    context.db,
    rows.flatMap((r) => [r.request.fromOrgId, r.request.toOrgId]),
  );
  return { items: rows.map((r) => assistanceDto(r.request, r.caseNumber, names)) };
}

function assistanceDto(
  a: typeof assistanceRequests.$inferSelect,
  caseNumber: string | null,
  names: Map<string, string>,
): AssistanceDto {
  return {
    id: a.id,
    caseId: a.caseId,
    caseNumber,
    fromOrgName: names.get(a.fromOrgId) ?? '',
    toOrgName: names.get(a.toOrgId) ?? '',
    subject: a.subject,
    request: a.request,
    dueOn: a.dueOn,
    basis: a.basis,
    status: a.status as AssistanceDto['status'],
    answer: a.answer,
    answeredAt: a.answeredAt?.toISOString() ?? null,
  };
}

export async function answerAssistance(
  context: ServiceContext,
  id: string,
  answer: string,
): Promise<AssistanceDto> {
  assertPermission(context.actor, 'cases.enforcement.handle');
  return inTransaction(context.db, async (tx) => {
    const [request] = await tx
      .select()
      .from(assistanceRequests)
      .where(eq(assistanceRequests.id, id))
      .for('update');
    if (!request || !isRegionInScope(context.actor.scope, request.toRegionCode))
      throw new AppError('CASE_ASSISTANCE_NOT_FOUND');
    if (context.actor.org?.id !== request.toOrgId)
      throw new AppError('PLATFORM_FORBIDDEN', '协查由被请求的机构答复');
    if (request.status === 'answered') throw new AppError('PLATFORM_CONFLICT', '该协查已答复');
    if (!answer.trim())
      throw new AppError('CASE_ASSISTANCE_INVALID', undefined, [{ path: 'answer', message: '答复不能为空' }]);
    const answeredAt = new Date();
    await tx
      .update(assistanceRequests)
      .set({ status: 'answered', answer, answeredAt, answeredBy: context.actor.name })
      .where(eq(assistanceRequests.id, id));
    const [row] = await tx
      .select({ caseNumber: cases.caseNumber })
      .from(cases)
      .where(eq(cases.id, request.caseId));
    await appendCaseEvent(tx, {
      caseId: request.caseId,
      at: answeredAt,
      kind: 'assistance_answer',
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org?.name ?? null,
      summary: `${context.actor.org?.name ?? ''} 答复协查：${request.subject}`,
      payload: { assistanceId: id },
    });
    await appendAudit(tx, auditContext(context), {
      action: 'cases.enforcement.assistance_answer',
      targetType: 'assistance',
      targetId: id,
      regionCode: request.toRegionCode,
    });
    const names = await namesOfOrgs(tx, [request.fromOrgId, request.toOrgId]);
    return assistanceDto(
      { ...request, status: 'answered', answer, answeredAt, answeredBy: context.actor.name },
      row?.caseNumber ?? null,
      names,
    );
  });
}
