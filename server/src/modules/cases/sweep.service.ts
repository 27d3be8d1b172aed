/**
 * The deadline sweep: every clock past its due date is acted on as its rule says — a reminder, an
 * escalation to the level above, or an automatic transition — and overdue supervision reports and
 * assistance requests are escalated. Each case is handled in its own transaction, so one failure
 * does not hold up the rest; a clock is marked expired in the same transaction as its action.
 */
import { and, eq, inArray, lt } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { beijingToday } from '../calendar/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { appendCaseEvent } from './cases.repository.ts';
import {
  assistanceRequests,
  caseDeadlines,
  cases,
  supervisionReports,
  supervisions,
} from './cases.tables.ts';
import { levelOfCode } from './engine/engine.ts';
import { applyTransition } from './transition.service.ts';

const SWEEPER = systemActor('deadline-sweep');
const UPPER_LEVEL = { county: '市级', city: '省级', province: '国家级', national: '国家级' } as const;

export interface SweepResult {
  reminded: number;
  escalated: number;
  transitioned: number;
  failed: { deadlineId: string; error: string }[];
}

export async function sweepDeadlines(db: Db, today: string = beijingToday(new Date())): Promise<SweepResult> {
  const result: SweepResult = { reminded: 0, escalated: 0, transitioned: 0, failed: [] };
  const due = await db
    .select({ deadline: caseDeadlines, caseType: cases.caseType, regionCode: cases.regionCode })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .where(and(eq(caseDeadlines.status, 'open'), lt(caseDeadlines.dueOn, today)));
  for (const { deadline, caseType, regionCode } of due) {
    try {
      await db.transaction(async (tx) => {
        const [still] = await tx
          .select()
          .from(caseDeadlines)
          .where(and(eq(caseDeadlines.id, deadline.id), eq(caseDeadlines.status, 'open')))
          .for('update');
        if (!still) return;
        await tx
          .update(caseDeadlines)
          .set({ status: 'expired', expiredAt: new Date() })
          .where(eq(caseDeadlines.id, deadline.id));
        const context = { db: tx, actor: SWEEPER, requestId: null };
        if (deadline.onExpiry.startsWith('transition:')) {
          const transition = deadline.onExpiry.slice('transition:'.length);
          const [row] = await tx.select().from(cases).where(eq(cases.id, deadline.caseId));
          if (!row) return;
          await applyTransition(
            tx,
            context,
            caseType,
            row.id,
            { transition, version: row.version, input: {} },
            await dueCalculator(tx, today),
          );
          result.transitioned++;
          return;
        }
        const escalate = deadline.onExpiry === 'escalate';
        await appendCaseEvent(tx, {
          caseId: deadline.caseId,
          at: new Date(),
          kind: escalate ? 'escalation' : 'deadline_expired',
          actorName: '期限监控',
          summary: escalate
            ? `“${deadline.label}”已于 ${deadline.dueOn} 届满（${deadline.basis}），已报${UPPER_LEVEL[levelOfCode(regionCode)]}督促`
            : `“${deadline.label}”已于 ${deadline.dueOn} 届满（${deadline.basis}）`,
          payload: { deadlineId: deadline.id, ruleId: deadline.ruleId, dueOn: deadline.dueOn },
        });
        await appendAudit(
          tx,
          { actor: SWEEPER, requestId: null },
          {
            action: escalate ? 'cases.deadline.escalate' : 'cases.deadline.remind',
            targetType: 'case',
            targetId: deadline.caseId,
            regionCode,
          },
        );
        if (escalate) result.escalated++;
        else result.reminded++;
      });
    } catch (error) {
      result.failed.push({ deadlineId: deadline.id, error: (error as Error).message });
    }
  }
  result.escalated += await escalateReports(db, today);
  result.escalated += await escalateAssistance(db, today);
  return result;
}

async function escalateReports(db: Db, today: string): Promise<number> {
  const overdue = await db
    .select({ report: supervisionReports, caseId: supervisions.caseId })
    .from(supervisionReports)
    .innerJoin(supervisions, eq(supervisions.id, supervisionReports.supervisionId))
    .where(and(eq(supervisionReports.status, 'due'), lt(supervisionReports.dueOn, today)));
  for (const { report, caseId } of overdue) {
    await db.transaction(async (tx) => {
      await tx
        .update(supervisionReports)
        .set({ status: 'overdue', escalatedAt: new Date() })
        .where(eq(supervisionReports.id, report.id));
      await appendCaseEvent(tx, {
        caseId,
        at: new Date(),
        kind: 'escalation',
        actorName: '期限监控',
        summary: `督办报告逾期未报（应于 ${report.dueOn} 前提交），已通报督办机构`,
        payload: { reportId: report.id },
      });
      await appendAudit(
        tx,
        { actor: SWEEPER, requestId: null },
        { action: 'cases.supervision.escalate', targetType: 'case', targetId: caseId },
      );
    });
  }
  return overdue.length;
}

async function escalateAssistance(db: Db, today: string): Promise<number> {
  const overdue = await db
    .select()
    .from(assistanceRequests)
    .where(and(inArray(assistanceRequests.status, ['open']), lt(assistanceRequests.dueOn, today)));
  for (const request of overdue) {
    await db.transaction(async (tx) => {
      await tx
        .update(assistanceRequests)
        .set({ status: 'overdue' })
        .where(eq(assistanceRequests.id, request.id));
      await appendCaseEvent(tx, {
        caseId: request.caseId,
        at: new Date(),
        kind: 'escalation',
        actorName: '期限监控',
        summary: `协查“${request.subject}”逾期未答复（应于 ${request.dueOn} 前，${request.basis}）`,
        payload: { assistanceId: request.id },
      });
      await appendAudit(
        tx,
        { actor: SWEEPER, requestId: null },
        {
          action: 'cases.assistance.escalate',
          targetType: 'assistance',
          targetId: request.id,
          regionCode: request.toRegionCode,
        },
      );
    });
  }
  return overdue.length;
}
