/**
 * Credit repair (信用修复): the subject (or an officer for it) applies with commitments and proof;
 * the office gives feedback and decides within the declared working-day periods. Approval marks
 * the records repaired and, for a listing on the list for at least a year, removes it early.
 * A second application is barred while one is pending or within the bar after an approval.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { assertPermission, hasPermission } from '../../platform/access/actor.ts';
import { isRegionInScope, regionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { addMonthsClamped, beijingToday, loadWorkingCalendar } from '../calendar/index.ts';
import { creditListings, creditRecords, creditRepairs, creditSubjects } from './credit.tables.ts';
import { PERIODS } from './listing.rules.ts';
import { actDate, markRecordsRepaired, removeListing, stepError } from './listing.store.ts';
import { actsForSubject } from './objection.service.ts';
import { afterRecordsChanged } from './records.changes.ts';

export type Repair = typeof creditRepairs.$inferSelect;
const PENDING = ['applied', 'accepted_for_review'];

export interface RepairInput {
  subjectId: string;
  listingId?: string;
  recordId?: string;
  commitments: string;
  proof: { name: string; reference: string }[];
  on?: string;
}

export async function applyForRepair(context: ServiceContext, input: RepairInput): Promise<Repair> {
  if (context.actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  if (!input.listingId && !input.recordId) throw stepError('listingId', '须指明修复的名单或信用记录');
  return inTransaction(context.db, async (tx) => {
    const subject = await subjectFor(tx, context, input.subjectId);
    const appliedOn = actDate(null, input.on);
    await assertNotBarred(tx, subject.id, appliedOn);
    await assertTarget(tx, subject.id, input, appliedOn);
    const calendar = await loadWorkingCalendar(tx);
    const repair: Repair = {
      id: randomUUID(),
      subjectId: subject.id,
      listingId: input.listingId ?? null,
      recordId: input.recordId ?? null,
      appliedOn,
      commitments: input.commitments,
      proof: input.proof,
      feedbackDueOn: calendar.addWorkingDays(appliedOn, PERIODS.repairFeedback.amount).due,
      decisionDueOn: calendar.addWorkingDays(appliedOn, PERIODS.repairDecision.amount).due,
      state: 'applied',
      feedback: null,
      decidedOn: null,
      reason: null,
      createdAt: new Date(),
    };
    await tx.insert(creditRepairs).values(repair);
    await audit(tx, context, repair, subject.regionCode, 'applied');
    return repair;
  });
}

/** Officers act in their jurisdiction; an enterprise user only for its own subject. */
async function subjectFor(tx: Tx, context: ServiceContext, subjectId: string) {
  const [subject] = await tx.select().from(creditSubjects).where(eq(creditSubjects.id, subjectId));
  if (!subject) throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  const officer =
    hasPermission(context.actor, 'credit.record.read') &&
    isRegionInScope(context.actor.scope, subject.regionCode);
  if (!officer && !(await actsForSubject(tx, context.actor, subject.id))) {
    throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  }
  return subject;
}

async function assertNotBarred(tx: Tx, subjectId: string, appliedOn: string) {
  const earlier = await tx.select().from(creditRepairs).where(eq(creditRepairs.subjectId, subjectId));
  const pending = earlier.find((r) => PENDING.includes(r.state));
  if (pending) {
    throw new AppError('CREDIT_REPAIR_BARRED', `已有办理中的修复申请（${pending.appliedOn} 提出）`);
  }
  const barredUntil = earlier
    .filter((r) => r.state === 'approved' && r.decidedOn)
    .map((r) => addMonthsClamped(r.decidedOn as string, PERIODS.repairBar.amount))
    .sort()
    .at(-1);
  if (barredUntil && appliedOn < barredUntil) {
    throw new AppError(
      'CREDIT_REPAIR_BARRED',
      `上次修复获准后 ${barredUntil} 前不再受理（${PERIODS.repairBar.explain}；${PERIODS.repairBar.basis}）`,
    );
  }
}

/** The listing or record must belong to the subject; a listing must have been on the list a year. */
async function assertTarget(tx: Tx, subjectId: string, input: RepairInput, appliedOn: string) {
  if (input.recordId) {
    const [record] = await tx.select().from(creditRecords).where(eq(creditRecords.id, input.recordId));
    if (!record || record.subjectId !== subjectId) throw new AppError('CREDIT_RECORD_NOT_FOUND');
    if (record.status !== 'active') throw stepError('recordId', `记录状态为 ${record.status}，无需修复`);
  }
  if (input.listingId) {
    const [listing] = await tx.select().from(creditListings).where(eq(creditListings.id, input.listingId));
    if (!listing || listing.subjectId !== subjectId) throw new AppError('CREDIT_LISTING_NOT_FOUND');
    const eligibleOn =
      listing.publishedOn && addMonthsClamped(listing.publishedOn, PERIODS.earlyRemoval.amount);
    if (listing.state !== 'published' || !eligibleOn || appliedOn < eligibleOn) {
      throw stepError(
        'listingId',
        `列入名单满 1 年方可申请提前移出${eligibleOn ? `（${eligibleOn} 起）` : ''}：${PERIODS.earlyRemoval.explain}`,
      );
    }
  }
}

export type RepairAction =
  | { action: 'feedback'; feedback: string; on?: string }
  | { action: 'approve'; reason?: string; on?: string }
  | { action: 'reject'; reason: string; on?: string };

export async function decideRepair(
  context: ServiceContext,
  id: string,
  input: RepairAction,
): Promise<Repair> {
  assertPermission(context.actor, 'credit.repair.decide');
  return inTransaction(context.db, async (tx) => {
    const { repair, subject } = await repairInScope(tx, context, id, true);
    if (!PENDING.includes(repair.state))
      throw stepError('state', `申请已${repair.state === 'approved' ? '准予' : '驳回'}`);
    const on = actDate(null, input.on);
    if (on < repair.appliedOn) throw stepError('on', '日期早于申请日');
    let change: Partial<Repair>;
    if (input.action === 'feedback') {
      if (repair.state !== 'applied') throw stepError('state', '已反馈受理');
      if (!input.feedback.trim()) throw stepError('feedback', '反馈须有内容');
      change = { state: 'accepted_for_review', feedback: input.feedback };
    } else if (input.action === 'reject') {
      if (!input.reason?.trim()) throw stepError('reason', '驳回须说明理由');
      change = { state: 'rejected', decidedOn: on, reason: input.reason };
    } else {
      await approveEffects(tx, context, repair, on);
      change = { state: 'approved', decidedOn: on, reason: input.reason ?? null };
    }
    const [saved] = await tx.update(creditRepairs).set(change).where(eq(creditRepairs.id, id)).returning();
    const timely = on <= (input.action === 'feedback' ? repair.feedbackDueOn : repair.decisionDueOn);
    await audit(tx, context, saved as Repair, subject.regionCode, input.action, { on, timely });
    return saved as Repair;
  });
}

async function approveEffects(tx: Tx, context: ServiceContext, repair: Repair, on: string) {
  const recordIds = repair.recordId ? [repair.recordId] : [];
  if (repair.listingId) {
    const [listing] = await tx
      .select()
      .from(creditListings)
      .where(eq(creditListings.id, repair.listingId))
      .for('update');
    if (listing) {
      await removeListing(tx, context, listing, 'repair', on, `修复申请 ${repair.appliedOn} 获准`);
      recordIds.push(...listing.recordIds);
    }
  }
  await markRecordsRepaired(tx, recordIds);
  await afterRecordsChanged(tx, repair.subjectId, `repair:${repair.id}`);
}

async function repairInScope(
  tx: Tx | ServiceContext['db'],
  context: ServiceContext,
  id: string,
  lock = false,
) {
  const query = tx
    .select({ repair: creditRepairs, subject: creditSubjects })
    .from(creditRepairs)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditRepairs.subjectId))
    .where(eq(creditRepairs.id, id));
  const [row] = lock ? await query.for('update', { of: creditRepairs }) : await query;
  if (!row || !isRegionInScope(context.actor.scope, row.subject.regionCode)) {
    throw new AppError('CREDIT_REPAIR_NOT_FOUND');
  }
  return row;
}

async function audit(
  tx: Tx,
  context: ServiceContext,
  repair: Repair,
  regionCode: string,
  what: string,
  extra: Record<string, unknown> = {},
) {
  await appendAudit(tx, auditContext(context), {
    action: `credit.repair.${what}`,
    targetType: 'credit_repair',
    targetId: repair.id,
    regionCode,
    detail: { subjectId: repair.subjectId, listingId: repair.listingId, state: repair.state, ...extra },
  });
}

export async function listRepairs(context: ServiceContext, query: { state?: string; subjectId?: string }) {
  assertPermission(context.actor, 'credit.record.read');
  const conditions: SQL[] = [regionInScope(context.actor.scope, creditSubjects.regionCode)];
  if (query.state) conditions.push(inArray(creditRepairs.state, query.state.split(',')));
  if (query.subjectId) conditions.push(eq(creditRepairs.subjectId, query.subjectId));
  const rows = await context.db
    .select({ repair: creditRepairs, subject: creditSubjects })
    .from(creditRepairs)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditRepairs.subjectId))
    .where(and(...conditions))
    .orderBy(desc(creditRepairs.appliedOn), desc(creditRepairs.createdAt))
    .limit(200);
  const today = beijingToday();
  return {
    items: rows.map(({ repair, subject }) => ({
      ...repairDto(repair),
      overdue: PENDING.includes(repair.state) && today > repair.decisionDueOn,
      subject: { id: subject.id, name: subject.name, uscc: subject.uscc },
    })),
    periods: { feedback: PERIODS.repairFeedback, decision: PERIODS.repairDecision, bar: PERIODS.repairBar },
  };
}

export async function getRepair(context: ServiceContext, id: string) {
  assertPermission(context.actor, 'credit.record.read');
  const { repair, subject } = await repairInScope(context.db, context, id);
  return { ...repairDto(repair), subject: { id: subject.id, name: subject.name, uscc: subject.uscc } };
}

export function repairDto(repair: Repair) {
  return { ...repair, createdAt: repair.createdAt.toISOString() };
}
