import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  type ExtraConfigColumn,
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
import type { RightSnapshot } from './right-snapshot.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

/** A tsvector made by the application (CJK bigrams): see search-text.ts. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per right. Status is not stored as a flag: `status_base` is derived from the event
 * timeline whenever events change, and expiry is applied at query time from `expiry_date`.
 */
export const rights = pgTable(
  'rights',
  {
    id: uuid('id').primaryKey(),
    type: text('type').notNull(),
    subtype: text('subtype'),
    number: text('number').notNull(),
    numberDisplay: text('number_display').notNull(),
    title: text('title').notNull(),
    regionCode: text('region_code'),
    classes: jsonb('classes').$type<string[]>().notNull().default([]),
    /** The class used for facets: IPC subclass (G06F), Nice class (09), Locarno class (14). */
    classMain: text('class_main'),
    filingDate: day('filing_date'),
    publicationDate: day('publication_date'),
    grantDate: day('grant_date'),
    expiryDate: day('expiry_date'),
    statusBase: text('status_base').notNull(),
    holderNames: text('holder_names').notNull().default(''),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** Numbers, holders and events for verification, written with the row (right-snapshot.ts). */
    verification: jsonb('verification').$type<RightSnapshot>(),
    source: text('source').notNull(),
    sourceRecordId: text('source_record_id'),
    sourceUpdatedAt: ts('source_updated_at').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('rights_type_number_uq').on(t.type, t.number)],
);

/** A search page's order, newest filing first, then id (search.page.ts). */
const pageOrder = (t: { filingDate: ExtraConfigColumn; rightId: ExtraConfigColumn }) =>
  [t.filingDate.desc().nullsLast(), t.rightId.desc().nullsFirst()] as const;

/** The columns search reads of a right, besides its id (rightSearch, rightSearchSubset). */
const searchColumns = () => ({
  type: text('type').notNull(),
  statusBase: text('status_base').notNull(),
  expiryDate: day('expiry_date'),
  regionCode: text('region_code'),
  classMain: text('class_main'),
  filingDate: day('filing_date'),
  searchVector: tsvector('search_vector').notNull(),
});

/**
 * What search reads of each right, and nothing else: its text index and the columns it filters,
 * counts and orders by, copied from `rights` by the writer in the same statement batch. Counting
 * and facets read one row per match; here that row is a tenth of the right's own, so the rows a
 * national-scale search touches stay in memory (ADR 0013).
 */
export const rightSearch = pgTable(
  'right_search',
  {
    rightId: uuid('right_id')
      .primaryKey()
      .references(() => rights.id, { onDelete: 'cascade' }),
    ...searchColumns(),
  },
  (t) => [
    index('right_search_text_idx').using('gin', t.searchVector),
    // The search's page order (newest filing first, then id): the page of a frequent term is read
    // off this index, filtered by the search vector, instead of sorting every match.
    index('right_search_filing_order_idx').on(...pageOrder(t)),
    // The same order under each filter a facet sets, so that a search without text reads its page
    // off the filter's own rights, however old they are (ADR 0023). The term-expired rights are
    // found by expiry date (right_search_expired_idx, migration 0014: an index drizzle cannot
    // write, partial and with INCLUDE columns).
    index('right_search_type_order_idx').on(t.type, ...pageOrder(t)),
    index('right_search_status_order_idx').on(t.statusBase, ...pageOrder(t)),
    // Type and status together: many pairs are empty (a patent is never revoked), and two indexes'
    // bitmaps of millions of rows each would be ANDed to find that out.
    index('right_search_type_status_order_idx').on(t.type, t.statusBase, ...pageOrder(t)),
    index('right_search_region_order_idx').on(t.regionCode, ...pageOrder(t)),
    index('right_search_class_order_idx').on(t.classMain, ...pageOrder(t)),
  ],
);

/**
 * A standing sample of the search table: the rows of one right in SUBSET_RATE (64), chosen by a
 * hash of the id (`right_search_subset_member`), kept by triggers on `right_search` in the same
 * statement and gone with its row (ADR 0024, migration 0015). A frequent term's total and facets
 * are estimated here: its sampled rows lie on a table 1/64 the size, which stays in memory, where
 * a fresh random sample of the search table read ~450 pages scattered over gigabytes. The index
 * is written directly (no pending list): a search reads it at once, and its writes are few.
 */
export const rightSearchSubset = pgTable(
  'right_search_subset',
  {
    rightId: uuid('right_id')
      .primaryKey()
      .references(() => rightSearch.rightId, { onDelete: 'cascade' }),
    ...searchColumns(),
  },
  (t) => [index('right_search_subset_text_idx').using('gin', t.searchVector).with({ fastupdate: false })],
);

/**
 * For each right type, at least this many days lie between any search row's filing and expiry
 * dates: the shortest term a row of the type has had. A trigger lowers it as rows are written
 * and never raises it, so it stays a bound as rows change or go; the term-expired rights filed
 * since a day D are then among those expiring since D plus the bound (ADR 0023, migration 0014).
 */
export const rightSearchTermFloor = pgTable('right_search_term_floor', {
  type: text('type').primaryKey(),
  days: integer('days').notNull(),
});

/** Every number a right is known by (application, publication, grant, registration), canonical. */
export const rightNumbers = pgTable(
  'right_numbers',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => rights.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.value, t.rightId] }),
    index('right_numbers_right_idx').on(t.rightId),
  ],
);

/** Holders and other parties, keyed by USCC where they have one. */
export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    uscc: text('uscc'),
    kind: text('kind').notNull(),
    /**
     * A person's identity number as 'sm3:' + its SM3 hash (as case_parties keeps it): the same person
     * can be recognized, the number is not kept; only the masked form is ever shown.
     */
    idNumberProtected: text('id_number_protected'),
    idNumberMasked: text('id_number_masked'),
    regionCode: text('region_code'),
    countryCode: text('country_code'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('parties_uscc_uq').on(t.uscc).where(sql`${t.uscc} is not null`),
    index('parties_name_idx').on(t.nameNormalized),
  ],
);

/** Who held a right when: derived from the timeline (a transfer closes one period, opens the next). */
export const rightHolders = pgTable(
  'right_holders',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => rights.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    role: text('role').notNull(),
    position: integer('position').notNull(),
    validFrom: day('valid_from'),
    /** Exclusive end; null while current. */
    validTo: day('valid_to'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.rightId, t.role, t.position] }),
    index('right_holders_party_idx').on(t.partyId),
  ],
);

export const rightEvents = pgTable(
  'right_events',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => rights.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    date: day('date').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.rightId, t.position] })],
);

/** Saved mappings from a source's columns to the platform's fields. */
export const importMappings = pgTable('import_mappings', {
  name: text('name').primaryKey(),
  description: text('description').notNull(),
  type: text('type'),
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * An import of one file. Batches commit with the job's progress (`committed_line`), so a killed
 * import resumes after the last committed batch and never leaves a partial one.
 */
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey(),
  fileName: text('file_name').notNull(),
  fileHash: text('file_hash').notNull(),
  format: text('format').notNull(),
  type: text('type'),
  mapping: text('mapping'),
  status: text('status').notNull(),
  committedLine: integer('committed_line').notNull().default(0),
  total: integer('total'),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  warnings: integer('warnings').notNull().default(0),
  actorName: text('actor_name'),
  regionCode: text('region_code'),
  startedAt: ts('started_at').notNull(),
  finishedAt: ts('finished_at'),
});

export const importIssues = pgTable(
  'import_issues',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    severity: text('severity').notNull(),
    field: text('field').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    recordNumber: text('record_number'),
  },
  (t) => [index('import_issues_job_idx').on(t.jobId, t.line)],
);
