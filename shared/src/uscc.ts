/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
 * 18 characters: registration authority (1), organization category (1), GB/T 2260 region (6),
 * organization code body (9), check character (1). The check uses weights 3^(i-1) mod 31 over
 * the first 17 characters, in the 31-character alphabet that omits I, O, S, V and Z.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'charset' | 'check';

export interface UsccResult {
  valid: boolean;
  normalized: string;
  problem?: UsccProblem;
  /** The GB/T 2260 region code embedded in characters 3–8, when the code is well formed. */
  regionCode?: string;
  expectedCheck?: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`invalid USCC character at position ${i + 1}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check]!;
}

export function checkUscc(input: string): UsccResult {
  const normalized = input.trim().toUpperCase();
  if (normalized.length !== 18) return { valid: false, normalized, problem: 'length' };
  for (const ch of normalized) {
    if (!USCC_CHARSET.includes(ch)) return { valid: false, normalized, problem: 'charset' };
  }
  const expectedCheck = usccCheckCharacter(normalized.slice(0, 17));
  const regionCode = normalized.slice(2, 8);
  if (expectedCheck !== normalized[17]) {
    return { valid: false, normalized, problem: 'check', expectedCheck, regionCode };
  }
  return { valid: true, normalized, regionCode };
}
