/** The case types the platform runs, and the hooks their rules name. A new type is a new entry. */
import type { CaseType } from '@ipp/shared';
import { AppError } from '../../platform/http/error-catalog.ts';
import type { CaseTypeRules } from './engine/rules.ts';
import { mediationEnded, openMediation } from './handover.ts';
import { type CaseHook, COMMON_HOOKS } from './hooks.ts';
import { adjudicationRules } from './types/adjudication.rules.ts';
import { enforcementRules } from './types/enforcement.rules.ts';
import { mediationRules } from './types/mediation.rules.ts';

const RULES: Record<CaseType, CaseTypeRules> = {
  enforcement: enforcementRules,
  adjudication: adjudicationRules,
  mediation: mediationRules,
};

const HOOKS: Record<string, CaseHook> = {
  ...COMMON_HOOKS,
  open_mediation: openMediation,
  mediation_ended: mediationEnded,
};

export function caseRules(caseType: string): CaseTypeRules {
  const rules = RULES[caseType as CaseType];
  if (!rules) throw new AppError('CASE_NOT_FOUND', `Unknown case type ${caseType}`);
  return rules;
}

export function caseHooks(_caseType: string): Record<string, CaseHook> {
  return HOOKS;
}

export function allCaseRules(): CaseTypeRules[] {
  return Object.values(RULES);
}
