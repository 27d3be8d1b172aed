/**
 * The engine's pure decisions over a case type's rules: which actions an actor may take now (and
 * why not), whether a form is complete, which procedure triage picks, and which deadlines a state
 * starts. Nothing here touches the database.
 */
import type { CaseActionDto, CaseFieldDto, Localized } from '@ipp/shared';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { isRegionInScope } from '../../../platform/access/scope.ts';
import type { FieldError } from '../../../platform/http/error-catalog.ts';
import type { CaseTypeRules, CaseView, Jurisdiction, RuleEnv, TransitionRule } from './rules.ts';

export interface CasePlace {
  regionCode: string;
  orgId: string;
}

const LEVEL_RANK = { national: 0, province: 1, city: 2, county: 3 } as const;

/** Whether the actor stands where the rule asks: in the handling organization, or above it. */
export function meetsJurisdiction(actor: Actor, place: CasePlace, jurisdiction: Jurisdiction): boolean {
  if (actor.type === 'system') return true;
  if (!isRegionInScope(actor.scope, place.regionCode)) return false;
  if (jurisdiction === 'in_scope') return true;
  if (jurisdiction === 'handling_org') return actor.org?.id === place.orgId;
  // upper_level: an organization whose region strictly contains the case's region.
  if (!actor.org) return false;
  const caseLevel = levelOfCode(place.regionCode);
  return LEVEL_RANK[actor.org.level] < LEVEL_RANK[caseLevel];
}

export function levelOfCode(code: string): keyof typeof LEVEL_RANK {
  if (code === '000000') return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function mayTake(actor: Actor, place: CasePlace, rule: TransitionRule<never>): boolean {
  if (rule.automatic && actor.type !== 'system') return false;
  return hasPermission(actor, rule.permission) && meetsJurisdiction(actor, place, rule.jurisdiction);
}

export function firstFailedPrecondition<F>(
  rule: TransitionRule<F>,
  view: CaseView<F>,
  input: Record<string, unknown>,
  env: RuleEnv,
): { id: string; explain: Localized; detail: string | null } | null {
  for (const condition of rule.preconditions ?? []) {
    if (!condition.holds(view, input, env)) {
      return {
        id: condition.id,
        explain: condition.explain,
        detail: condition.detail?.(view, input) ?? null,
      };
    }
  }
  return null;
}

/** The actions the actor may take from the case's current state, with what blocks each. */
export function availableActions<F>(
  rules: CaseTypeRules<F>,
  view: CaseView<F>,
  actor: Actor,
  place: CasePlace,
  env: RuleEnv,
): CaseActionDto[] {
  return rules.transitions
    .filter((t) => t.from.includes(view.state) && mayTake(actor, place, t as TransitionRule<never>))
    .map((t) => {
      // Preconditions that depend on the form are checked on submit; the rest block the button.
      const blocked = (t.preconditions ?? []).find((p) => !dependsOnInput(p.id) && !p.holds(view, {}, env));
      return {
        id: t.id,
        label: t.label,
        to: t.to,
        fields: t.fields,
        documents: t.documents ?? [],
        blockedBy: blocked ? blocked.explain : null,
        danger: t.danger ?? false,
      };
    });
}

/** Preconditions named `input.*` judge the submitted form, so they cannot block a button. */
function dependsOnInput(id: string): boolean {
  return id.startsWith('input.');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fieldError(field: CaseFieldDto, value: unknown): string | null {
  if (value === undefined || value === null || value === '') {
    return field.required ? `${field.label.zh}为必填项 (${field.label.en} is required)` : null;
  }
  switch (field.type) {
    case 'number':
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${field.label.zh}应为数字`;
      if (field.min !== undefined && value < field.min) return `${field.label.zh}不得小于 ${field.min}`;
      if (field.max !== undefined && value > field.max) return `${field.label.zh}不得大于 ${field.max}`;
      return null;
    }
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : `${field.label.zh}应为日期 YYYY-MM-DD`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${field.label.zh}应为是或否`;
    case 'enum':
      return field.options?.some((o) => o.value === value)
        ? null
        : `${field.label.zh}的取值不在可选范围内：${String(value)}`;
    default:
      if (typeof value !== 'string') return `${field.label.zh}应为文本`;
      return value.length > 20_000 ? `${field.label.zh}过长` : null;
  }
}

/** Checks a form against its declared fields; unknown keys are refused so typos do not vanish. */
export function validateFields(
  fields: CaseFieldDto[],
  input: Record<string, unknown>,
  base = '',
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors.push({ path: `${base}${key}`, message: `未知字段 (unknown field) ${key}` });
  }
  for (const field of fields) {
    const message = fieldError(field, input[field.key]);
    if (message) errors.push({ path: `${base}${field.key}`, message });
  }
  return errors;
}

export function triage<F>(rules: CaseTypeRules<F>, view: CaseView<F>) {
  const chosen = rules.triage?.find((rule) => rule.when(view));
  if (!chosen) return null;
  return {
    procedure: chosen.procedure,
    reason: `${chosen.explain.zh}（${chosen.basis}）`,
    ruleId: chosen.id,
  };
}
