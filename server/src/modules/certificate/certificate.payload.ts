/**
 * What a certificate signs: canonical JSON (object keys sorted, no spaces, UTF-8; the same form as
 * the audit chain's, which for these values agrees with RFC 8785), and its short human code.
 */
import { randomBytes } from 'node:crypto';
import type { VerificationDto } from '@ipp/shared';
import { canonicalJson } from '../../platform/audit/audit-chain.ts';

export const PAYLOAD_FORMAT = 'ipp.certificate.v1';

export interface CertificateIssuer {
  orgId: string;
  orgName: string;
  regionCode: string;
}

/** The signed record: the question and answer (verification), the time, the issuer, the key. */
export interface CertificatePayload {
  format: typeof PAYLOAD_FORMAT;
  code: string;
  issuedAt: string;
  /** The organization of the user who asked; null when the platform itself answered. */
  issuer: CertificateIssuer | null;
  keyId: string;
  algorithm: string;
  verification: VerificationDto;
}

export function serializePayload(payload: CertificatePayload): string {
  return canonicalJson(payload);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The payload read back from its JSON, or null when it is not a certificate payload. */
export function parsePayload(text: string): CertificatePayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || value['format'] !== PAYLOAD_FORMAT) return null;
  const { code, issuedAt, keyId, verification } = value;
  if (typeof code !== 'string' || typeof issuedAt !== 'string' || typeof keyId !== 'string') return null;
  if (!isObject(verification) || !isObject(verification['query'])) return null;
  return value as unknown as CertificatePayload;
}

// 32 characters with no 0/O or 1/I to confuse: a code is read aloud and typed from paper.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;

/** A new code of 12 characters (60 random bits), grouped as K7QF-3M9T-XW2P. */
export function newCertificateCode(): string {
  const chars = [...randomBytes(CODE_LENGTH)].map((byte) => CODE_ALPHABET[byte & 31]);
  return groupCode(chars.join(''));
}

function groupCode(bare: string): string {
  return bare.match(/.{4}/g)!.join('-');
}

/** The code in its grouped form, from any case, spacing or dashes; null when it cannot be one. */
export function normalizeCertificateCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== CODE_LENGTH || [...bare].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return groupCode(bare);
}
