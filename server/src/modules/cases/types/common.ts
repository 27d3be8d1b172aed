/** Preconditions shared by case types. */
import type { Precondition } from '../engine/rules.ts';

export function hasParty(role: string, zh: string): Precondition {
  return {
    id: `party.${role}`,
    explain: { zh: `案件须登记${zh}`, en: `The case needs a party with the role ${role}` },
    holds: (view) => view.parties.some((p) => p.role === role),
  };
}

export const HAS_RIGHT: Precondition = {
  id: 'right.linked',
  explain: { zh: '案件须关联经核验的权利', en: 'The case needs a linked, verified right' },
  holds: (view) => view.rights.length > 0,
};

export const RIGHT_VALID: Precondition = {
  id: 'right.valid',
  explain: { zh: '所涉权利经核验须为有效状态', en: 'The linked right must be valid when verified' },
  holds: (view) =>
    view.rights.some((r) => (r.verification['right'] as { valid?: boolean } | null)?.valid === true),
};

/** A date in the form at least `days` working days after today (notice periods). */
export function dateAtLeastWorkingDaysAhead(key: string, days: number, basis: string): Precondition {
  return {
    id: `input.${key}.notice`,
    explain: {
      zh: `${basis}：须至少提前 ${days} 个工作日通知`,
      en: `${basis}: notice at least ${days} working days ahead`,
    },
    holds: (_view, input, env) => {
      const value = input[key];
      return typeof value === 'string' && value >= env.addWorkingDays(env.today, days);
    },
  };
}

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
