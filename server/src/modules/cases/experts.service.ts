/**
 * The directories of mediators and technical investigators, and the mediator suggestion: experts
 * are scored by expertise matching the dispute's field, same region, language and current load;
 * anyone tied to a party is shown with the conflict and never suggested first.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { readableCase } from './case.service.ts';
import { loadCaseParts } from './cases.repository.ts';
import { caseAssignments, cases, experts } from './cases.tables.ts';

export async function listExperts(context: ServiceContext, kind: string) {
  assertPermission(context.actor, 'cases.mediation.read');
  const rows = await context.db
    .select()
    .from(experts)
    .where(and(eq(experts.kind, kind), eq(experts.active, true)))
    .orderBy(experts.regionCode, experts.name);
  const load = await openLoad(context);
  return {
    items: rows.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), openCases: load.get(e.id) ?? 0 })),
  };
}

async function openLoad(context: ServiceContext): Promise<Map<string, number>> {
  const rows = await context.db
    .select({ expertId: caseAssignments.expertId, n: sql<number>`count(*)::int` })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .where(isNull(cases.closedAt))
    .groupBy(caseAssignments.expertId);
  return new Map(rows.filter((r) => r.expertId).map((r) => [r.expertId as string, Number(r.n)]));
}

export async function suggestMediators(context: ServiceContext, caseId: string) {
  const row = await readableCase(context, context.db, caseId, 'mediation');
  const parts = await loadCaseParts(context.db, row.id);
  const field = String(row.facts['field'] ?? '');
  const language = String(row.facts['language'] ?? '普通话');
  const load = await openLoad(context);
  const mediators = await context.db
    .select()
    .from(experts)
    .where(and(eq(experts.kind, 'mediator'), eq(experts.active, true)));
  const scored = mediators.map((m) => {
    const reasons: string[] = [];
    let score = 0;
    const matched = m.expertise.filter((e) => field.includes(e) || e.includes(field));
    const add = (points: number, reason: string) => {
      score += points;
      reasons.push(reason);
    };
    if (matched.length > 0) add(40, `擅长领域：${matched.join('、')}`);
    if (m.regionCode === row.regionCode) add(20, '同一地区');
    else if (m.regionCode.slice(0, 4) === row.regionCode.slice(0, 4)) add(10, '同一城市');
    if (m.languages.includes(language)) add(10, `语言：${language}`);
    const open = load.get(m.id) ?? 0;
    score += Math.max(0, 20 - open * 5);
    reasons.push(`在办案件 ${open} 件`);
    score += Math.min(10, Math.round((m.rating ?? 0) / 10));
    const tie = parts.parties.find((p) => m.conflicts.includes(p.uscc ?? '') || m.conflicts.includes(p.name));
    return {
      expertId: m.id,
      name: m.name,
      score: tie ? 0 : score,
      reasons,
      conflict: tie ? `与当事人 ${tie.name} 存在利益关系，应当回避` : null,
    };
  });
  return { items: scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh')) };
}
