/**
 * What every listing change shares: finding a listing within the caller's jurisdiction (out of
 * scope is simply not found), the version check, the dated event and the audit record, and removal
 * — which three different processes (sweep, repair, objection) reach.
 */

import { and, eq, inArray } from 'drizzle-orm';
import { isRegionInScope, type JurisdictionScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { beijingToday } from '../calendar/index.ts';
import { creditListingEvents, creditListings, creditRecords } from './credit.tables.ts';
import { type ListingState, REMOVALS, type RemovalReason } from './listing.rules.ts';
import { afterListingChanged } from './records.changes.ts';

export type Listing = typeof creditListings.$inferSelect;

export async function findListing(
  db: Executor,
  scope: JurisdictionScope,
  id: string,
  lock = false,
): Promise<Listing> {
  const query = db.select().from(creditListings).where(eq(creditListings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !isRegionInScope(scope, row.regionCode)) throw new AppError('CREDIT_LISTING_NOT_FOUND');
  return row;
}

export function checkVersion(listing: Listing, version: number | undefined) {
  if (version !== undefined && version !== listing.version) {
    throw new AppError('CREDIT_VERSION_CONFLICT', `当前版本为 ${listing.version}，请刷新后重试`);
  }
}

/** The date of an act: today unless given, never in the future, never before the last step. */
export function actDate(listing: Listing | null, on: string | undefined, today = beijingToday()): string {
  const day = on ?? today;
  if (day > today) throw stepError('on', `日期 ${day} 晚于今天 ${today}`);
  const last = listing ? lastDate(listing) : null;
  if (last && day < last) throw stepError('on', `日期 ${day} 早于上一步骤日期 ${last}`);
  return day;
}

function lastDate(listing: Listing): string {
  return [listing.proposedOn, listing.notifiedOn, listing.decidedOn, listing.publishedOn]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) as string;
}

export function stepError(
  path: string,
  message: string,
  code: 'CREDIT_LISTING_STEP_NOT_ALLOWED' = 'CREDIT_LISTING_STEP_NOT_ALLOWED',
) {
  return new AppError(code, message, [{ path, message }]);
}

/** Saves the change under the version it was read with, then dates it in the event trail and the audit chain. */
export async function saveStep(
  tx: Tx,
  context: ServiceContext,
  listing: Listing,
  change: Partial<Listing>,
  event: { kind: string; summary: string; payload?: Record<string, unknown> },
): Promise<Listing> {
  const [saved] = await tx
    .update(creditListings)
    .set({ ...change, version: listing.version + 1, updatedAt: new Date() })
    .where(and(eq(creditListings.id, listing.id), eq(creditListings.version, listing.version)))
    .returning();
  if (!saved) throw new AppError('CREDIT_VERSION_CONFLICT');
  await recordEvent(tx, context, saved, event);
  return saved;
}

export async function recordEvent(
  tx: Tx,
  context: ServiceContext,
  listing: Listing,
  event: { kind: string; summary: string; payload?: Record<string, unknown> },
) {
  await tx.insert(creditListingEvents).values({
    listingId: listing.id,
    at: new Date(),
    kind: event.kind,
    actorName: context.actor.name,
    summary: event.summary,
    payload: event.payload ?? null,
  });
  await appendAudit(tx, auditContext(context), {
    action: `credit.listing.${event.kind}`,
    targetType: 'credit_listing',
    targetId: listing.id,
    regionCode: listing.regionCode,
    detail: { state: listing.state, version: listing.version, ...event.payload },
  });
}

/** Takes a listing off the list for one of the declared reasons; the caller has locked the row. */
export async function removeListing(
  tx: Tx,
  context: ServiceContext,
  listing: Listing,
  reason: Exclude<RemovalReason, 'withdrawn'>,
  on: string,
  note: string,
): Promise<Listing> {
  const rule = REMOVALS[reason];
  if (!rule.from.includes(listing.state as ListingState)) {
    throw stepError('state', `名单状态为 ${listing.state}，不能因“${rule.explain}”移出`);
  }
  const removed = await saveStep(
    tx,
    context,
    listing,
    { state: 'removed', removedOn: on, removalReason: reason },
    { kind: `removed.${reason}`, summary: `${rule.explain}：${note}`, payload: { on, reason } },
  );
  // Off the list, the listing no longer counts in the subject's rating.
  await afterListingChanged(tx, listing.subjectId, `listing:${listing.id}`);
  return removed;
}

/** Marks the given records repaired (credit repair approved). */
export async function markRecordsRepaired(tx: Tx, recordIds: string[]) {
  if (recordIds.length === 0) return;
  await tx
    .update(creditRecords)
    .set({ status: 'repaired' })
    .where(and(inArray(creditRecords.id, recordIds), eq(creditRecords.status, 'active')));
}

export function listingEvents(db: Executor, listingId: string) {
  return db
    .select()
    .from(creditListingEvents)
    .where(eq(creditListingEvents.listingId, listingId))
    .orderBy(creditListingEvents.id);
}
