/**
 * Holder-name matching for verification: exact, after normalization, or not at all. Normalization
 * folds width (NFKC), case, spaces and punctuation, brackets (（）→()), and common company-form
 * variants, so 华为技术有限公司 and 华为技术 有限公司 match "after normalization".
 */
import { checkUscc } from '@ipp/shared';

const COMPANY_FORMS: [RegExp, string][] = [
  [/股份有限公司$/u, '股份有限公司'],
  [/有限责任公司$/u, '有限公司'],
  [/\bco\.?,?\s*ltd\.?$/iu, 'co ltd'],
  [/\bcorporation$/iu, 'corp'],
  [/\bincorporated$/iu, 'inc'],
];

export function normalizeName(name: string): string {
  let value = name.normalize('NFKC').toLowerCase().trim();
  for (const [pattern, replacement] of COMPANY_FORMS) value = value.replace(pattern, replacement);
  return value.replace(/[\s·.,，、'"“”‘’()（）[\]【】\-_/]/gu, '');
}

export interface HolderCandidate {
  name: string;
  uscc: string | null;
}

export function matchHolder(
  claimed: string,
  holders: HolderCandidate[],
): { result: 'exact' | 'normalized' | 'none'; matched: HolderCandidate | null } {
  const trimmed = claimed.trim();
  const uscc = checkUscc(trimmed);
  if (uscc.valid) {
    const byCode = holders.find((h) => h.uscc === uscc.normalized);
    return byCode ? { result: 'exact', matched: byCode } : { result: 'none', matched: null };
  }
  const exact = holders.find((h) => h.name === trimmed);
  if (exact) return { result: 'exact', matched: exact };
  const wanted = normalizeName(trimmed);
  const normalized = holders.find((h) => normalizeName(h.name) === wanted);
  return normalized ? { result: 'normalized', matched: normalized } : { result: 'none', matched: null };
}
