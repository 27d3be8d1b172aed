/**
 * The credit check: the one question other modules ask (mediation intake, pre-examination …) —
 * is this subject on the serious-dishonesty list, which records are in publicity, what is its
 * rating, and which joint-punishment measures apply, each with the rule behind it.
 *
 * Not limited by jurisdiction: credit information is shared nationwide so that every authority
 * can apply joint punishment; only what is current (listed, in publicity) is answered.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { beijingToday } from '../calendar/index.ts';
import { creditListings, creditRecords } from './credit.tables.ts';
import { measuresFor } from './measures.rules.ts';
import { computeRating, currentRating, ratingDto } from './rating.service.ts';
import { CATEGORY_RULES, type RecordCategory } from './records.rules.ts';
import { type CreditSubject, findSubjects } from './subjects.ts';

type ListingRow = typeof creditListings.$inferSelect;
type RecordRow = typeof creditRecords.$inferSelect;

export async function currentListings(
  db: Executor,
  subjectIds: string[],
  asOf: string,
): Promise<ListingRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(creditListings)
    .where(
      and(
        inArray(creditListings.subjectId, subjectIds),
        eq(creditListings.state, 'published'),
        gte(creditListings.publishUntil, asOf),
      ),
    );
}

export async function recordsInPublicity(
  db: Executor,
  subjectIds: string[],
  asOf: string,
): Promise<RecordRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(creditRecords)
    .where(
      and(
        inArray(creditRecords.subjectId, subjectIds),
        eq(creditRecords.status, 'active'),
        lte(creditRecords.publicityFrom, asOf),
        gte(creditRecords.publicityUntil, asOf),
      ),
    )
    .orderBy(creditRecords.decidedOn);
}

export function listingInfo(row: ListingRow) {
  return {
    id: row.id,
    reason: row.reason,
    legalBasis: row.legalBasis,
    decidedOn: row.decidedOn,
    publishedOn: row.publishedOn,
    publishUntil: row.publishUntil,
  };
}

export function recordInfo(row: RecordRow) {
  return {
    id: row.id,
    category: row.category,
    categoryLabel: CATEGORY_RULES[row.category as RecordCategory]?.label ?? row.category,
    severity: row.severity,
    summary: row.summary,
    legalBasis: row.legalBasis,
    decidedOn: row.decidedOn,
    publicityFrom: row.publicityFrom,
    publicityUntil: row.publicityUntil,
    publicityBasis: row.publicityBasis,
  };
}

async function ratingOf(db: Executor, subject: CreditSubject, asOf: string) {
  const stored = await currentRating(db, subject.id);
  if (stored) return { ...ratingDto(stored), stored: true };
  // Never recomputed yet (no fact has changed since the subject appeared): answer the live result.
  const live = await computeRating(db, subject.id, asOf);
  return live
    ? {
        scheme: live.scheme,
        score: live.score,
        grade: live.grade,
        deductions: live.deductions,
        stored: false,
      }
    : null;
}

export type CheckedSubject = Awaited<ReturnType<typeof checkOne>>;

async function checkOne(db: Executor, subject: CreditSubject, asOf: string) {
  const [listings, records] = await Promise.all([
    currentListings(db, [subject.id], asOf),
    recordsInPublicity(db, [subject.id], asOf),
  ]);
  return {
    subject: {
      id: subject.id,
      kind: subject.kind,
      name: subject.name,
      uscc: subject.uscc,
      idNumberMasked: subject.idNumberMasked,
      regionCode: subject.regionCode,
    },
    listed: listings.length > 0,
    listings: listings.map(listingInfo),
    recordsInPublicity: records.map(recordInfo),
    rating: await ratingOf(db, subject, asOf),
    measures: measuresFor({ listings, records }),
  };
}

/**
 * Checks a subject by USCC or exact name (never a substring). A name may denote several subjects
 * (persons of the same name): each is answered. `found` is false when none matches.
 */
export async function checkSubject(db: Executor, subject: string, asOf = beijingToday()) {
  const subjects = await findSubjects(db, subject);
  const checked = [];
  for (const one of subjects) checked.push(await checkOne(db, one, asOf));
  return { found: checked.length > 0, asOf, subjects: checked };
}

/** The check over HTTP: audited, since it reads credit information about named parties. */
export async function checkForActor(context: ServiceContext, subject: string) {
  const result = await checkSubject(context.db, subject);
  await inTransaction(context.db, (tx) =>
    appendAudit(tx, auditContext(context), {
      action: 'credit.check',
      targetType: 'credit_subject',
      targetId: result.subjects[0]?.subject.id ?? null,
      detail: {
        found: result.found,
        count: result.subjects.length,
        listed: result.subjects.some((s) => s.listed),
      },
    }),
  );
  return result;
}
