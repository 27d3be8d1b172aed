/** Short constructors for declared form fields, so rules tables stay readable. */
import type { CaseFieldDto, FieldType } from '@ipp/shared';

export function field(
  key: string,
  zh: string,
  en: string,
  type: FieldType = 'text',
  extra: Partial<Omit<CaseFieldDto, 'key' | 'label' | 'type'>> = {},
): CaseFieldDto {
  return { key, label: { zh, en }, type, required: true, ...extra };
}

export function optional(field: CaseFieldDto): CaseFieldDto {
  return { ...field, required: false };
}

export function choice(
  key: string,
  zh: string,
  en: string,
  options: [string, string, string][],
): CaseFieldDto {
  return field(key, zh, en, 'enum', {
    options: options.map(([value, z, e]) => ({ value, label: { zh: z, en: e } })),
  });
}

export const REASONS = field('reasons', '理由', 'Reasons', 'textarea');
export const OPINION = field('opinion', '承办意见', 'Handling opinion', 'textarea');
