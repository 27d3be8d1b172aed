/**
 * Objections (异议) to a single credit record: the subject (its enterprise user) or an officer in
 * scope on its behalf objects; an officer in scope answers within the declared working-day period;
 * upheld, the record is revoked (it leaves publicity) or corrected, and the subject's rating is
 * recomputed; dismissed, the record stays as it is. Each step is audited in its own transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Permission } from '@ipp/shared';
import { and, arrayContains, desc, eq, inArray } from 'drizzle-orm';
import { assertPermission, hasPermission } from '../../platform/access/actor.ts';
import { isRegionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { beijingToday, loadWorkingCalendar } from '../calendar/index.ts';
import { creditListings, creditObjections, creditRecords } from './credit.tables.ts';
import { OPEN_STATES } from './listing.rules.ts';
import { actsForSubject, type Objection, objectionDto } from './objection.service.ts';
import {
  CORRECTABLE_FIELDS,
  type CorrectableField,
  type RecordResolution,
  RECORD_OBJECTION_RULES as RULES,
} from './record-objection.rules.ts';
import { afterRecordsChanged } from './records.changes.ts';
import type { CreditRecord } from './records.service.ts';

export interface RecordObjectionAnswer {
  upheld: boolean;
  answer: string;
  resolution?: RecordResolution;
  correction?: Partial<Record<CorrectableField, string>>;
  on?: string;
}

const notAllowed = (path: string, message: string) =>
  new AppError('CREDIT_OBJECTION_NOT_ALLOWED', message, [{ path, message }]);
const invalid = (path: string, message: string) =>
  new AppError('CREDIT_OBJECTION_INVALID', message, [{ path, message }]);

/**
 * The record as the caller may see it: an officer holding `permission` whose jurisdiction covers
 * it, or the subject's own enterprise user. Anyone else is told it does not exist.
 */
async function visibleRecord(
  context: ServiceContext,
  recordId: string,
  permission: Permission,
  lock = false,
): Promise<CreditRecord> {
  const query = context.db.select().from(creditRecords).where(eq(creditRecords.id, recordId));
  const [record] = lock ? await query.for('update') : await query;
  if (!record) throw new AppError('CREDIT_RECORD_NOT_FOUND');
  if (hasPermission(context.actor, permission) && isRegionInScope(context.actor.scope, record.regionCode)) {
    return record;
  }
  if (await actsForSubject(context.db, context.actor, record.subjectId)) return record;
  throw new AppError('CREDIT_RECORD_NOT_FOUND');
}

/** The day of an act: today unless given, never in the future, never before `notBefore`. */
function actDay(on: string | undefined, notBefore: string, what: string): string {
  const today = beijingToday();
  const day = on ?? today;
  if (day > today) throw invalid('on', `日期 ${day} 晚于今天 ${today}`);
  if (day < notBefore) throw invalid('on', `日期 ${day} 早于${what} ${notBefore}`);
  return day;
}

export async function submitRecordObjection(
  context: ServiceContext,
  recordId: string,
  input: { content: string; on?: string },
): Promise<Objection> {
  if (context.actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  return inTransaction(context.db, async (tx) => {
    const record = await visibleRecord({ ...context, db: tx }, recordId, 'credit.record.write', true);
    if (!RULES.submit.statuses.includes(record.status)) {
      throw notAllowed('recordId', `记录状态为 ${record.status}：${RULES.submit.explain}`);
    }
    // The record row is locked, so two submissions cannot both find no open objection.
    const [open] = await tx
      .select({ id: creditObjections.id })
      .from(creditObjections)
      .where(and(eq(creditObjections.recordId, record.id), eq(creditObjections.status, 'open')));
    if (open) throw notAllowed('recordId', `该记录已有待答复的异议：${RULES.submit.explain}`);
    const submittedOn = actDay(input.on, record.decidedOn, '记录决定日期');
    const calendar = await loadWorkingCalendar(tx);
    const due = calendar.addWorkingDays(submittedOn, RULES.answerPeriod.amount);
    const objection: Objection = {
      id: randomUUID(),
      listingId: null,
      recordId: record.id,
      content: input.content,
      submittedBy: context.actor.name,
      submittedAt: new Date(`${submittedOn}T09:00:00+08:00`),
      dueOn: due.due,
      status: 'open',
      answer: null,
      answeredAt: null,
      answeredBy: null,
      answeredOn: null,
      resolution: null,
      correction: null,
    };
    await tx.insert(creditObjections).values(objection);
    await appendAudit(tx, auditContext(context), {
      action: 'credit.record.objection.submitted',
      targetType: 'credit_objection',
      targetId: objection.id,
      regionCode: record.regionCode,
      detail: {
        recordId: record.id,
        subjectId: record.subjectId,
        submittedOn,
        dueOn: objection.dueOn,
        period: RULES.answerPeriod.explain,
        calendarComplete: due.complete,
      },
    });
    return objection;
  });
}

/** Open listings that rest on the record: an upheld objection does not decide them, their own process does. */
async function listingsResting(tx: Tx, recordId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: creditListings.id })
    .from(creditListings)
    .where(
      and(
        arrayContains(creditListings.recordIds, [recordId]),
        inArray(creditListings.state, [...OPEN_STATES]),
      ),
    );
  return rows.map((r) => r.id);
}

/** Revokes or corrects the record as the upheld objection says; returns what changed. */
async function resolve(
  tx: Tx,
  context: ServiceContext,
  record: CreditRecord,
  objectionId: string,
  input: RecordObjectionAnswer & { resolution: RecordResolution },
): Promise<Objection['correction']> {
  const rule = RULES.resolutions[input.resolution];
  if (!rule.from.includes(record.status)) {
    throw notAllowed('resolution', `记录状态为 ${record.status}，不能${rule.label}`);
  }
  let correction: Objection['correction'] = null;
  if (input.resolution === 'revoke') {
    await tx.update(creditRecords).set({ status: 'revoked' }).where(eq(creditRecords.id, record.id));
    correction = { before: { status: record.status }, after: { status: 'revoked' } };
  } else {
    const before: Record<string, unknown> = {};
    const after: Record<string, string> = {};
    for (const field of CORRECTABLE_FIELDS) {
      const value = input.correction?.[field]?.trim();
      if (value && value !== record[field]) {
        before[field] = record[field];
        after[field] = value;
      }
    }
    if (!Object.keys(after).length)
      throw invalid('correction', '更正记录须至少改正一项内容（摘要、依据或严重程度）');
    await tx.update(creditRecords).set(after).where(eq(creditRecords.id, record.id));
    correction = { before, after };
  }
  await appendAudit(tx, auditContext(context), {
    action: input.resolution === 'revoke' ? 'credit.record.revoked' : 'credit.record.corrected',
    targetType: 'credit_record',
    targetId: record.id,
    regionCode: record.regionCode,
    detail: { objectionId, ...correction, basis: rule.basis },
  });
  return correction;
}

function checkAnswerShape(input: RecordObjectionAnswer): void {
  if (input.upheld && !input.resolution) throw invalid('resolution', '异议成立的，须选择撤销或更正记录');
  if (!input.upheld && (input.resolution || input.correction)) {
    throw invalid('resolution', '异议不成立的，记录保持不变，不能同时撤销或更正');
  }
  if (input.resolution === 'revoke' && input.correction) {
    throw invalid('correction', '撤销记录无需填写更正内容');
  }
}

/** The open objection and its record, both locked; out of the officer's jurisdiction is the same as missing. */
async function lockOpenObjection(tx: Tx, context: ServiceContext, recordId: string, objectionId: string) {
  const [objection] = await tx
    .select()
    .from(creditObjections)
    .where(and(eq(creditObjections.id, objectionId), eq(creditObjections.recordId, recordId)))
    .for('update');
  const [record] = objection
    ? await tx.select().from(creditRecords).where(eq(creditRecords.id, recordId)).for('update')
    : [];
  if (!objection || !record || !isRegionInScope(context.actor.scope, record.regionCode)) {
    throw new AppError('CREDIT_OBJECTION_NOT_FOUND');
  }
  if (objection.status !== 'open') throw notAllowed('status', '该异议已答复');
  return { objection, record };
}

export async function answerRecordObjection(
  context: ServiceContext,
  recordId: string,
  objectionId: string,
  input: RecordObjectionAnswer,
): Promise<Objection & { openListings: string[] }> {
  assertPermission(context.actor, 'credit.record.write');
  checkAnswerShape(input);
  return inTransaction(context.db, async (tx) => {
    const { objection, record } = await lockOpenObjection(tx, context, recordId, objectionId);
    const on = actDay(input.on, beijingToday(objection.submittedAt), '异议提出日期');
    const correction =
      input.upheld && input.resolution
        ? await resolve(tx, context, record, objection.id, { ...input, resolution: input.resolution })
        : null;
    const status = input.upheld ? 'upheld' : 'dismissed';
    const [saved] = await tx
      .update(creditObjections)
      .set({
        status,
        answer: input.answer,
        answeredAt: new Date(),
        answeredBy: context.actor.name,
        answeredOn: on,
        resolution: input.upheld ? (input.resolution ?? null) : null,
        correction,
      })
      .where(eq(creditObjections.id, objection.id))
      .returning();
    const openListings = await listingsResting(tx, record.id);
    await appendAudit(tx, auditContext(context), {
      action: `credit.record.objection.${status}`,
      targetType: 'credit_objection',
      targetId: objection.id,
      regionCode: record.regionCode,
      detail: {
        recordId: record.id,
        resolution: saved?.resolution ?? null,
        answeredOn: on,
        dueOn: objection.dueOn,
        onTime: on <= objection.dueOn,
        openListings,
      },
    });
    if (correction) await afterRecordsChanged(tx, record.subjectId, `objection:${objection.id}`);
    return { ...(saved as Objection), openListings };
  });
}

export async function listRecordObjections(context: ServiceContext, recordId: string) {
  if (context.actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  const record = await visibleRecord(context, recordId, 'credit.record.read');
  const rows = await context.db
    .select()
    .from(creditObjections)
    .where(eq(creditObjections.recordId, record.id))
    .orderBy(desc(creditObjections.submittedAt));
  const canAnswer =
    hasPermission(context.actor, 'credit.record.write') &&
    isRegionInScope(context.actor.scope, record.regionCode);
  return { items: rows.map(objectionDto), canAnswer, rules: RULES };
}
