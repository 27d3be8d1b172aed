/**
 * Reads and writes of case rows. Every read takes the caller's jurisdiction scope: a case outside
 * it is not found, the same as a missing one.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type JurisdictionScope, regionInScope } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/database.ts';
import {
  assistanceRequests,
  caseAssignments,
  caseDeadlines,
  caseEvents,
  caseFiles,
  caseNotes,
  caseParties,
  caseRights,
  cases,
  numberSequences,
  supervisionReports,
  supervisions,
} from './cases.tables.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;

export async function findCaseInScope(
  db: Executor,
  scope: JurisdictionScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | null> {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), regionInScope(scope, cases.regionCode)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertCase(db: Executor, row: NewCaseRow): Promise<void> {
  await db.insert(cases).values(row);
}

/** Writes the new state only if nobody moved the case since `version` was read. */
export async function updateCaseVersioned(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<NewCaseRow>,
): Promise<boolean> {
  const updated = await db
    .update(cases)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated.length === 1;
}

export async function loadCaseParts(db: Executor, caseId: string) {
  const [parties, rights, deadlines, events, files, notes, assignments] = await Promise.all([
    db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(asc(caseParties.createdAt)),
    db.select().from(caseRights).where(eq(caseRights.caseId, caseId)).orderBy(asc(caseRights.checkedAt)),
    db
      .select()
      .from(caseDeadlines)
      .where(eq(caseDeadlines.caseId, caseId))
      .orderBy(asc(caseDeadlines.createdAt)),
    db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)),
    db
      .select({
        id: caseFiles.id,
        category: caseFiles.category,
        name: caseFiles.name,
        mediaType: caseFiles.mediaType,
        size: caseFiles.size,
        sm3: caseFiles.sm3,
        template: caseFiles.template,
        documentNumber: caseFiles.documentNumber,
        description: caseFiles.description,
        uploadedByName: caseFiles.uploadedByName,
        createdAt: caseFiles.createdAt,
      })
      .from(caseFiles)
      .where(eq(caseFiles.caseId, caseId))
      .orderBy(asc(caseFiles.createdAt)),
    db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.createdAt)),
    db.select().from(caseAssignments).where(eq(caseAssignments.caseId, caseId)),
  ]);
  return { parties, rights, deadlines, events, files, notes, assignments };
}

export type CaseParts = Awaited<ReturnType<typeof loadCaseParts>>;

export async function loadSupervision(db: Executor, caseId: string) {
  const [supervision] = await db
    .select()
    .from(supervisions)
    .where(and(eq(supervisions.caseId, caseId), eq(supervisions.status, 'active')));
  if (!supervision) return null;
  const reports = await db
    .select()
    .from(supervisionReports)
    .where(eq(supervisionReports.supervisionId, supervision.id))
    .orderBy(asc(supervisionReports.dueOn));
  return { supervision, reports };
}

export async function loadAssistanceOfCase(db: Executor, caseId: string) {
  return db
    .select()
    .from(assistanceRequests)
    .where(eq(assistanceRequests.caseId, caseId))
    .orderBy(asc(assistanceRequests.createdAt));
}

export async function appendCaseEvent(db: Executor, event: typeof caseEvents.$inferInsert): Promise<void> {
  await db.insert(caseEvents).values(event);
}

export async function openDeadlines(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), inArray(caseDeadlines.status, ['open', 'paused'])));
}

/** Next number in a series: one row per organization, series and year, locked while counting. */
export async function nextNumber(db: Executor, orgId: string, series: string, year: number): Promise<number> {
  const [row] = await db
    .insert(numberSequences)
    .values({ orgId, series, year, last: 1 })
    .onConflictDoUpdate({
      target: [numberSequences.orgId, numberSequences.series, numberSequences.year],
      set: { last: sql`${numberSequences.last} + 1` },
    })
    .returning({ last: numberSequences.last });
  if (!row) throw new Error('number sequence did not return a value');
  return row.last;
}
