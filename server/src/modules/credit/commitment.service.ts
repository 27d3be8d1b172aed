/**
 * Credit commitments (信用承诺): what a subject promised, in which procedure, and — once checked —
 * whether it was honoured. A commitment found not honoured is a dishonest fact (国知发保字〔2022〕
 * 8号 失信行为第五项), so marking one recomputes the subject's rating in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { isRegionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { beijingToday } from '../calendar/index.ts';
import { creditCommitments, creditSubjects } from './credit.tables.ts';
import { ratingDto, recomputeRating } from './rating.service.ts';
import { resolveSubject, type SubjectInput } from './subjects.ts';

type CommitmentRow = typeof creditCommitments.$inferSelect;

export interface CommitmentInput {
  subject: Omit<SubjectInput, 'regionCode'> & { regionCode?: string | null };
  context: string;
  text: string;
  madeOn: string;
}

export function commitmentDto(row: CommitmentRow) {
  return {
    id: row.id,
    subjectId: row.subjectId,
    context: row.context,
    text: row.text,
    madeOn: row.madeOn,
    honoured: row.honoured,
    checkedOn: row.checkedOn,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The region of a new subject defaults to the recording officer's, where the promise was made. */
function regionOf(context: ServiceContext, input: CommitmentInput): string {
  const region = input.subject.regionCode ?? context.actor.org?.regionCode;
  if (!region) {
    throw new AppError('CREDIT_INVALID_SUBJECT', undefined, [
      { path: 'subject.regionCode', message: '须提供行政区划' },
    ]);
  }
  return region;
}

export async function recordCommitment(context: ServiceContext, input: CommitmentInput) {
  assertPermission(context.actor, 'credit.record.write');
  if (input.madeOn > beijingToday()) {
    throw new AppError('CREDIT_RECORD_INVALID', undefined, [
      { path: 'madeOn', message: '承诺日期不能晚于今日' },
    ]);
  }
  return inTransaction(context.db, async (tx) => {
    const subject = await resolveSubject(tx, { ...input.subject, regionCode: regionOf(context, input) });
    const row: CommitmentRow = {
      id: randomUUID(),
      subjectId: subject.id,
      context: input.context.trim(),
      text: input.text.trim(),
      madeOn: input.madeOn,
      honoured: null,
      checkedOn: null,
      note: null,
      createdAt: new Date(),
    };
    await tx.insert(creditCommitments).values(row);
    await appendAudit(tx, auditContext(context), {
      action: 'credit.commitment.record',
      targetType: 'credit_commitment',
      targetId: row.id,
      regionCode: subject.regionCode,
      detail: { subjectId: subject.id, context: row.context },
    });
    return commitmentDto(row);
  });
}

export interface CommitmentCheck {
  honoured: boolean;
  checkedOn?: string | null;
  note?: string | null;
}

/**
 * Marks a commitment honoured or not. Only an officer whose jurisdiction covers the subject may
 * (out of scope answers "not found", as everywhere); a changed finding may be corrected.
 */
export async function checkCommitment(context: ServiceContext, id: string, input: CommitmentCheck) {
  assertPermission(context.actor, 'credit.record.write');
  const checkedOn = input.checkedOn ?? beijingToday();
  return inTransaction(context.db, async (tx) => {
    const [found] = await tx
      .select({ commitment: creditCommitments, subject: creditSubjects })
      .from(creditCommitments)
      .innerJoin(creditSubjects, eq(creditSubjects.id, creditCommitments.subjectId))
      .where(eq(creditCommitments.id, id))
      .for('update', { of: creditCommitments });
    if (!found || !isRegionInScope(context.actor.scope, found.subject.regionCode)) {
      throw new AppError('CREDIT_RECORD_NOT_FOUND', '信用承诺不存在');
    }
    if (checkedOn < found.commitment.madeOn || checkedOn > beijingToday()) {
      throw new AppError('CREDIT_RECORD_INVALID', undefined, [
        { path: 'checkedOn', message: '核查日期须在承诺日期之后且不晚于今日' },
      ]);
    }
    const patch = { honoured: input.honoured, checkedOn, note: input.note?.trim() || null };
    await tx.update(creditCommitments).set(patch).where(eq(creditCommitments.id, id));
    await appendAudit(tx, auditContext(context), {
      action: 'credit.commitment.check',
      targetType: 'credit_commitment',
      targetId: id,
      regionCode: found.subject.regionCode,
      detail: { honoured: input.honoured, checkedOn, previous: found.commitment.honoured },
    });
    const outcome = await recomputeRating(tx, found.subject.id, `commitment:${id}`, auditContext(context));
    return {
      commitment: commitmentDto({ ...found.commitment, ...patch }),
      rating: outcome.rating ? ratingDto(outcome.rating) : null,
    };
  });
}

/** A subject's commitments, newest first (not limited by scope, like the credit check). */
export async function listCommitments(context: ServiceContext, subjectId: string) {
  assertPermission(context.actor, 'credit.record.read');
  const [subject] = await context.db.select().from(creditSubjects).where(eq(creditSubjects.id, subjectId));
  if (!subject) throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  const rows = await context.db
    .select()
    .from(creditCommitments)
    .where(eq(creditCommitments.subjectId, subjectId))
    .orderBy(desc(creditCommitments.madeOn), desc(creditCommitments.createdAt));
  return { items: rows.map(commitmentDto) };
}
