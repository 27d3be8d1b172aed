import type { CaseType } from '@ipp/shared';
import type { MessageKey, Translate } from '../../app/i18n/index.tsx';

/** The roles a party can have in each case type, in the order the intake form offers them. */
export const PARTY_ROLES: Record<CaseType, readonly string[]> = {
  enforcement: ['respondent', 'complainant', 'agent'],
  adjudication: ['requester', 'respondent', 'agent'],
  mediation: ['applicant', 'respondent', 'agent'],
};

/** Roles officials and experts are assigned to a case in. */
const ASSIGNMENT_ROLES = new Set(['handler', 'mediator']);

/**
 * The same role code has its own name in each procedure (the respondent is 当事人 in enforcement,
 * 被请求人 in adjudication, 被申请人 in mediation). Unknown codes from the server show as they are.
 */
export function partyRoleLabel(caseType: CaseType, role: string, t: Translate): string {
  if (PARTY_ROLES[caseType].includes(role)) return t(`cases.role.${caseType}.${role}` as MessageKey);
  if (ASSIGNMENT_ROLES.has(role)) return t(`cases.role.${role}` as MessageKey);
  return role;
}
