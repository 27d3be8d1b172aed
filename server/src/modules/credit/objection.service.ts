/**
 * Objections (异议) to a listing: submitted by an officer on the subject's behalf or by the
 * subject's own enterprise user, answered within the declared working-day period; an upheld
 * objection takes the listing off the list.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, assertPermission, hasPermission } from '../../platform/access/actor.ts';
import { isRegionInScope, regionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { loadWorkingCalendar } from '../calendar/index.ts';
import { organizations } from '../org/org.tables.ts';
import { creditListings, creditObjections, creditSubjects } from './credit.tables.ts';
import { OBJECTION_STATES, PERIODS } from './listing.rules.ts';
import { actDate, type Listing, recordEvent, removeListing, stepError } from './listing.store.ts';

export type Objection = typeof creditObjections.$inferSelect;

/** An enterprise user speaks for the subject whose USCC their organization carries. */
export async function actsForSubject(db: Executor, actor: Actor, subjectId: string): Promise<boolean> {
  if (actor.type !== 'user' || !actor.org) return false;
  const [row] = await db
    .select({ subjectId: creditSubjects.id })
    .from(organizations)
    .innerJoin(creditSubjects, eq(creditSubjects.uscc, organizations.uscc))
    .where(and(eq(organizations.id, actor.org.id), eq(creditSubjects.id, subjectId)));
  return !!row;
}

/** The listing as the caller may see it: in an officer's scope, or the enterprise user's own. */
async function visibleListing(context: ServiceContext, listingId: string, lock = false): Promise<Listing> {
  const query = context.db.select().from(creditListings).where(eq(creditListings.id, listingId));
  const [listing] = lock ? await query.for('update') : await query;
  if (!listing) throw new AppError('CREDIT_LISTING_NOT_FOUND');
  const officer =
    hasPermission(context.actor, 'credit.listing.write') &&
    isRegionInScope(context.actor.scope, listing.regionCode);
  if (officer || (await actsForSubject(context.db, context.actor, listing.subjectId))) return listing;
  throw new AppError('CREDIT_LISTING_NOT_FOUND');
}

export async function submitObjection(
  context: ServiceContext,
  input: { listingId: string; content: string; on?: string },
): Promise<Objection> {
  if (context.actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  return inTransaction(context.db, async (tx) => {
    const listing = await visibleListing({ ...context, db: tx }, input.listingId, true);
    if (!OBJECTION_STATES.includes(listing.state as (typeof OBJECTION_STATES)[number])) {
      throw stepError('listingId', `名单状态为 ${listing.state}，不能提出异议`);
    }
    const submittedOn = actDate(null, input.on);
    const calendar = await loadWorkingCalendar(tx);
    const objection: Objection = {
      id: randomUUID(),
      listingId: listing.id,
      recordId: null,
      content: input.content,
      submittedBy: context.actor.name,
      submittedAt: new Date(`${submittedOn}T09:00:00+08:00`),
      dueOn: calendar.addWorkingDays(submittedOn, PERIODS.objectionAnswer.amount).due,
      status: 'open',
      answer: null,
      answeredAt: null,
      answeredBy: null,
      answeredOn: null,
      resolution: null,
      correction: null,
    };
    await tx.insert(creditObjections).values(objection);
    await recordEvent(tx, context, listing, {
      kind: 'objection.submitted',
      summary: `提出异议，应于 ${objection.dueOn} 前答复（${PERIODS.objectionAnswer.explain}）`,
      payload: { objectionId: objection.id, dueOn: objection.dueOn },
    });
    return objection;
  });
}

export async function answerObjection(
  context: ServiceContext,
  id: string,
  input: { upheld: boolean; answer: string; on?: string },
): Promise<Objection> {
  assertPermission(context.actor, 'credit.listing.write');
  return inTransaction(context.db, async (tx) => {
    const [objection] = await tx
      .select()
      .from(creditObjections)
      .where(eq(creditObjections.id, id))
      .for('update');
    if (!objection?.listingId) throw new AppError('CREDIT_OBJECTION_NOT_FOUND');
    const txContext = { ...context, db: tx };
    const listing = await visibleListing(txContext, objection.listingId, true).catch(() => {
      throw new AppError('CREDIT_OBJECTION_NOT_FOUND');
    });
    if (objection.status !== 'open') throw stepError('status', '该异议已答复');
    const on = actDate(listing, input.on);
    const status = input.upheld ? 'upheld' : 'dismissed';
    const [saved] = await tx
      .update(creditObjections)
      .set({
        status,
        answer: input.answer,
        answeredAt: new Date(),
        answeredBy: context.actor.name,
        answeredOn: on,
      })
      .where(eq(creditObjections.id, id))
      .returning();
    await appendAudit(tx, auditContext(context), {
      action: `credit.objection.${status}`,
      targetType: 'credit_objection',
      targetId: id,
      regionCode: listing.regionCode,
      detail: { listingId: listing.id, onTime: on <= objection.dueOn },
    });
    if (input.upheld) await removeListing(tx, context, listing, 'objection', on, input.answer);
    else
      await recordEvent(tx, context, listing, {
        kind: 'objection.dismissed',
        summary: `异议不成立：${input.answer}`,
        payload: { objectionId: id },
      });
    return saved as Objection;
  });
}

export async function listObjections(
  context: ServiceContext,
  query: { status?: string; listingId?: string },
) {
  assertPermission(context.actor, 'credit.record.read');
  const conditions = [regionInScope(context.actor.scope, creditListings.regionCode)];
  if (query.status) conditions.push(eq(creditObjections.status, query.status));
  if (query.listingId) conditions.push(eq(creditObjections.listingId, query.listingId));
  const rows = await context.db
    .select({ objection: creditObjections, listing: creditListings, subject: creditSubjects })
    .from(creditObjections)
    .innerJoin(creditListings, eq(creditListings.id, creditObjections.listingId))
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditListings.subjectId))
    .where(and(...conditions))
    .orderBy(desc(creditObjections.submittedAt))
    .limit(200);
  return {
    items: rows.map(({ objection, listing, subject }) => ({
      ...objectionDto(objection),
      listingState: listing.state,
      subject: { id: subject.id, name: subject.name, uscc: subject.uscc },
    })),
  };
}

export function objectionDto(o: Objection) {
  return { ...o, submittedAt: o.submittedAt.toISOString(), answeredAt: o.answeredAt?.toISOString() ?? null };
}

export async function objectionsOfListings(db: Executor, listingIds: string[]) {
  if (!listingIds.length) return [];
  return db.select().from(creditObjections).where(inArray(creditObjections.listingId, listingIds));
}
