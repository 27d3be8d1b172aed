/**
 * The upper level's consent in the listing process, as the events record it: who decided (their
 * organization's level decides whether consent is needed and who may give it), which law version
 * applied, and the day consent was given. Kept in the listing's dated events, the one trail of
 * its steps, so the process needs no columns of its own.
 */
import type { RegionLevel } from '@ipp/shared';
import { and, desc, eq } from 'drizzle-orm';
import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { creditListingEvents } from './credit.tables.ts';
import { isHigherLevel, needsUpperApproval } from './listing.approval.ts';
import { LISTING_STEPS, type ListingState } from './listing.rules.ts';
import type { Listing } from './listing.store.ts';

export interface Decider {
  orgId: string | null;
  orgName: string | null;
  level: RegionLevel;
}

/** The deciding organization. A caller without one (the platform itself) counts as national. */
export function deciderOf(actor: Actor): Decider {
  const org = actor.org;
  return org
    ? { orgId: org.id, orgName: org.name, level: org.level }
    : { orgId: null, orgName: actor.name, level: 'national' };
}

/** Where a decision dated `on` lands, and the event payload that records why. */
export function decisionOutcome(context: ServiceContext, on: string) {
  const decider = deciderOf(context.actor);
  const { required, version } = needsUpperApproval(decider.level, on);
  const rule = LISTING_STEPS.decide;
  const state: ListingState = required && rule.toWhenApprovalNeeded ? rule.toWhenApprovalNeeded : rule.to;
  return {
    state,
    payload: {
      decidedBy: decider,
      approval: { required, from: version.from, basis: version.basis, confirmed: version.confirmed },
    },
  };
}

async function lastEvent(db: Executor, listingId: string, kind: string) {
  const [row] = await db
    .select()
    .from(creditListingEvents)
    .where(and(eq(creditListingEvents.listingId, listingId), eq(creditListingEvents.kind, kind)))
    .orderBy(desc(creditListingEvents.id))
    .limit(1);
  return row ?? null;
}

/** Who took the decision now awaiting consent (an old event without the record counts as county). */
export async function pendingDecider(db: Executor, listingId: string): Promise<Decider | null> {
  const event = await lastEvent(db, listingId, 'decide');
  if (!event) return null;
  const decider = event.payload?.['decidedBy'] as Decider | undefined;
  return decider ?? { orgId: null, orgName: event.actorName, level: 'county' };
}

/** Whether the actor may consent to (or send back) the listing's pending decision. */
export async function mayConsent(db: Executor, actor: Actor, listing: Listing): Promise<boolean> {
  if (listing.state !== 'awaiting_approval') return false;
  if (!hasPermission(actor, LISTING_STEPS.approve.permission)) return false;
  if (actor.type === 'system') return true;
  const decider = await pendingDecider(db, listing.id);
  return !!actor.org && !!decider && isHigherLevel(actor.org.level, decider.level);
}

/** Refuses consent from the deciding level itself or any level not above it. */
export async function assertMayConsent(db: Executor, actor: Actor, listing: Listing) {
  if (await mayConsent(db, actor, listing)) return;
  const decider = await pendingDecider(db, listing.id);
  throw new AppError(
    'CREDIT_APPROVAL_NOT_UPPER_LEVEL',
    `列入决定由${decider?.orgName ?? '决定机关'}作出，须由级别高于该机关、辖区覆盖当事人所在地的部门同意或退回`,
  );
}

/** The day the upper level consented, if it did since the last decision: publication is not earlier. */
export async function consentOn(db: Executor, listingId: string): Promise<string | null> {
  const event = await lastEvent(db, listingId, 'approve');
  const on = event?.payload?.['on'];
  return typeof on === 'string' ? on : null;
}
