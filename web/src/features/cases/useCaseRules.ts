import type { CaseType, CaseTypeRulesDto, Localized } from '@ipp/shared';
import { useCallback } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { casesApi } from './casesApi.ts';

/** Rules change only with a deployment, so one fetch per page load serves the queue and case pages. */
const cache = new Map<CaseType, Promise<CaseTypeRulesDto>>();

function loadRules(type: CaseType): Promise<CaseTypeRulesDto> {
  let pending = cache.get(type);
  if (!pending) {
    pending = casesApi.rules(type);
    // A failed fetch is not kept: the next page visit asks again.
    pending.catch(() => cache.delete(type));
    cache.set(type, pending);
  }
  return pending;
}

export function useCaseRules(type: CaseType) {
  const load = useCallback(() => loadRules(type), [type]);
  const { data, loading } = useRequest(load);
  const rules = data?.caseType === type ? data : undefined;
  return { rules, loading };
}

/** The label of a state, from the rules when they know it, else the server's own label on the case. */
export function stateLabelOf(
  rules: CaseTypeRulesDto | undefined,
  state: string,
  fallback?: Localized,
): Localized | undefined {
  return rules?.states.find((s) => s.id === state)?.label ?? fallback;
}

export function isTerminal(rules: CaseTypeRulesDto | undefined, state: string): boolean {
  return rules?.states.find((s) => s.id === state)?.terminal ?? false;
}
