/**
 * Supervision (督办): an organization above the case's region marks a major case as supervised,
 * sets how often the handling organization reports, and follows it. A report not made by its due
 * date is escalated by the deadline sweep.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { regionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { regionNames } from '../region/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { caseDetail, summaryOf } from './case-detail.ts';
import { appendCaseEvent, findCaseInScope } from './cases.repository.ts';
import { caseEvents, cases, supervisionReports, supervisions } from './cases.tables.ts';
import { generateDocuments } from './documents.service.ts';
import { meetsJurisdiction } from './engine/engine.ts';
import { namesOfOrgs, namesOfUsers } from './names.ts';

export async function superviseCase(
  context: ServiceContext,
  caseId: string,
  input: { reason: string; reportEveryDays: number },
) {
  assertPermission(context.actor, 'cases.case.supervise');
  return inTransaction(context.db, async (tx) => {
    const row = await findCaseInScope(tx, context.actor.scope, caseId, { forUpdate: true });
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (!context.actor.org || !meetsJurisdiction(context.actor, row, 'upper_level')) {
      throw new AppError('CASE_SUPERVISION_NOT_ALLOWED', '督办须由案件所在地的上级机构作出');
    }
    if (row.supervised) throw new AppError('PLATFORM_CONFLICT', '该案件已在督办中');
    const calendar = await dueCalculator(tx);
    const today = calendar.today();
    const id = randomUUID();
    await tx.insert(supervisions).values({
      id,
      caseId: row.id,
      supervisorOrgId: context.actor.org.id,
      supervisorRegionCode: context.actor.org.regionCode,
      reason: input.reason,
      reportEveryDays: input.reportEveryDays,
      status: 'active',
      openedAt: new Date(),
    });
    const dueOn = calendar.due(today, input.reportEveryDays, 'working_days').dueOn;
    await tx.insert(supervisionReports).values({ id: randomUUID(), supervisionId: id, dueOn, status: 'due' });
    await tx
      .update(cases)
      .set({ supervised: true, version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    const documents = await generateDocuments(tx, context, row, {
      templates: ['supervision_notice'],
      input: {
        recipient: (await namesOfOrgs(tx, [row.orgId])).get(row.orgId) ?? '',
        reasons: input.reason,
        requirements: `请每 ${input.reportEveryDays} 个工作日报告一次案件办理进展`,
        reportBy: dueOn,
      },
      today,
      issuerOrgId: context.actor.org.id,
    });
    await appendCaseEvent(tx, {
      caseId: row.id,
      at: new Date(),
      kind: 'supervision',
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org.name,
      summary: `${context.actor.org.name} 挂牌督办：${input.reason}（每 ${input.reportEveryDays} 个工作日报告一次，首次 ${dueOn}）`,
      payload: { documents },
    });
    await appendAudit(tx, auditContext(context), {
      action: 'cases.case.supervise',
      targetType: 'case',
      targetId: row.id,
      regionCode: row.regionCode,
      detail: { reason: input.reason },
    });
    return caseDetail(tx, { ...row, supervised: true, version: row.version + 1 }, context.actor, calendar);
  });
}

export async function submitReport(context: ServiceContext, caseId: string, content: string) {
  return inTransaction(context.db, async (tx) => {
    const row = await findCaseInScope(tx, context.actor.scope, caseId, { forUpdate: true });
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (!meetsJurisdiction(context.actor, row, 'handling_org'))
      throw new AppError('PLATFORM_FORBIDDEN', '督办报告由承办机构提交');
    const [supervision] = await tx
      .select()
      .from(supervisions)
      .where(and(eq(supervisions.caseId, row.id), eq(supervisions.status, 'active')));
    if (!supervision) throw new AppError('CASE_NOT_FOUND', 'The case is not under supervision.');
    const [pending] = await tx
      .select()
      .from(supervisionReports)
      .where(
        and(
          eq(supervisionReports.supervisionId, supervision.id),
          inArray(supervisionReports.status, ['due', 'overdue']),
        ),
      )
      .orderBy(asc(supervisionReports.dueOn))
      .limit(1);
    const calendar = await dueCalculator(tx);
    const today = calendar.today();
    if (pending) {
      await tx
        .update(supervisionReports)
        .set({ status: 'submitted', content, submittedAt: new Date(), submittedBy: context.actor.name })
        .where(eq(supervisionReports.id, pending.id));
    }
    const nextDue = calendar.due(today, supervision.reportEveryDays, 'working_days').dueOn;
    if (!row.closedAt)
      await tx
        .insert(supervisionReports)
        .values({ id: randomUUID(), supervisionId: supervision.id, dueOn: nextDue, status: 'due' });
    await appendCaseEvent(tx, {
      caseId: row.id,
      at: new Date(),
      kind: 'supervision_report',
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org?.name ?? null,
      summary: `提交督办报告${row.closedAt ? '' : `；下次报告 ${nextDue}`}`,
      payload: { content },
    });
    await appendAudit(tx, auditContext(context), {
      action: 'cases.case.supervision_report',
      targetType: 'case',
      targetId: row.id,
      regionCode: row.regionCode,
    });
    return caseDetail(tx, row, context.actor, calendar);
  });
}

/** The upper level's view: supervised cases in its subtree, and recent escalations. */
export async function supervisionView(context: ServiceContext) {
  assertPermission(context.actor, 'cases.case.supervise');
  const calendar = await dueCalculator(context.db);
  const today = calendar.today();
  const rows = await context.db
    .select({ supervision: supervisions, row: cases })
    .from(supervisions)
    .innerJoin(cases, eq(cases.id, supervisions.caseId))
    .where(and(eq(supervisions.status, 'active'), regionInScope(context.actor.scope, cases.regionCode)))
    .orderBy(desc(supervisions.openedAt));
  const reports = rows.length
    ? await context.db
        .select()
        .from(supervisionReports)
        .where(
          inArray(
            supervisionReports.supervisionId,
            rows.map((r) => r.supervision.id),
          ),
        )
        .orderBy(asc(supervisionReports.dueOn))
    : [];
  const escalations = await context.db
    .select({ event: caseEvents, caseType: cases.caseType, caseNumber: cases.caseNumber, title: cases.title })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(caseEvents.kind, 'escalation'), regionInScope(context.actor.scope, cases.regionCode)))
    .orderBy(desc(caseEvents.id))
    .limit(50);
  const [org, region, user] = await Promise.all([
    namesOfOrgs(
      context.db,
      rows.flatMap((r) => [r.row.orgId, r.supervision.supervisorOrgId]),
    ),
    regionNames(
      context.db,
      rows.map((r) => r.row.regionCode),
    ),
    namesOfUsers(
      context.db,
      rows.flatMap((r) => (r.row.assigneeId ? [r.row.assigneeId] : [])),
    ),
  ]);
  return {
    items: rows.map(({ supervision, row }) => ({
      id: supervision.id,
      caseId: row.id,
      supervisorOrgName: org.get(supervision.supervisorOrgId) ?? '',
      reason: supervision.reason,
      reportEveryDays: supervision.reportEveryDays,
      status: supervision.status as 'active',
      openedAt: supervision.openedAt.toISOString(),
      reports: reports
        .filter((r) => r.supervisionId === supervision.id)
        .map((r) => ({
          id: r.id,
          dueOn: r.dueOn,
          status: r.status as 'due',
          content: r.content,
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
      case: summaryOf(row, { org, region, user }, null, today),
    })),
    escalations: escalations.map((e) => ({
      caseId: e.event.caseId,
      caseType: e.caseType,
      caseNumber: e.caseNumber,
      title: e.title,
      at: e.event.at.toISOString(),
      summary: e.event.summary,
    })),
  };
}
