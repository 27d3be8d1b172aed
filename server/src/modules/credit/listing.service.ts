/**
 * The listing process: an officer proposes a subject for the serious-dishonesty list on its serious
 * records, serves notice, hears the statement, decides and publishes; or withdraws before that.
 * The steps, their states and periods are the table in listing.rules.ts; this file applies it.
 */

import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { isRegionInScope, regionInScope } from '../../platform/access/scope.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { addMonthsClamped, loadWorkingCalendar } from '../calendar/index.ts';
import { creditListings, creditRecords, creditSubjects } from './credit.tables.ts';
import {
  assertMayConsent,
  consentOn,
  decisionOutcome,
  mayConsent,
  pendingDecider,
} from './listing.consent.ts';
import {
  LISTING_STEPS,
  type ListingState,
  type ListingStep,
  OPEN_STATES,
  PERIODS,
  PROPOSE_RULE,
} from './listing.rules.ts';
import {
  actDate,
  checkVersion,
  findListing,
  type Listing,
  listingEvents,
  recordEvent,
  saveStep,
  stepError,
} from './listing.store.ts';
import { afterListingChanged } from './records.changes.ts';

export interface ProposeInput {
  subjectId: string;
  reason: string;
  legalBasis: string;
  recordIds: string[];
  on?: string;
}

export async function proposeListing(context: ServiceContext, input: ProposeInput): Promise<Listing> {
  assertPermission(context.actor, 'credit.listing.write');
  const org = context.actor.org;
  if (!org) throw new AppError('PLATFORM_FORBIDDEN', '只有行政机关可以提出列入');
  return inTransaction(context.db, async (tx) => {
    const [subject] = await tx.select().from(creditSubjects).where(eq(creditSubjects.id, input.subjectId));
    if (!subject || !isRegionInScope(context.actor.scope, subject.regionCode)) {
      throw new AppError('CREDIT_SUBJECT_NOT_FOUND', '当事人不存在或不在本机关辖区内');
    }
    await assertSeriousRecords(tx, subject.id, input.recordIds);
    const open = await tx
      .select({ id: creditListings.id })
      .from(creditListings)
      .where(and(eq(creditListings.subjectId, subject.id), inArray(creditListings.state, [...OPEN_STATES])));
    if (open.length > 0) throw stepError('subjectId', '该当事人已有办理中或公示中的列入程序');
    const now = new Date();
    const listing: Listing = {
      id: randomUUID(),
      subjectId: subject.id,
      state: 'proposed',
      reason: input.reason,
      legalBasis: input.legalBasis,
      recordIds: [...new Set(input.recordIds)],
      regionCode: subject.regionCode,
      orgId: org.id,
      proposedOn: actDate(null, input.on),
      notifiedOn: null,
      statementDueOn: null,
      statement: null,
      decidedOn: null,
      publishedOn: null,
      publishUntil: null,
      removedOn: null,
      removalReason: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(creditListings).values(listing);
    await recordEvent(tx, context, listing, {
      kind: 'proposed',
      summary: `拟列入：${input.reason}`,
      payload: { on: listing.proposedOn, recordIds: listing.recordIds, legalBasis: input.legalBasis },
    });
    return listing;
  });
}

async function assertSeriousRecords(tx: Tx, subjectId: string, ids: string[]) {
  const rows = ids.length ? await tx.select().from(creditRecords).where(inArray(creditRecords.id, ids)) : [];
  const foreign = ids.filter((id) => !rows.some((r) => r.id === id && r.subjectId === subjectId));
  if (foreign.length > 0) {
    throw new AppError('CREDIT_RECORD_NOT_FOUND', `记录不属于该当事人：${foreign.join('、')}`);
  }
  if (!rows.some((r) => r.status === 'active' && r.severity === 'serious')) {
    throw stepError('recordIds', `${PROPOSE_RULE.explain}（${PROPOSE_RULE.legalBasis}）`);
  }
}

export interface StepInput {
  version: number;
  on?: string;
  statement?: string;
  opinion?: string;
  reason?: string;
}

export async function applyListingStep(
  context: ServiceContext,
  id: string,
  step: ListingStep,
  input: StepInput,
): Promise<Listing> {
  const rule = LISTING_STEPS[step];
  assertPermission(context.actor, rule.permission);
  for (const field of rule.required) {
    if (!input[field]?.trim()) throw stepError(field, `“${rule.label}”须填写 ${field}`);
  }
  return inTransaction(context.db, async (tx) => {
    const listing = await findListing(tx, context.actor.scope, id, true);
    checkVersion(listing, input.version);
    if (!rule.from.includes(listing.state as ListingState)) {
      throw stepError('state', `当前状态 ${listing.state} 不能“${rule.label}”`);
    }
    if (rule.jurisdiction === 'upper_level') await assertMayConsent(tx, context.actor, listing);
    const on = actDate(listing, input.on);
    if (step === 'publish') await assertNotBeforeConsent(tx, listing, on);
    const { change, payload } = await stepChange({ ...context, db: tx }, listing, step, on, input);
    const saved = await saveStep(tx, context, listing, change, {
      kind: step,
      summary: `${rule.label}：${input.opinion ?? input.statement ?? input.reason ?? rule.explain}`,
      payload: { on, ...pickText(input), ...payload },
    });
    // A published listing is a rated fact (rating.rules.ts): the grade follows it at once.
    if (step === 'publish') await afterListingChanged(tx, listing.subjectId, `listing:${listing.id}`);
    return saved;
  });
}

async function assertNotBeforeConsent(tx: Tx, listing: Listing, on: string) {
  const consented = await consentOn(tx, listing.id);
  if (consented && on < consented) throw stepError('on', `日期 ${on} 早于上级同意日期 ${consented}`);
}

function pickText(input: StepInput) {
  const { statement, opinion, reason } = input;
  return Object.fromEntries(Object.entries({ statement, opinion, reason }).filter(([, v]) => v));
}

type Change = { change: Partial<Listing>; payload?: Record<string, unknown> };

async function stepChange(
  context: ServiceContext,
  listing: Listing,
  step: ListingStep,
  on: string,
  input: StepInput,
): Promise<Change> {
  const to = LISTING_STEPS[step].to;
  switch (step) {
    case 'notify': {
      const calendar = await loadWorkingCalendar(context.db);
      const statementDueOn = calendar.addWorkingDays(on, PERIODS.statement.amount).due;
      return { change: { state: to, notifiedOn: on, statementDueOn } };
    }
    case 'statement':
      return { change: { statement: input.statement ?? null } };
    case 'decide': {
      assertStatementPeriodOver(listing, on);
      const outcome = decisionOutcome(context, on);
      return { change: { state: outcome.state, decidedOn: on }, payload: outcome.payload };
    }
    case 'approve':
      return { change: { state: to } };
    case 'send_back':
      // The decision did not stand: it is no longer dated, and the office may decide again.
      return { change: { state: to, decidedOn: null } };
    case 'publish': {
      const publishUntil = addMonthsClamped(on, PERIODS.publication.amount);
      return { change: { state: to, publishedOn: on, publishUntil } };
    }
    case 'withdraw':
      return { change: { state: to, removedOn: on, removalReason: 'withdrawn' } };
  }
}

/** Decision waits for the statement or for the end of its period (the due day itself still belongs to the party). */
function assertStatementPeriodOver(listing: Listing, on: string) {
  if (listing.statement) return;
  if (!listing.statementDueOn || on <= listing.statementDueOn) {
    throw new AppError(
      'CREDIT_STATEMENT_PERIOD_OPEN',
      `陈述申辩期至 ${listing.statementDueOn} 届满，届满前且未收到陈述申辩的，不得作出列入决定（${PERIODS.statement.explain}）`,
    );
  }
}

export interface ListingQuery {
  state?: string;
  subjectId?: string;
  page?: number;
  pageSize?: number;
}

export async function listListings(context: ServiceContext, query: ListingQuery) {
  assertPermission(context.actor, 'credit.record.read');
  const conditions: SQL[] = [regionInScope(context.actor.scope, creditListings.regionCode)];
  if (query.state) conditions.push(eq(creditListings.state, query.state));
  if (query.subjectId) conditions.push(eq(creditListings.subjectId, query.subjectId));
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const rows = await context.db
    .select({ listing: creditListings, subject: creditSubjects })
    .from(creditListings)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditListings.subjectId))
    .where(and(...conditions))
    .orderBy(desc(creditListings.updatedAt))
    .limit(pageSize)
    .offset(((query.page ?? 1) - 1) * pageSize);
  return {
    items: rows.map(({ listing, subject }) => ({ ...listingDto(listing), subject: subjectDto(subject) })),
  };
}

export async function getListing(context: ServiceContext, id: string) {
  assertPermission(context.actor, 'credit.record.read');
  const listing = await findListing(context.db, context.actor.scope, id);
  const [subject] = await context.db
    .select()
    .from(creditSubjects)
    .where(eq(creditSubjects.id, listing.subjectId));
  const records = await context.db
    .select()
    .from(creditRecords)
    .where(inArray(creditRecords.id, listing.recordIds));
  const events = await listingEvents(context.db, id);
  const consent = await mayConsent(context.db, context.actor, listing);
  const open = Object.values(LISTING_STEPS).filter((s) => s.from.includes(listing.state as ListingState));
  return {
    ...listingDto(listing),
    subject: subject ? subjectDto(subject) : null,
    records: records.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    // The consent steps are offered only to those who may give consent.
    steps: open.filter((s) => s.jurisdiction !== 'upper_level' || consent),
    approval:
      listing.state === 'awaiting_approval'
        ? { decidedBy: await pendingDecider(context.db, id), mayApprove: consent }
        : null,
    periods: PERIODS,
  };
}

export function listingDto(listing: Listing) {
  return {
    ...listing,
    createdAt: listing.createdAt.toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
  };
}

function subjectDto(subject: typeof creditSubjects.$inferSelect) {
  const { id, kind, name, uscc, idNumberMasked, regionCode } = subject;
  return { id, kind, name, uscc, idNumberMasked, regionCode };
}
