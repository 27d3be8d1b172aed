/**
 * The enterprise's own view of its credit (我的信用): the subject whose USCC the caller's own
 * organization carries — its records with their publicity periods, its listings from notice on,
 * the objections to them and its repair applications, each with its state and deadline, and what
 * the subject may do next (object, apply for repair) through the existing routes.
 *
 * The caller is always the subject, never a searcher: no query names a subject, so no caller can
 * see another's credit here. An officer's administration carries no USCC as a credit subject, so it
 * gets an empty answer rather than a refusal — the same rule for everyone, nothing to explain.
 */
import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { addMonthsClamped, beijingToday } from '../calendar/index.ts';
import { organizations } from '../org/org.tables.ts';
import {
  creditListings,
  creditObjections,
  creditRecords,
  creditRepairs,
  creditSubjects,
} from './credit.tables.ts';
import { LISTING_STEPS, type ListingState, OBJECTION_STATES, PERIODS } from './listing.rules.ts';

const PENDING_REPAIR = ['applied', 'accepted_for_review'];

/** The caller's own organization and the credit subject with its USCC, if there is one. */
async function ownSubject(db: Executor, orgId: string) {
  const [row] = await db
    .select({ org: organizations, subject: creditSubjects })
    .from(organizations)
    .leftJoin(creditSubjects, eq(creditSubjects.uscc, organizations.uscc))
    .where(eq(organizations.id, orgId));
  return row ?? null;
}

export async function myCredit(context: ServiceContext, today = beijingToday()) {
  const actor = context.actor;
  if (actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  const own = actor.org ? await ownSubject(context.db, actor.org.id) : null;
  const organization = own ? { id: own.org.id, name: own.org.name, uscc: own.org.uscc } : null;
  const subject = own?.org.uscc ? own.subject : null;
  if (!subject) return { asOf: today, organization, subject: null, ...EMPTY, periods: periods() };
  const [records, listings, repairs] = await Promise.all([
    context.db
      .select()
      .from(creditRecords)
      .where(eq(creditRecords.subjectId, subject.id))
      .orderBy(desc(creditRecords.decidedOn)),
    // Before notice a proposal is the office's internal deliberation; the subject learns of it by the notice.
    context.db
      .select()
      .from(creditListings)
      .where(and(eq(creditListings.subjectId, subject.id), isNotNull(creditListings.notifiedOn)))
      .orderBy(desc(creditListings.proposedOn)),
    context.db
      .select()
      .from(creditRepairs)
      .where(eq(creditRepairs.subjectId, subject.id))
      .orderBy(desc(creditRepairs.appliedOn)),
  ]);
  const objections = await objectionsOf(
    context.db,
    listings.map((l) => l.id),
    records.map((r) => r.id),
  );
  const pendingRepair = repairs.some((r) => PENDING_REPAIR.includes(r.state));
  return {
    asOf: today,
    organization,
    subject: {
      id: subject.id,
      kind: subject.kind,
      name: subject.name,
      uscc: subject.uscc,
      regionCode: subject.regionCode,
    },
    records: records.map((r) => ({
      id: r.id,
      category: r.category,
      severity: r.severity,
      summary: r.summary,
      legalBasis: r.legalBasis,
      decidedOn: r.decidedOn,
      publicityFrom: r.publicityFrom,
      publicityUntil: r.publicityUntil,
      inPublicity: r.status === 'active' && r.publicityFrom <= today && today <= r.publicityUntil,
      status: r.status,
      mayApplyForRepair: r.status === 'active' && !pendingRepair,
    })),
    listings: listings.map((l) => listingView(l, today, pendingRepair)),
    objections: objections.map((o) => ({
      ...o,
      submittedAt: o.submittedAt.toISOString(),
      answeredAt: o.answeredAt?.toISOString() ?? null,
      overdue: o.status === 'open' && today > o.dueOn,
    })),
    repairs: repairs.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      overdue: PENDING_REPAIR.includes(r.state) && today > r.decisionDueOn,
    })),
    periods: periods(),
  };
}

const EMPTY = { records: [], listings: [], objections: [], repairs: [] } as const;

function periods() {
  return {
    statement: PERIODS.statement,
    publication: PERIODS.publication,
    earlyRemoval: PERIODS.earlyRemoval,
    objectionAnswer: PERIODS.objectionAnswer,
    repairFeedback: PERIODS.repairFeedback,
    repairDecision: PERIODS.repairDecision,
  };
}

/** A listing as its subject sees it: the dates that bind, and whether it may object or apply now. */
function listingView(l: typeof creditListings.$inferSelect, today: string, pendingRepair: boolean) {
  const state = l.state as ListingState;
  const repairFrom = l.publishedOn ? addMonthsClamped(l.publishedOn, PERIODS.earlyRemoval.amount) : null;
  return {
    id: l.id,
    state,
    reason: l.reason,
    legalBasis: l.legalBasis,
    notifiedOn: l.notifiedOn,
    statementDueOn: l.statementDueOn,
    decidedOn: l.decidedOn,
    publishedOn: l.publishedOn,
    publishUntil: l.publishUntil,
    removedOn: l.removedOn,
    removalReason: l.removalReason,
    /** The day the subject may apply for early removal (a year on the list). */
    repairFrom,
    mayObject: OBJECTION_STATES.includes(state),
    mayApplyForRepair: state === 'published' && !!repairFrom && today >= repairFrom && !pendingRepair,
    awaitingUpperApproval: state === LISTING_STEPS.decide.toWhenApprovalNeeded,
  };
}

async function objectionsOf(db: Executor, listingIds: string[], recordIds: string[]) {
  const targets = [
    ...(listingIds.length ? [inArray(creditObjections.listingId, listingIds)] : []),
    ...(recordIds.length ? [inArray(creditObjections.recordId, recordIds)] : []),
  ];
  if (!targets.length) return [];
  return db
    .select()
    .from(creditObjections)
    .where(or(...targets))
    .orderBy(desc(creditObjections.submittedAt));
}
