/**
 * Credit records: created automatically from the platform's final decisions (idempotent by their
 * source), or entered by an officer with the legal basis and documents. Each carries its category,
 * severity, dates and publicity period as the category rules set them.
 */
import { randomUUID } from 'node:crypto';
import { checkUscc } from '@ipp/shared';
import { and, arrayContains, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { regionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { addMonthsClamped, beijingToday } from '../calendar/index.ts';
import { creditListings, creditObjections, creditRecords, creditSubjects } from './credit.tables.ts';
import { afterRecordsChanged } from './records.changes.ts';
import { CATEGORY_RULES, type RecordCategory, type Severity } from './records.rules.ts';
import { resolveSubject, type SubjectInput } from './subjects.ts';

export interface RecordInput {
  subject: SubjectInput;
  category: RecordCategory;
  severity?: Severity;
  legalBasis?: string;
  summary: string;
  decidedOn: string;
  fine?: number | null;
  publicityMonths?: number;
  documents?: { name: string; reference: string }[];
  regionCode: string;
  orgId?: string | null;
  /** Set for automatic records: the decision they come from (makes them idempotent). */
  sourceRef?: string;
}

export type CreditRecord = typeof creditRecords.$inferSelect;

async function insertRecord(tx: Tx, context: ServiceContext, input: RecordInput): Promise<CreditRecord> {
  const rule = CATEGORY_RULES[input.category];
  if (!rule)
    throw new AppError('CREDIT_RECORD_INVALID', undefined, [
      { path: 'category', message: `未知类别 ${input.category}` },
    ]);
  const legalBasis = input.legalBasis?.trim() || rule.legalBasis;
  if (!legalBasis)
    throw new AppError('CREDIT_RECORD_INVALID', undefined, [
      { path: 'legalBasis', message: '须载明法律依据' },
    ]);
  const subject = await resolveSubject(tx, input.subject);
  const publicity = input.publicityMonths
    ? { months: input.publicityMonths, basis: '登记机关确定', explain: `公示 ${input.publicityMonths} 个月` }
    : rule.publicity({ fine: input.fine ?? null });
  const record: CreditRecord = {
    id: randomUUID(),
    subjectId: subject.id,
    category: input.category,
    severity: input.severity ?? rule.severity,
    source: input.sourceRef ? 'automatic' : 'manual',
    sourceRef: input.sourceRef ?? null,
    legalBasis,
    summary: input.summary,
    decidedOn: input.decidedOn,
    publicityFrom: input.decidedOn,
    publicityUntil: addMonthsClamped(input.decidedOn, publicity.months),
    publicityBasis: `${publicity.explain}（${publicity.basis}）`,
    regionCode: input.regionCode,
    orgId: input.orgId ?? null,
    documents: input.documents ?? [],
    status: 'active',
    createdBy: context.actor.name,
    createdAt: new Date(),
  };
  await tx.insert(creditRecords).values(record);
  await appendAudit(tx, auditContext(context), {
    action: `credit.record.${record.source}`,
    targetType: 'credit_record',
    targetId: record.id,
    regionCode: record.regionCode,
    detail: {
      category: record.category,
      severity: record.severity,
      subjectId: subject.id,
      sourceRef: record.sourceRef,
    },
  });
  await afterRecordsChanged(tx, subject.id, `record:${record.id}`);
  return record;
}

/** A final decision of the platform becomes a record once; a repeat (a retried hook) is a no-op. */
export async function recordFinalDecision(
  tx: Tx,
  context: ServiceContext,
  input: RecordInput & { sourceRef: string },
) {
  const [existing] = await tx
    .select()
    .from(creditRecords)
    .where(eq(creditRecords.sourceRef, input.sourceRef));
  if (existing) return existing;
  return insertRecord(tx, context, input);
}

export async function createManualRecord(context: ServiceContext, input: RecordInput): Promise<CreditRecord> {
  assertPermission(context.actor, 'credit.record.write');
  if (!(context.actor.scope.kind === 'all' || regionCovered(context, input.regionCode))) {
    throw new AppError('CREDIT_RECORD_INVALID', undefined, [
      { path: 'regionCode', message: '只能登记本辖区的信用记录' },
    ]);
  }
  return inTransaction(context.db, (tx) => insertRecord(tx, context, { ...input, sourceRef: undefined }));
}

function regionCovered(context: ServiceContext, regionCode: string): boolean {
  const scope = context.actor.scope;
  return scope.kind === 'subtree' && regionCode >= scope.lo && regionCode <= scope.hi;
}

export interface RecordQuery {
  subjectId?: string;
  /** A USCC (exact) or part of the subject's name; officers search within their own jurisdiction. */
  subject?: string;
  category?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}

function recordConditions(context: ServiceContext, query: RecordQuery): SQL[] {
  const conditions: SQL[] = [regionInScope(context.actor.scope, creditRecords.regionCode)];
  if (query.subjectId) conditions.push(eq(creditRecords.subjectId, query.subjectId));
  if (query.category) conditions.push(eq(creditRecords.category, query.category));
  if (query.status) conditions.push(eq(creditRecords.status, query.status));
  const subject = query.subject?.trim();
  if (subject) {
    const upper = subject.toUpperCase();
    conditions.push(
      upper.length === 18 && checkUscc(upper).valid
        ? eq(creditSubjects.uscc, upper)
        : ilike(creditSubjects.name, `%${subject.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    );
  }
  return conditions;
}

/** Whether an objection to the record is waiting for its answer (the list marks such records). */
const openObjection = sql<boolean>`exists (select 1 from ${creditObjections} where ${creditObjections.recordId} = ${creditRecords.id} and ${creditObjections.status} = 'open')`;

function recordDto(record: CreditRecord, subject: typeof creditSubjects.$inferSelect, today: string) {
  return {
    ...record,
    createdAt: record.createdAt.toISOString(),
    inPublicity:
      record.status === 'active' && record.publicityFrom <= today && today <= record.publicityUntil,
    categoryLabel: CATEGORY_RULES[record.category as RecordCategory]?.label ?? record.category,
    subject: {
      id: subject.id,
      kind: subject.kind,
      name: subject.name,
      uscc: subject.uscc,
      idNumberMasked: subject.idNumberMasked,
    },
  };
}

export async function listRecords(context: ServiceContext, query: RecordQuery) {
  assertPermission(context.actor, 'credit.record.read');
  const conditions = recordConditions(context, query);
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const [rows, [count]] = await Promise.all([
    context.db
      .select({ record: creditRecords, subject: creditSubjects, openObjection })
      .from(creditRecords)
      .innerJoin(creditSubjects, eq(creditSubjects.id, creditRecords.subjectId))
      .where(and(...conditions))
      .orderBy(desc(creditRecords.decidedOn), desc(creditRecords.createdAt))
      .limit(pageSize)
      .offset(((query.page ?? 1) - 1) * pageSize),
    context.db
      .select({ total: sql<number>`count(*)::int` })
      .from(creditRecords)
      .innerJoin(creditSubjects, eq(creditSubjects.id, creditRecords.subjectId))
      .where(and(...conditions)),
  ]);
  const today = beijingToday();
  return {
    total: count?.total ?? 0,
    items: rows.map((row) => ({
      ...recordDto(row.record, row.subject, today),
      openObjection: row.openObjection,
    })),
  };
}

/** One record in the officer's jurisdiction (out of scope is not found), with the open listings resting on it. */
export async function getRecord(context: ServiceContext, id: string) {
  assertPermission(context.actor, 'credit.record.read');
  const [row] = await context.db
    .select({ record: creditRecords, subject: creditSubjects, openObjection })
    .from(creditRecords)
    .innerJoin(creditSubjects, eq(creditSubjects.id, creditRecords.subjectId))
    .where(and(eq(creditRecords.id, id), regionInScope(context.actor.scope, creditRecords.regionCode)));
  if (!row) throw new AppError('CREDIT_RECORD_NOT_FOUND');
  const listings = await context.db
    .select({ id: creditListings.id, state: creditListings.state })
    .from(creditListings)
    .where(arrayContains(creditListings.recordIds, [id]));
  return {
    ...recordDto(row.record, row.subject, beijingToday()),
    openObjection: row.openObjection,
    listings,
  };
}
