/**
 * Typical cases (典型案例): a closed case published with personal data removed — persons' names
 * become 某某 forms and identity numbers never leave the case.
 */
import { randomUUID } from 'node:crypto';
import { desc } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { findCaseInScope, loadCaseParts } from './cases.repository.ts';
import { typicalCases } from './cases.tables.ts';

/** 张三 → 张某; a two-character given name keeps only the surname too. */
export function anonymizeName(name: string): string {
  return `${name.slice(0, 1)}某`;
}

export function removePersonalData(text: string, personNames: string[]): string {
  let out = text.replace(/\d{17}[\dXx]/g, '[身份证号已隐去]').replace(/1[3-9]\d{9}/g, '[电话已隐去]');
  for (const name of personNames.sort((a, b) => b.length - a.length))
    out = out.replaceAll(name, anonymizeName(name));
  return out;
}

export async function publishTypical(
  context: ServiceContext,
  caseId: string,
  input: { title: string; summary: string },
) {
  assertPermission(context.actor, 'cases.enforcement.handle');
  return inTransaction(context.db, async (tx) => {
    const row = await findCaseInScope(tx, context.actor.scope, caseId);
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (!row.closedAt || row.state !== 'closed') throw new AppError('CASE_NOT_PUBLISHABLE');
    const persons = (await loadCaseParts(tx, row.id)).parties
      .filter((p) => p.kind === 'person')
      .map((p) => p.name);
    const published = {
      id: randomUUID(),
      caseId: row.id,
      title: removePersonalData(input.title, persons),
      summary: removePersonalData(input.summary, persons),
      regionCode: row.regionCode,
      publishedAt: new Date(),
    };
    await tx
      .insert(typicalCases)
      .values(published)
      .onConflictDoUpdate({
        target: typicalCases.caseId,
        set: { title: published.title, summary: published.summary, publishedAt: published.publishedAt },
      });
    await appendAudit(tx, auditContext(context), {
      action: 'cases.typical.publish',
      targetType: 'case',
      targetId: row.id,
      regionCode: row.regionCode,
    });
    return { ...published, publishedAt: published.publishedAt.toISOString() };
  });
}

export async function listTypical(db: Executor) {
  const rows = await db.select().from(typicalCases).orderBy(desc(typicalCases.publishedAt)).limit(100);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      regionCode: r.regionCode,
      publishedAt: r.publishedAt.toISOString(),
    })),
  };
}
