/** Import jobs and their issues: the record of each import, its progress and its report. */
import { randomUUID } from 'node:crypto';
import type { ImportJobDto } from '@ipp/shared';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { importIssues, importJobs } from './registry.tables.ts';
import { insertRows } from './rights.writer.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ImportIssueRow = typeof importIssues.$inferInsert;

export function toJobDto(row: ImportJobRow): ImportJobDto {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    type: row.type,
    mapping: row.mapping,
    status: row.status as ImportJobDto['status'],
    committedLine: row.committedLine,
    total: row.total,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    warnings: row.warnings,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A job for the same file and options that did not finish (killed, crashed): it is resumed. */
export async function findUnfinishedJob(
  db: Executor,
  key: { fileHash: string; type: string | null; mapping: string | null },
): Promise<ImportJobRow | null> {
  const rows = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.fileHash, key.fileHash), inArray(importJobs.status, ['running', 'interrupted'])))
    .orderBy(desc(importJobs.startedAt));
  return rows.find((r) => r.type === key.type && r.mapping === key.mapping) ?? null;
}

export async function createJob(
  db: Executor,
  job: Pick<
    ImportJobRow,
    'fileName' | 'fileHash' | 'format' | 'type' | 'mapping' | 'total' | 'actorName' | 'regionCode'
  >,
): Promise<ImportJobRow> {
  const row = { ...job, id: randomUUID(), status: 'running', startedAt: new Date() };
  await db.insert(importJobs).values(row);
  return (await getJob(db, row.id))!;
}

export async function getJob(db: Executor, id: string): Promise<ImportJobRow | null> {
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return row ?? null;
}

export async function listJobs(db: Executor, limit = 50): Promise<ImportJobRow[]> {
  return db.select().from(importJobs).orderBy(desc(importJobs.startedAt)).limit(limit);
}

export async function saveProgress(
  db: Executor,
  id: string,
  progress: Partial<
    Pick<
      ImportJobRow,
      | 'committedLine'
      | 'inserted'
      | 'updated'
      | 'unchanged'
      | 'rejected'
      | 'warnings'
      | 'status'
      | 'finishedAt'
      | 'total'
    >
  >,
): Promise<void> {
  await db.update(importJobs).set(progress).where(eq(importJobs.id, id));
}

/** A batch's issues, one statement whatever their number. */
export async function addIssues(db: Executor, issues: ImportIssueRow[]): Promise<void> {
  if (issues.length === 0) return;
  const t = importIssues;
  await db.execute(
    insertRows(
      t,
      [
        [t.jobId, (i) => i.jobId],
        [t.line, (i) => i.line],
        [t.severity, (i) => i.severity],
        [t.field, (i) => i.field],
        [t.code, (i) => i.code],
        [t.message, (i) => i.message],
        [t.recordNumber, (i) => i.recordNumber ?? null],
      ],
      issues,
    ),
  );
}

export async function issuesOf(db: Executor, jobId: string) {
  return db
    .select()
    .from(importIssues)
    .where(eq(importIssues.jobId, jobId))
    .orderBy(asc(importIssues.line), asc(importIssues.severity));
}
