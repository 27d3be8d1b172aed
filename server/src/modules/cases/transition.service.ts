/**
 * Takes a transition: one transaction that checks the rules (state, version, permission,
 * jurisdiction, form, preconditions), moves the case, runs the declared effects, generates the
 * documents, writes the timeline and the audit record, and remembers the idempotency key.
 */
import type { CaseDetailDto } from '@ipp/shared';
import { hasPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { caseDetail, caseView } from './case-detail.ts';
import { caseRules } from './case-types.ts';
import {
  appendCaseEvent,
  type CaseRow,
  findCaseInScope,
  loadCaseParts,
  updateCaseVersioned,
} from './cases.repository.ts';
import { generateDocuments } from './documents.service.ts';
import { applyEffects, runLateHooks } from './effects.ts';
import { type DueCalculator, ruleEnv } from './engine/deadlines.ts';
import { firstFailedPrecondition, meetsJurisdiction, validateFields } from './engine/engine.ts';
import type { CaseTypeRules, TransitionRule } from './engine/rules.ts';
import { withIdempotency } from './idempotency.ts';

export interface TransitionRequest {
  transition: string;
  version: number;
  input: Record<string, unknown>;
}

export async function takeTransition(
  context: ServiceContext,
  caseType: string,
  caseId: string,
  request: TransitionRequest,
  idempotencyKey: string | null,
): Promise<CaseDetailDto> {
  return withIdempotency(context, idempotencyKey, { caseId, ...request }, async (tx) => {
    const calendar = await dueCalculator(tx);
    const row = await applyTransition(tx, context, caseType, caseId, request, calendar);
    return caseDetail(tx, row, context.actor, calendar);
  });
}

/** The transition itself, inside the caller's transaction; also used by the deadline sweep. */
export async function applyTransition(
  tx: Tx,
  context: ServiceContext,
  caseType: string,
  caseId: string,
  request: TransitionRequest,
  calendar: DueCalculator,
): Promise<CaseRow> {
  const row = await findCaseInScope(tx, context.actor.scope, caseId, { forUpdate: true });
  if (!row || row.caseType !== caseType) throw new AppError('CASE_NOT_FOUND');
  const rules = caseRules(caseType);
  const rule = checkTransition(context, rules, row, request);
  const parts = await loadCaseParts(tx, row.id);
  const view = caseView(row, parts);
  const failed = firstFailedPrecondition(rule, view, request.input, ruleEnv(calendar));
  if (failed) {
    const detail = failed.detail ? `：${failed.detail}` : '';
    throw new AppError(
      'CASE_PRECONDITION_FAILED',
      `${failed.explain.zh}${detail} (${failed.explain.en})`,
      undefined,
      { precondition: failed.id },
    );
  }
  const next = {
    ...row,
    state: rule.to === '$same' ? row.state : rule.to,
    facts: { ...row.facts, ...request.input },
  };
  const effects = await applyEffects(tx, context, rules, rule, row, next, calendar);
  const patch = { ...effects.patch, state: next.state, facts: next.facts, updatedAt: new Date() };
  if (row.state !== next.state) patch.stateEnteredAt = new Date();
  if (!(await updateCaseVersioned(tx, row.id, row.version, patch)))
    throw new AppError('CASE_VERSION_CONFLICT');
  const moved = { ...row, ...patch, version: row.version + 1 } as CaseRow;
  const documents = await generateDocuments(tx, context, moved, {
    templates: rule.documents ?? [],
    input: { ...request.input, ...rule.documentValues?.(view, request.input) },
    today: calendar.today(),
  });
  Object.assign(effects.notes, await runLateHooks(tx, context, rules, rule, row, moved, calendar));
  await appendCaseEvent(tx, {
    caseId: row.id,
    at: new Date(),
    kind: rule.automatic ? 'automatic' : 'transition',
    transition: rule.id,
    fromState: row.state,
    toState: next.state,
    actorId: context.actor.id,
    actorName: context.actor.name,
    orgName: context.actor.org?.name ?? null,
    summary: `${rule.label.zh}：${rules.states[row.state]?.label.zh ?? row.state} → ${rules.states[next.state]?.label.zh ?? next.state}`,
    payload: { input: request.input, documents, ...effects.notes },
  });
  await appendAudit(tx, auditContext(context), {
    action: `cases.${caseType}.${rule.id}`,
    targetType: 'case',
    targetId: row.id,
    regionCode: row.regionCode,
    detail: { from: row.state, to: next.state, version: moved.version, documents },
  });
  return moved;
}

function checkTransition(
  context: ServiceContext,
  rules: CaseTypeRules,
  row: CaseRow,
  request: TransitionRequest,
): TransitionRule {
  const rule = rules.transitions.find((t) => t.id === request.transition);
  if (!rule)
    throw new AppError(
      'CASE_UNKNOWN_TRANSITION',
      `${rules.caseType} has no transition ${request.transition}`,
    );
  const { actor } = context;
  if (rule.automatic && actor.type !== 'system') {
    throw new AppError(
      'PLATFORM_FORBIDDEN',
      `${rule.label.zh} is taken by the platform when a deadline expires`,
    );
  }
  if (!hasPermission(actor, rule.permission)) {
    throw new AppError('PLATFORM_FORBIDDEN', `This action needs the permission ${rule.permission}.`);
  }
  if (!meetsJurisdiction(actor, row, rule.jurisdiction)) {
    throw new AppError('PLATFORM_FORBIDDEN', jurisdictionMessage(rule));
  }
  if (!rule.from.includes(row.state)) {
    const allowed = rule.from.map((s) => rules.states[s]?.label.zh ?? s).join('、');
    throw new AppError(
      'CASE_TRANSITION_NOT_ALLOWED',
      `“${rule.label.zh}”只能在以下状态办理：${allowed}；案件当前状态为“${rules.states[row.state]?.label.zh ?? row.state}”。`,
    );
  }
  if (request.version !== row.version) {
    throw new AppError(
      'CASE_VERSION_CONFLICT',
      `The case is at version ${row.version}, not ${request.version}: reload it and try again.`,
      undefined,
      { currentVersion: row.version },
    );
  }
  const errors = validateFields(rule.fields, request.input);
  if (errors.length > 0) throw new AppError('CASE_FIELDS_INVALID', undefined, errors);
  return rule;
}

function jurisdictionMessage(rule: TransitionRule): string {
  if (rule.jurisdiction === 'handling_org')
    return `“${rule.label.zh}”由承办机构办理 (only the handling organization).`;
  if (rule.jurisdiction === 'upper_level')
    return `“${rule.label.zh}”由上级机构办理 (only a higher-level organization).`;
  return 'The case is outside your jurisdiction.';
}
