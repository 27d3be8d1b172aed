/**
 * Public credit information, answered without login: only what is public by law — the current
 * serious-dishonesty list and the records in their publicity period — and persons only in
 * 某某 form, never with an identity number. Ratings of enterprises (信用风险分类) are for the
 * authorities' own supervision and are not shown; an agency's grade is (A+…D), without the
 * deductions, whose detail may concern non-public facts such as commitments.
 */
import { and, asc, eq, gt, gte, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { beijingToday } from '../calendar/index.ts';
import { organizations } from '../org/org.tables.ts';
import { checkSubject, listingInfo } from './check.service.ts';
import { creditListingEvents, creditListings, creditSubjects } from './credit.tables.ts';
import { publicSubject } from './subjects.ts';

type Checked = Awaited<ReturnType<typeof checkSubject>>['subjects'][number];

function publicRecord(record: Checked['recordsInPublicity'][number], isPerson: boolean) {
  const { id: _id, summary, ...rest } = record;
  // A summary is an officer's free text: for a person it may name them, so it is left out.
  return { ...rest, summary: isPerson ? null : summary };
}

function publicOne(checked: Checked) {
  const isPerson = checked.subject.kind === 'person';
  const { subject } = checked;
  return {
    // publicSubject reads only kind, name, USCC and region; the rest of the row is not needed.
    subject: publicSubject({ ...subject, idNumberHash: null, orgId: null, createdAt: new Date(0) }),
    listed: checked.listed,
    listings: checked.listings.map(({ id: _id, ...rest }) => rest),
    recordsInPublicity: checked.recordsInPublicity.map((r) => publicRecord(r, isPerson)),
    rating:
      subject.kind === 'agency' && checked.rating
        ? { scheme: checked.rating.scheme, grade: checked.rating.grade }
        : null,
    measures: checked.measures.map(({ measure, rule, basis, confirmed }) => ({
      measure,
      rule,
      basis,
      confirmed,
    })),
  };
}

export async function publicLookup(db: Executor, subject: string) {
  const result = await checkSubject(db, subject);
  return { found: result.found, asOf: result.asOf, subjects: result.subjects.map(publicOne) };
}

const listColumns = {
  listing: creditListings,
  subject: creditSubjects,
  orgName: organizations.name,
};

/** The serious-dishonesty list as it stands today: published and within the publication period. */
export async function publicList(db: Executor, asOf = beijingToday()) {
  const rows = await db
    .select(listColumns)
    .from(creditListings)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditListings.subjectId))
    .innerJoin(organizations, eq(organizations.id, creditListings.orgId))
    .where(and(eq(creditListings.state, 'published'), gte(creditListings.publishUntil, asOf)))
    .orderBy(asc(creditListings.publishedOn), asc(creditSubjects.name));
  return {
    asOf,
    items: rows.map(({ listing, subject, orgName }) => ({
      ...listingInfo(listing),
      subject: publicSubject(subject),
      decidedBy: orgName,
    })),
  };
}

export const FEED_KINDS = ['published', 'removed'] as const;
const FEED_LIMIT = 1000;

/**
 * The list's changes since a moment, oldest first: each publication and each removal. A client
 * keeps the `at` of the last item and asks again with it; `more` says the page was full.
 */
export async function publicChanges(db: Executor, since: Date) {
  const rows = await db
    .select({ event: creditListingEvents, listing: creditListings, subject: creditSubjects })
    .from(creditListingEvents)
    .innerJoin(creditListings, eq(creditListings.id, creditListingEvents.listingId))
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditListings.subjectId))
    .where(and(inArray(creditListingEvents.kind, [...FEED_KINDS]), gt(creditListingEvents.at, since)))
    .orderBy(asc(creditListingEvents.at), asc(creditListingEvents.id))
    .limit(FEED_LIMIT);
  return {
    since: since.toISOString(),
    more: rows.length === FEED_LIMIT,
    items: rows.map(({ event, listing, subject }) => ({
      id: event.id,
      at: event.at.toISOString(),
      kind: event.kind,
      listingId: listing.id,
      subject: publicSubject(subject),
      reason: listing.reason,
      legalBasis: listing.legalBasis,
      publishedOn: listing.publishedOn,
      publishUntil: listing.publishUntil,
      removedOn: event.kind === 'removed' ? listing.removedOn : null,
      removalReason: event.kind === 'removed' ? listing.removalReason : null,
    })),
  };
}

const KIND_LABELS: Record<string, string> = { enterprise: '企业', agency: '代理机构', person: '自然人' };

export const LIST_CSV_COLUMNS = [
  '主体名称',
  '统一社会信用代码',
  '主体类型',
  '列入原因',
  '法律依据',
  '作出决定部门',
  '决定日期',
  '公示日期',
  '公示截止日期',
  '行政区划代码',
] as const;

export async function publicListRows(db: Executor): Promise<string[][]> {
  const { items } = await publicList(db);
  return items.map((item) => [
    item.subject.name,
    item.subject.uscc ?? '',
    KIND_LABELS[item.subject.kind] ?? item.subject.kind,
    item.reason,
    item.legalBasis,
    item.decidedBy,
    item.decidedOn ?? '',
    item.publishedOn ?? '',
    item.publishUntil ?? '',
    item.subject.regionCode,
  ]);
}
