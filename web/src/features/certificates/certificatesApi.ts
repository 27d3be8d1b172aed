import type { CertificateCheckDto, CertificateDto } from '@ipp/shared';
import { api, buildUrl } from '../../app/api/client.ts';

/** The signed text exactly as issued (canonical JSON) with its SM2 signature, r ‖ s as 128 hex. */
export interface SignedCheck {
  payload: string;
  signature: string;
  keyId?: string;
}

/** The server also returns the signed text, so that anyone can verify a certificate offline. */
export type IssuedCertificate = CertificateDto & { payload?: string };

export const CHECK_REASONS = [
  'valid',
  'not_found',
  'record_tampered',
  'altered',
  'signature_invalid',
  'unknown_key',
  'malformed',
  'not_in_registry',
] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

export function isCheckReason(value: string): value is CheckReason {
  return (CHECK_REASONS as readonly string[]).includes(value);
}

/** Silent: the check page shows every answer, including "not found", as its own result. */
export const certificatesApi = {
  get: (code: string) =>
    api.get<CertificateCheckDto>(`/certificates/${encodeURIComponent(code)}`, undefined, { silent: true }),
  checkSigned: (check: SignedCheck) =>
    api.post<CertificateCheckDto>('/certificates/check', check, { silent: true }),
  pdfUrl: (code: string) => buildUrl(`/certificates/${encodeURIComponent(code)}/pdf`),
};

/** People may paste a code with spaces or line breaks; the code itself has none. */
export function normalizeCode(input: string): string {
  return input.trim().replace(/[\s\u3000]+/g, '');
}

/** Groups of four for reading aloud; a code that already has separators (K7QF-3M9T-XW2P) stays as it is. */
export function codeGroups(code: string): string[] {
  if (/[-\s]/.test(code)) return [code];
  return code.match(/.{1,4}/g) ?? [code];
}
