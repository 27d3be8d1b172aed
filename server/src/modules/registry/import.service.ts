/**
 * The import pipeline: parse → validate → write in batches. Each batch commits together with the
 * job's progress and its issues, so a killed import (kill -9) leaves no partial batch and resumes
 * after the last committed line; records already written are unchanged on the second pass.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { RightType } from '@ipp/shared';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import {
  type CheckedRow,
  detectFormat,
  lastRecordLine,
  type MappingDefinition,
  parseAndValidate,
} from './import/index.ts';
import {
  addIssues,
  createJob,
  findUnfinishedJob,
  getJob,
  type ImportIssueRow,
  type ImportJobRow,
  saveProgress,
} from './import.jobs.ts';
import { findMapping } from './import.mappings.ts';
import { prepareRight } from './prepare.ts';
import {
  type MemberMerge,
  mergeAuthorizedUsers,
  type StagedRight,
  stageRight,
  writeStaged,
} from './rights.writer.ts';
import { refreshStatistics } from './search.stats.ts';

export interface ImportRequest {
  filePath: string;
  fileName?: string;
  type?: RightType;
  mapping?: string;
  /** The mapping itself, resolved from `mapping` (built-in or saved) when the job opens. */
  mappingDefinition?: MappingDefinition;
  batchSize?: number;
  onProgress?: (job: ImportJobRow) => void;
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The source written on each record is the file's own name: an upload is stored under a name of
 * the server's making, and a source that changed with it made every re-upload of a file an update.
 */
function options(request: ImportRequest) {
  return {
    type: request.type,
    mapping: request.mappingDefinition,
    source: request.fileName ?? basename(request.filePath),
  };
}

async function resolveRequestMapping(db: Db, request: ImportRequest): Promise<void> {
  if (!request.mapping || request.mappingDefinition) return;
  const mapping = await findMapping(db, request.mapping);
  if (!mapping) throw new AppError('REGISTRY_UNKNOWN_MAPPING', `No import mapping named ${request.mapping}.`);
  request.mappingDefinition = mapping;
}

/** Opens a new job, or the unfinished job of the same file and options (resume). */
export async function openJob(
  context: ServiceContext & { db: Db },
  request: ImportRequest,
): Promise<ImportJobRow> {
  const fileName = request.fileName ?? basename(request.filePath);
  const format = await detectFormat(request.filePath);
  if (!format)
    throw new AppError('REGISTRY_IMPORT_FORMAT', `${fileName} is not CSV, XLSX, JSON, ST.96 or CNIPA XML.`);
  await resolveRequestMapping(context.db, request);
  const key = {
    fileHash: await fileSha256(request.filePath),
    type: request.type ?? null,
    mapping: request.mapping ?? null,
  };
  const unfinished = await findUnfinishedJob(context.db, key);
  if (unfinished) return unfinished;
  const total = await lastRecordLine(request.filePath, options(request));
  return context.db.transaction(async (tx) => {
    const job = await createJob(tx, {
      ...key,
      fileName,
      format,
      total,
      actorName: context.actor.name,
      regionCode: context.actor.org?.regionCode ?? null,
    });
    await appendAudit(tx, auditContext(context), {
      action: 'registry.import.start',
      targetType: 'import_job',
      targetId: job.id,
      detail: { fileName, format, total, type: key.type, mapping: key.mapping },
    });
    return job;
  });
}

interface Pending {
  rights: StagedRight[];
  merges: MemberMerge[];
  issues: ImportIssueRow[];
  lastLine: number;
  rejected: number;
  warnings: number;
}

const emptyPending = (lastLine: number): Pending => ({
  rights: [],
  merges: [],
  issues: [],
  lastLine,
  rejected: 0,
  warnings: 0,
});

/**
 * Records per batch (rights, merges and rejected rows). Each batch is a few set-based statements
 * whatever its size, so larger batches mean fewer round trips and commits; 2,000 keeps a batch's
 * parameters to a few megabytes.
 */
export const DEFAULT_BATCH_SIZE = 2000;
const YIELD_MS = 4;

/**
 * Runs (or resumes) a job to the end. While a batch commits, the next one is read and validated:
 * at most one batch is in flight, and batches commit one after the other in line order, each with
 * the job's progress, so a kill still leaves whole batches only.
 */
export async function runJob(
  context: ServiceContext & { db: Db },
  job: ImportJobRow,
  request: ImportRequest,
): Promise<ImportJobRow> {
  await resolveRequestMapping(context.db, request);
  const batchSize = request.batchSize ?? DEFAULT_BATCH_SIZE;
  let committed: Promise<ImportJobRow> = Promise.resolve(job);
  let pending = emptyPending(job.committedLine);
  try {
    let yielded = performance.now();
    for await (const row of parseAndValidate(request.filePath, options(request))) {
      if (row.line <= job.committedLine) continue;
      collect(pending, job.id, row);
      // Reading runs on promise callbacks alone between file chunks: give the committing batch's
      // replies a turn every few milliseconds, so that its next statement is not held back.
      if (performance.now() - yielded > YIELD_MS) {
        await setImmediate();
        yielded = performance.now();
      }
      if (pending.rights.length + pending.merges.length + pending.rejected >= batchSize) {
        const batch = pending;
        pending = emptyPending(batch.lastLine);
        // The batch before this one must be in before this one starts (it throws if it failed).
        const before = await committed;
        committed = commitBatch(context.db, before, batch).then((after) => {
          request.onProgress?.(after);
          return after;
        });
        // Awaited at the next batch or at the end; until then its failure is not unhandled.
        committed.catch(() => {});
      }
    }
    const current = await commitBatch(context.db, await committed, pending, true);
    await context.db.transaction((tx) =>
      appendAudit(tx, auditContext(context), {
        action: 'registry.import.finish',
        targetType: 'import_job',
        targetId: job.id,
        detail: {
          inserted: current.inserted,
          updated: current.updated,
          unchanged: current.unchanged,
          rejected: current.rejected,
        },
      }),
    );
    request.onProgress?.(current);
    // After the job is done: statistics only speed reads up, so failing to gather them (they are
    // gathered again by the next import, or autovacuum on PostgreSQL) must not fail the import.
    const changed = current.inserted + current.updated;
    if (changed > 0) await refreshStatistics(context.db, changed).catch(() => {});
    return current;
  } catch (error) {
    // A batch still committing finishes (or fails) first: nothing may write after the status.
    await committed.catch(() => {});
    await saveProgress(context.db, job.id, { status: 'interrupted' });
    throw error;
  }
}

function collect(pending: Pending, jobId: string, row: CheckedRow) {
  pending.lastLine = row.line;
  const lines = row.memberLines?.length ? row.memberLines : [row.line];
  const issue = (severity: 'error' | 'warning') => (i: { field: string; code: string; message: string }) => ({
    jobId,
    line: memberLine(i.field, lines) ?? row.line,
    severity,
    field: i.field,
    code: i.code,
    message: i.message,
    recordNumber: row.record?.number ?? null,
  });
  const errors = row.errors.map(issue('error'));
  const warnings = row.warnings.map(issue('warning'));
  pending.issues.push(...errors, ...warnings);
  pending.warnings += warnings.length;
  if (errors.length > 0 || !row.record || !row.normalized) {
    pending.rejected += 1;
    return;
  }
  const prepared = prepareRight(row.record, row.normalized);
  if (row.data) prepared.data = { ...prepared.data, ...row.data };
  if (row.merge === 'authorizedUsers') pending.merges.push({ line: row.line, right: prepared });
  else pending.rights.push(stageRight(prepared));
}

/** Issues of a grouped record name their member (authorizedUsers[3].uscc): report that row's line. */
function memberLine(field: string, lines: number[]): number | null {
  const match = /^authorizedUsers\[(\d+)\]/.exec(field);
  return match ? (lines[Number(match[1])] ?? null) : null;
}

async function commitBatch(db: Db, job: ImportJobRow, pending: Pending, last = false): Promise<ImportJobRow> {
  return db.transaction(async (tx) => {
    const counts = await writeStaged(tx, pending.rights);
    const merged = await mergeAuthorizedUsers(tx, pending.merges);
    counts.updated += merged.updated;
    counts.unchanged += merged.unchanged;
    const missing = merged.missing.map((m) => ({
      jobId: job.id,
      line: m.line,
      severity: 'error',
      field: 'number',
      code: 'gi_not_found',
      message: `no ${m.right.input.type} ${m.right.number} to add authorized users to: import the GI first`,
      recordNumber: m.right.number,
    }));
    await addIssues(tx, [...pending.issues, ...missing]);
    await saveProgress(tx, job.id, {
      committedLine: pending.lastLine,
      inserted: job.inserted + counts.inserted,
      updated: job.updated + counts.updated,
      unchanged: job.unchanged + counts.unchanged,
      rejected: job.rejected + pending.rejected + missing.length,
      warnings: job.warnings + pending.warnings,
      ...(last ? { status: 'completed', finishedAt: new Date() } : {}),
    });
    return (await getJob(tx, job.id))!;
  });
}

export async function importFile(
  context: ServiceContext & { db: Db },
  request: ImportRequest,
): Promise<ImportJobRow> {
  const job = await openJob(context, request);
  return runJob(context, job, request);
}
