import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../iam/iam.tables.ts';
import { organizations } from '../org/org.tables.ts';
import { regions } from '../region/region.tables.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One table for every case type. The type's rules (states, transitions, deadlines) live in code;
 * a case row holds where it is: its state, procedure, the region and organization handling it, and
 * a version for optimistic locking. Type-specific facts are in `facts`, validated by the rules.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseType: text('case_type').notNull(),
    /** The authority's case number, given when the case is filed or accepted. */
    caseNumber: text('case_number'),
    title: text('title').notNull(),
    state: text('state').notNull(),
    /** The procedure chosen by triage (ordinary, simple, green_channel, …), with its reason. */
    procedure: text('procedure'),
    procedureReason: text('procedure_reason'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull(),
    /** The date of the act the law version is chosen by (the complaint, request or application). */
    actDate: date('act_date', { mode: 'string' }).notNull(),
    /** The case this one came from (a mediation opened inside an adjudication, say). */
    parentCaseId: uuid('parent_case_id'),
    supervised: boolean('supervised').notNull().default(false),
    version: integer('version').notNull(),
    openedAt: at('opened_at').notNull(),
    stateEnteredAt: at('state_entered_at').notNull(),
    closedAt: at('closed_at'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('cases_type_region_idx').on(t.caseType, t.regionCode),
    index('cases_org_idx').on(t.orgId),
    index('cases_assignee_idx').on(t.assigneeId),
    uniqueIndex('cases_number_uq').on(t.caseNumber).where(sql`${t.caseNumber} is not null`),
  ],
);

/** Parties: enterprises by USCC, persons with the identity number kept only masked and hashed. */
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    uscc: text('uscc'),
    idNumberMasked: text('id_number_masked'),
    /** SM3 of the normalized identity number: lets the same person be found, never shown. */
    idNumberHash: text('id_number_hash'),
    contact: text('contact'),
    address: text('address'),
    representsPartyId: uuid('represents_party_id'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_parties_case_idx').on(t.caseId), index('case_parties_uscc_idx').on(t.uscc)],
);

/** Rights named in a case, with the registry's verification answer kept as it was when linked. */
export const caseRights = pgTable(
  'case_rights',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    rightType: text('right_type').notNull(),
    number: text('number').notNull(),
    rightId: uuid('right_id'),
    verification: jsonb('verification').$type<Record<string, unknown>>().notNull(),
    checkedAt: at('checked_at').notNull(),
  },
  (t) => [index('case_rights_case_idx').on(t.caseId)],
);

/** Evidence, attachments and generated documents, stored with their SM3 hash. */
export const caseFiles = pgTable(
  'case_files',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** evidence | attachment | document */
    category: text('category').notNull(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sm3: text('sm3').notNull(),
    content: bytea('content').notNull(),
    /** For generated documents: the template and the document number. */
    template: text('template'),
    documentNumber: text('document_number'),
    description: text('description'),
    uploadedBy: uuid('uploaded_by'),
    uploadedByName: text('uploaded_by_name'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_files_case_idx').on(t.caseId)],
);

/** The case timeline: transitions, notes, assignments, files, deadlines and escalations. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: at('at').notNull(),
    kind: text('kind').notNull(),
    transition: text('transition'),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    orgName: text('org_name'),
    summary: text('summary').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** Statutory deadlines: one row per clock started, closed when met, cancelled or expired. */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    label: text('label').notNull(),
    state: text('state'),
    amount: integer('amount').notNull(),
    unit: text('unit').notNull(),
    basis: text('basis').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    onExpiry: text('on_expiry').notNull(),
    /** open | met | cancelled | expired | paused */
    status: text('status').notNull(),
    remindedAt: at('reminded_at'),
    expiredAt: at('expired_at'),
    /** Working or calendar days left when the clock was paused (suspension). */
    remainingWhenPaused: integer('remaining_when_paused'),
    /** False when the period runs into a year whose holiday arrangement is not loaded yet. */
    calendarComplete: boolean('calendar_complete').notNull().default(true),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId),
    index('case_deadlines_due_idx').on(t.status, t.dueOn),
  ],
);

/** Case notes (internal; not part of documents served on parties). */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId)],
);

/** A retried request with the same idempotency key answers the first result without repeating it. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorKey: text('actor_key').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorKey, t.key] })],
);

/** Case and document numbers run per organization, series and year, without gaps. */
export const numberSequences = pgTable(
  'number_sequences',
  {
    orgId: uuid('org_id').notNull(),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.series, t.year] })],
);

/** Supervision (督办) of a major case by an organization at a higher level. */
export const supervisions = pgTable(
  'case_supervisions',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    supervisorOrgId: uuid('supervisor_org_id')
      .notNull()
      .references(() => organizations.id),
    supervisorRegionCode: text('supervisor_region_code').notNull(),
    reason: text('reason').notNull(),
    reportEveryDays: integer('report_every_days').notNull(),
    status: text('status').notNull(),
    openedAt: at('opened_at').notNull(),
    closedAt: at('closed_at'),
  },
  (t) => [index('case_supervisions_case_idx').on(t.caseId)],
);

export const supervisionReports = pgTable(
  'case_supervision_reports',
  {
    id: uuid('id').primaryKey(),
    supervisionId: uuid('supervision_id')
      .notNull()
      .references(() => supervisions.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** due | submitted | overdue (escalated) */
    status: text('status').notNull(),
    content: text('content'),
    submittedAt: at('submitted_at'),
    submittedBy: text('submitted_by'),
    escalatedAt: at('escalated_at'),
  },
  (t) => [index('case_supervision_reports_sup_idx').on(t.supervisionId, t.dueOn)],
);

/** Cross-region assistance requests (协查): visible to the organization asked. */
export const assistanceRequests = pgTable(
  'case_assistance_requests',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromOrgId: uuid('from_org_id')
      .notNull()
      .references(() => organizations.id),
    toOrgId: uuid('to_org_id')
      .notNull()
      .references(() => organizations.id),
    toRegionCode: text('to_region_code').notNull(),
    subject: text('subject').notNull(),
    request: text('request').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    /** open | answered | overdue */
    status: text('status').notNull(),
    answer: text('answer'),
    answeredAt: at('answered_at'),
    answeredBy: text('answered_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_assistance_to_idx').on(t.toRegionCode), index('case_assistance_case_idx').on(t.caseId)],
);

/** Directory of mediators and technical investigators (技术调查官). */
export const experts = pgTable(
  'case_experts',
  {
    id: uuid('id').primaryKey(),
    /** mediator | technical_investigator */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    orgId: uuid('org_id').references(() => organizations.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    expertise: text('expertise').array().notNull(),
    languages: text('languages').array().notNull(),
    qualifications: text('qualifications').array().notNull(),
    trainingHours: integer('training_hours').notNull(),
    rating: integer('rating'),
    /** Parties the expert has ties to (USCC or name): a conflict of interest if they appear. */
    conflicts: text('conflicts').array().notNull(),
    active: boolean('active').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_experts_kind_region_idx').on(t.kind, t.regionCode)],
);

/** Experts assigned to a case: panel members, the technical investigator, the mediator. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    expertId: uuid('expert_id').references(() => experts.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    assignedAt: at('assigned_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.role, t.name] })],
);

/** Typical cases (典型案例) published from closed cases, with personal data removed. */
export const typicalCases = pgTable('typical_cases', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .unique()
    .references(() => cases.id),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  regionCode: text('region_code').notNull(),
  publishedAt: at('published_at').notNull(),
});
