import { CASE_TYPES, type CaseType } from '@ipp/shared';
import { useLocation } from 'react-router';

/** Where each case type's pages live: /cases/{type} for its queues, /cases/{type}/{id} for a case. */
export const queuePath = (type: CaseType) => `/cases/${type}`;
export const casePagePath = (type: CaseType, id: string) => `/cases/${type}/${encodeURIComponent(id)}`;

export function isCaseType(value: unknown): value is CaseType {
  return typeof value === 'string' && (CASE_TYPES as readonly string[]).includes(value);
}

/**
 * The three case types share one queue page and one case page; the route says which type, so the
 * menu registry needs no per-type components.
 */
export function useCaseTypeFromPath(): CaseType {
  const { pathname } = useLocation();
  const segment = pathname.split('/')[2];
  return isCaseType(segment) ? segment : 'enforcement';
}
