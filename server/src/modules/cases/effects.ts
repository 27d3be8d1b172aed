/**
 * The declared effects of a transition, applied inside its transaction: numbering, triage,
 * deadline clocks (start, end, pause, resume), closing, and named hooks of a case type.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { caseView } from './case-detail.ts';
import { caseHooks } from './case-types.ts';
import type { CaseRow, NewCaseRow } from './cases.repository.ts';
import { loadCaseParts, openDeadlines } from './cases.repository.ts';
import { caseDeadlines } from './cases.tables.ts';
import {
  applicableDeadlines,
  type DueCalculator,
  newDeadline,
  pauseDeadline,
  resumeDeadline,
} from './engine/deadlines.ts';
import { triage } from './engine/engine.ts';
import type { CaseTypeRules, TransitionRule } from './engine/rules.ts';
import { issueNumber } from './numbering.ts';

export interface EffectResult {
  patch: Partial<NewCaseRow>;
  notes: Record<string, unknown>;
}

/** `next` is the case as it will be; effects may refine it (a resumed state, a procedure). */
export async function applyEffects(
  tx: Tx,
  context: ServiceContext,
  rules: CaseTypeRules,
  rule: TransitionRule,
  row: CaseRow,
  next: CaseRow,
  calendar: DueCalculator,
): Promise<EffectResult> {
  const patch: Partial<NewCaseRow> = {};
  const notes: Record<string, unknown> = {};
  const today = calendar.today();
  if (next.state === '$previous') next.state = String(row.facts['suspendedFrom'] ?? rules.initial);
  for (const effect of rule.effects ?? []) {
    switch (effect.kind) {
      case 'assign_case_number':
        if (!row.caseNumber) {
          patch.caseNumber = await issueNumber(
            tx,
            row.orgId,
            `case:${rules.caseType}`,
            rules.caseNumber.kind,
            Number(today.slice(0, 4)),
          );
          notes['caseNumber'] = patch.caseNumber;
        }
        break;
      case 'triage': {
        const parts = await loadCaseParts(tx, row.id);
        const chosen = triage(rules, caseView(next, parts));
        if (chosen) {
          patch.procedure = next.procedure = chosen.procedure;
          patch.procedureReason = chosen.reason;
          notes['triage'] = chosen;
        }
        break;
      }
      case 'pause_clocks':
        next.facts = { ...next.facts, suspendedFrom: row.state };
        await pauseClocks(tx, rules, row.id, calendar);
        break;
      case 'resume_clocks':
        await resumeClocks(tx, row.id, calendar);
        break;
      case 'close':
        patch.closedAt = new Date();
        break;
      case 'reopen':
        patch.closedAt = null;
        break;
      case 'hook': {
        if (effect.afterDocuments) break;
        const hook = caseHooks(rules.caseType)[effect.name];
        if (!hook) throw new Error(`${rules.caseType}: unknown hook ${effect.name}`);
        const result = await hook(tx, context, row, next, calendar);
        Object.assign(notes, result.notes ?? {});
        Object.assign(patch, result.patch ?? {});
        break;
      }
      default:
        break;
    }
  }
  await moveClocks(tx, rules, rule, row, next, calendar, today);
  if (patch.closedAt) await endAll(tx, row.id);
  return { patch, notes };
}

async function moveClocks(
  tx: Tx,
  rules: CaseTypeRules,
  rule: TransitionRule,
  row: CaseRow,
  next: CaseRow,
  calendar: DueCalculator,
  today: string,
): Promise<void> {
  const ended = new Set(rule.effects?.flatMap((e) => (e.kind === 'end_deadlines' ? e.deadlines : [])) ?? []);
  const open = await openDeadlines(tx, row.id);
  // Leaving a state ends its clocks as met; a self-transition keeps them running.
  const toEnd = open.filter(
    (d) => ended.has(d.ruleId) || (d.state === row.state && row.state !== next.state),
  );
  if (toEnd.length > 0) {
    await tx
      .update(caseDeadlines)
      .set({ status: 'met' })
      .where(
        inArray(
          caseDeadlines.id,
          toEnd.map((d) => d.id),
        ),
      );
  }
  const parts = await loadCaseParts(tx, row.id);
  const view = caseView(next, parts);
  const started = rule.effects?.flatMap((e) => (e.kind === 'start_deadlines' ? e.deadlines : [])) ?? [];
  const rows = applicableDeadlines(rules, started, view).map((d) =>
    newDeadline(d, view, row.id, null, today, calendar),
  );
  if (row.state !== next.state) {
    const stateClocks = rules.states[next.state]?.deadlines ?? [];
    for (const d of applicableDeadlines(rules, stateClocks, view)) {
      rows.push(newDeadline(d, view, row.id, next.state, today, calendar));
    }
  }
  if (rows.length > 0) await tx.insert(caseDeadlines).values(rows);
}

async function pauseClocks(tx: Tx, rules: CaseTypeRules, caseId: string, calendar: DueCalculator) {
  const pausing = new Set(rules.deadlines.filter((d) => d.pausesOnSuspension).map((d) => d.id));
  for (const d of await openDeadlines(tx, caseId)) {
    if (d.status === 'open' && pausing.has(d.ruleId)) {
      await tx.update(caseDeadlines).set(pauseDeadline(d, calendar)).where(eq(caseDeadlines.id, d.id));
    }
  }
}

async function resumeClocks(tx: Tx, caseId: string, calendar: DueCalculator) {
  for (const d of await openDeadlines(tx, caseId)) {
    if (d.status === 'paused') {
      await tx.update(caseDeadlines).set(resumeDeadline(d, calendar)).where(eq(caseDeadlines.id, d.id));
    }
  }
}

async function endAll(tx: Tx, caseId: string) {
  await tx
    .update(caseDeadlines)
    .set({ status: 'met' })
    .where(and(eq(caseDeadlines.caseId, caseId), inArray(caseDeadlines.status, ['open', 'paused'])));
}

/** Hooks that hand the case's file on run after the step's documents are made. */
export async function runLateHooks(
  tx: Tx,
  context: ServiceContext,
  rules: CaseTypeRules,
  rule: TransitionRule,
  row: CaseRow,
  moved: CaseRow,
  calendar: DueCalculator,
): Promise<Record<string, unknown>> {
  const notes: Record<string, unknown> = {};
  for (const effect of rule.effects ?? []) {
    if (effect.kind !== 'hook' || !effect.afterDocuments) continue;
    const hook = caseHooks(rules.caseType)[effect.name];
    if (!hook) throw new Error(`${rules.caseType}: unknown hook ${effect.name}`);
    const result = await hook(tx, context, row, moved, calendar);
    if (result.patch) throw new Error(`${effect.name}: a hook after documents cannot change the case`);
    Object.assign(notes, result.notes ?? {});
  }
  return notes;
}
