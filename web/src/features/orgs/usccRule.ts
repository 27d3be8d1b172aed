import { checkUscc, USCC_CHARSET } from '@ipp/shared';
import type { Translate } from '../../app/i18n/index.tsx';

/**
 * Explains why a unified social credit code is invalid, or returns null when it is valid.
 * Mirrors the server's check (shared/uscc.ts), so people see the problem before submitting.
 */
export function usccProblemMessage(input: string, t: Translate): string | null {
  const result = checkUscc(input);
  if (result.valid) return null;
  switch (result.problem) {
    case 'length':
      return t('orgs.usccLength', { length: result.normalized.length });
    case 'charset': {
      const bad = [...result.normalized].find((ch) => !USCC_CHARSET.includes(ch)) ?? '?';
      return t('orgs.usccCharset', { char: bad });
    }
    default:
      return t('orgs.usccCheck', { expected: result.expectedCheck ?? '?' });
  }
}

/** An antd Form validator: required when the organization kind needs a USCC. */
export function usccValidator(t: Translate, required: () => boolean) {
  return async (_rule: unknown, value: unknown) => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (required()) throw new Error(t('orgs.usccRequired'));
      return;
    }
    const problem = usccProblemMessage(text, t);
    if (problem) throw new Error(problem);
  };
}
