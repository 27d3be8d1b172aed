/**
 * Stored ratings: recomputed whenever a subject's facts change, written as a new current row only
 * when the result differs, so credit_ratings is the history of every grade a subject has had and
 * why. Persons are not rated (see SCHEME_OF_KIND).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { assertPermission, systemActor } from '../../platform/access/actor.ts';
import { isRegionInScope, regionInScope } from '../../platform/access/scope.ts';
import { type AuditContext, appendAudit } from '../../platform/audit/index.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { beijingToday } from '../calendar/index.ts';
import {
  creditCommitments,
  creditListings,
  creditRatings,
  creditRecords,
  creditSubjects,
} from './credit.tables.ts';
import { type RatingFacts, type RatingResult, rate } from './rating.compute.ts';
import { SCHEME_OF_KIND } from './rating.rules.ts';
import { publicSubject } from './subjects.ts';

type RatingRow = typeof creditRatings.$inferSelect;

export async function loadRatingFacts(db: Executor, subjectId: string): Promise<RatingFacts> {
  const [records, listings, commitments] = await Promise.all([
    db.select().from(creditRecords).where(eq(creditRecords.subjectId, subjectId)),
    db.select().from(creditListings).where(eq(creditListings.subjectId, subjectId)),
    db.select().from(creditCommitments).where(eq(creditCommitments.subjectId, subjectId)),
  ]);
  return { records, listings, commitments };
}

/** The rating a subject would have today, without storing it; null for persons. */
export async function computeRating(db: Executor, subjectId: string, asOf = beijingToday()) {
  const [subject] = await db.select().from(creditSubjects).where(eq(creditSubjects.id, subjectId));
  if (!subject) throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  const scheme = SCHEME_OF_KIND[subject.kind];
  return scheme ? rate(scheme, await loadRatingFacts(db, subjectId), asOf) : null;
}

export async function currentRating(db: Executor, subjectId: string): Promise<RatingRow | null> {
  const [row] = await db
    .select()
    .from(creditRatings)
    .where(and(eq(creditRatings.subjectId, subjectId), eq(creditRatings.current, true)))
    .orderBy(desc(creditRatings.computedAt))
    .limit(1);
  return row ?? null;
}

function sameResult(row: RatingRow | null, result: RatingResult): boolean {
  if (!row) return false;
  return (
    row.scheme === result.scheme &&
    row.score === result.score &&
    row.grade === result.grade &&
    JSON.stringify(row.deductions) === JSON.stringify(result.deductions)
  );
}

export interface RecomputeOutcome {
  changed: boolean;
  rating: RatingRow | null;
}

/**
 * Recomputes a subject's rating in the caller's transaction. The subject row is locked so that two
 * concurrent recomputations cannot both leave a current row. Audited (the platform acts unless the
 * caller passes its own audit context).
 */
export async function recomputeRating(
  tx: Tx,
  subjectId: string,
  trigger: string,
  audit?: AuditContext,
): Promise<RecomputeOutcome> {
  const [subject] = await tx
    .select()
    .from(creditSubjects)
    .where(eq(creditSubjects.id, subjectId))
    .for('update');
  if (!subject) throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  const scheme = SCHEME_OF_KIND[subject.kind];
  if (!scheme) return { changed: false, rating: null };
  const result = rate(scheme, await loadRatingFacts(tx, subjectId), beijingToday());
  const previous = await currentRating(tx, subjectId);
  if (sameResult(previous, result)) return { changed: false, rating: previous };
  await tx
    .update(creditRatings)
    .set({ current: false })
    .where(and(eq(creditRatings.subjectId, subjectId), eq(creditRatings.current, true)));
  const row: RatingRow = {
    id: randomUUID(),
    subjectId,
    scheme: result.scheme,
    score: result.score,
    grade: result.grade,
    deductions: result.deductions,
    trigger,
    current: true,
    computedAt: new Date(),
  };
  await tx.insert(creditRatings).values(row);
  await appendAudit(tx, audit ?? { actor: systemActor('信用评价'), requestId: null }, {
    action: 'credit.rating.recompute',
    targetType: 'credit_subject',
    targetId: subjectId,
    regionCode: subject.regionCode,
    detail: { trigger, from: previous?.grade ?? null, to: row.grade, score: row.score },
  });
  return { changed: true, rating: row };
}

export function ratingDto(row: RatingRow) {
  return {
    id: row.id,
    scheme: row.scheme,
    score: row.score,
    grade: row.grade,
    deductions: row.deductions,
    trigger: row.trigger,
    current: row.current,
    computedAt: row.computedAt.toISOString(),
  };
}

/** An officer asks for a recomputation (e.g. after a record's period ended). */
export async function recomputeForActor(context: ServiceContext, subjectId: string) {
  assertPermission(context.actor, 'credit.rating.write');
  return inTransaction(context.db, async (tx) => {
    const [subject] = await tx.select().from(creditSubjects).where(eq(creditSubjects.id, subjectId));
    if (!subject || !isRegionInScope(context.actor.scope, subject.regionCode)) {
      throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
    }
    const outcome = await recomputeRating(tx, subjectId, 'manual', auditContext(context));
    return { changed: outcome.changed, rating: outcome.rating ? ratingDto(outcome.rating) : null };
  });
}

/** A subject's current rating and its history, newest first. Ratings are not limited by scope:
 * they are derived from credit information that is shared nationwide for joint punishment. */
export async function ratingHistory(db: Executor, subjectId: string) {
  const [subject] = await db.select().from(creditSubjects).where(eq(creditSubjects.id, subjectId));
  if (!subject) throw new AppError('CREDIT_SUBJECT_NOT_FOUND');
  const rows = await db
    .select()
    .from(creditRatings)
    .where(eq(creditRatings.subjectId, subjectId))
    .orderBy(desc(creditRatings.computedAt));
  return { subject: { ...publicSubject(subject), name: subject.name }, history: rows.map(ratingDto) };
}

export interface RatingListQuery {
  kind?: string;
  grade?: string;
  limit?: number;
}

/** Current ratings of the subjects in the actor's jurisdiction, lowest score first. */
export async function listRatings(context: ServiceContext, query: RatingListQuery) {
  const conditions = [
    eq(creditRatings.current, true),
    regionInScope(context.actor.scope, creditSubjects.regionCode),
  ];
  if (query.kind) conditions.push(eq(creditSubjects.kind, query.kind));
  if (query.grade) conditions.push(eq(creditRatings.grade, query.grade));
  const rows = await context.db
    .select({ rating: creditRatings, subject: creditSubjects })
    .from(creditRatings)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditRatings.subjectId))
    .where(and(...conditions))
    .orderBy(asc(creditRatings.score), asc(creditSubjects.name))
    .limit(query.limit ?? 200);
  const [counts] = await context.db
    .select({ total: sql<number>`count(*)::int` })
    .from(creditRatings)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditRatings.subjectId))
    .where(and(...conditions));
  return {
    total: counts?.total ?? 0,
    items: rows.map(({ rating, subject }) => ({
      subject: { ...publicSubject(subject), name: subject.name },
      rating: ratingDto(rating),
    })),
  };
}
