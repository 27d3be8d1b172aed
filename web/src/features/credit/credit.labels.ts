/**
 * Labels of the credit pages' codes (states, removal reasons, severities): the texts themselves live
 * in app/i18n/credit.*.ts; these map a code to its message key and colour, falling back to the code
 * when the server sends one the web does not know yet.
 */
import type { MessageKey, Translate } from '../../app/i18n/index.tsx';
import type { ListingState, RepairDto } from './listingApi.ts';

const GRADE_COLORS: Record<string, string> = { 'A+': 'green', A: 'green', B: 'blue', C: 'orange', D: 'red' };

export function gradeColor(grade: string): string {
  return GRADE_COLORS[grade] ?? 'default';
}

export const LISTING_STATE_COLORS: Record<ListingState, string> = {
  proposed: 'default',
  notified: 'processing',
  awaiting_approval: 'gold',
  decided: 'warning',
  published: 'error',
  removed: 'success',
  withdrawn: 'default',
};

export const REPAIR_STATE_COLORS: Record<RepairDto['state'], string> = {
  applied: 'processing',
  accepted_for_review: 'warning',
  approved: 'success',
  rejected: 'error',
};

/** The text of a code under a key prefix, or the code itself when no message is declared for it. */
export function codeLabel(t: Translate, prefix: string, code: string): string {
  // t() of an unknown key yields undefined at run time, whatever its declared type says.
  const text: string | undefined = t(`${prefix}.${code}` as MessageKey);
  return text ?? code;
}
