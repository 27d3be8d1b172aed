import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../org/org.tables.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Credit subjects: enterprises and IP agencies by USCC, persons by the SM3 hash of their identity
 * number (shown only masked). The same parties the registry and the cases name.
 */
export const creditSubjects = pgTable(
  'credit_subjects',
  {
    id: uuid('id').primaryKey(),
    /** enterprise | agency | person */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    uscc: text('uscc'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    regionCode: text('region_code').notNull(),
    orgId: uuid('org_id').references(() => organizations.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('credit_subjects_uscc_uq').on(t.uscc).where(sql`${t.uscc} is not null`),
    uniqueIndex('credit_subjects_id_hash_uq').on(t.idNumberHash).where(sql`${t.idNumberHash} is not null`),
    index('credit_subjects_name_idx').on(t.name),
    index('credit_subjects_region_idx').on(t.regionCode),
  ],
);

/** Credit records: from the platform's final decisions (source_ref makes them idempotent) or manual. */
export const creditRecords = pgTable(
  'credit_records',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => creditSubjects.id),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    /** automatic | manual */
    source: text('source').notNull(),
    /** For automatic records: what produced it, e.g. case:<id>:penalty. */
    sourceRef: text('source_ref'),
    legalBasis: text('legal_basis').notNull(),
    summary: text('summary').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    publicityFrom: date('publicity_from', { mode: 'string' }).notNull(),
    publicityUntil: date('publicity_until', { mode: 'string' }).notNull(),
    publicityBasis: text('publicity_basis').notNull(),
    regionCode: text('region_code').notNull(),
    orgId: uuid('org_id').references(() => organizations.id),
    documents: jsonb('documents').$type<{ name: string; reference: string }[]>().notNull(),
    /** active | repaired | revoked */
    status: text('status').notNull(),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('credit_records_source_uq').on(t.sourceRef).where(sql`${t.sourceRef} is not null`),
    index('credit_records_subject_idx').on(t.subjectId),
    index('credit_records_region_idx').on(t.regionCode),
  ],
);

/** The serious-dishonesty list (严重违法失信名单): one row per listing, moved through due process. */
export const creditListings = pgTable(
  'credit_listings',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => creditSubjects.id),
    /** proposed | notified | decided | published | removed | withdrawn */
    state: text('state').notNull(),
    reason: text('reason').notNull(),
    legalBasis: text('legal_basis').notNull(),
    recordIds: uuid('record_ids').array().notNull(),
    regionCode: text('region_code').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    notifiedOn: date('notified_on', { mode: 'string' }),
    statementDueOn: date('statement_due_on', { mode: 'string' }),
    statement: text('statement'),
    decidedOn: date('decided_on', { mode: 'string' }),
    publishedOn: date('published_on', { mode: 'string' }),
    publishUntil: date('publish_until', { mode: 'string' }),
    removedOn: date('removed_on', { mode: 'string' }),
    /** repair | expiry | objection | withdrawn */
    removalReason: text('removal_reason'),
    version: integer('version').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('credit_listings_subject_idx').on(t.subjectId),
    index('credit_listings_state_idx').on(t.state),
  ],
);

/** Every dated step of a listing, for its history and the public change feed. */
export const creditListingEvents = pgTable(
  'credit_listing_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => creditListings.id),
    at: at('at').notNull(),
    kind: text('kind').notNull(),
    actorName: text('actor_name'),
    summary: text('summary').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
  },
  (t) => [index('credit_listing_events_listing_idx').on(t.listingId)],
);

/**
 * Objections (异议) to a listing or to a single record. One table for both rather than a second
 * one: the two share their life (submitted, answered within a declared period, upheld or
 * dismissed) and the pages list them together; the check makes each name exactly one target, so
 * an objection is never about both or neither.
 */
export const creditObjections = pgTable(
  'credit_objections',
  {
    id: uuid('id').primaryKey(),
    listingId: uuid('listing_id').references(() => creditListings.id),
    recordId: uuid('record_id').references(() => creditRecords.id),
    content: text('content').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: at('submitted_at').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** open | upheld | dismissed */
    status: text('status').notNull(),
    answer: text('answer'),
    answeredAt: at('answered_at'),
    /** Who answered and on which day (the day counted against due_on). */
    answeredBy: text('answered_by'),
    answeredOn: date('answered_on', { mode: 'string' }),
    /** Record objections upheld: revoke | correct (a listing objection upheld always removes). */
    resolution: text('resolution'),
    /** A corrected record's fields before and after, as the subject was told. */
    correction: jsonb('correction').$type<{
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }>(),
  },
  (t) => [
    check('credit_objections_one_target_ck', sql`num_nonnulls(${t.listingId}, ${t.recordId}) = 1`),
    index('credit_objections_listing_idx').on(t.listingId),
    index('credit_objections_record_idx').on(t.recordId),
  ],
);

/** Credit repair (信用修复) applications with their working-day deadlines and history. */
export const creditRepairs = pgTable(
  'credit_repairs',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => creditSubjects.id),
    listingId: uuid('listing_id').references(() => creditListings.id),
    recordId: uuid('record_id').references(() => creditRecords.id),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    commitments: text('commitments').notNull(),
    proof: jsonb('proof').$type<{ name: string; reference: string }[]>().notNull(),
    feedbackDueOn: date('feedback_due_on', { mode: 'string' }).notNull(),
    decisionDueOn: date('decision_due_on', { mode: 'string' }).notNull(),
    /** applied | accepted_for_review | approved | rejected */
    state: text('state').notNull(),
    feedback: text('feedback'),
    decidedOn: date('decided_on', { mode: 'string' }),
    reason: text('reason'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('credit_repairs_subject_idx').on(t.subjectId)],
);

/** Ratings (agencies A+…D; enterprises' grade), recomputed on change; history kept. */
export const creditRatings = pgTable(
  'credit_ratings',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => creditSubjects.id),
    scheme: text('scheme').notNull(),
    score: integer('score').notNull(),
    grade: text('grade').notNull(),
    deductions: jsonb('deductions')
      .$type<{ rule: string; points: number; explain: string; recordId: string | null }[]>()
      .notNull(),
    trigger: text('trigger').notNull(),
    current: boolean('current').notNull(),
    computedAt: at('computed_at').notNull(),
  },
  (t) => [index('credit_ratings_subject_idx').on(t.subjectId, t.current)],
);

/** Credit commitments (信用承诺): their text and whether they were honoured. */
export const creditCommitments = pgTable('credit_commitments', {
  id: uuid('id').primaryKey(),
  subjectId: uuid('subject_id')
    .notNull()
    .references(() => creditSubjects.id),
  context: text('context').notNull(),
  text: text('text').notNull(),
  madeOn: date('made_on', { mode: 'string' }).notNull(),
  /** null until checked */
  honoured: boolean('honoured'),
  checkedOn: date('checked_on', { mode: 'string' }),
  note: text('note'),
  createdAt: at('created_at').notNull(),
});
