/**
 * Verification certificates (权属核验证明): a verification's question and answer with the time,
 * signed with SM2 under the platform's key, stored under a short code, and checked again later —
 * by code (the stored record must still carry a good signature) or by the signed payload itself
 * (a printout's or a download's content must still be exactly what was signed).
 */
import { randomUUID } from 'node:crypto';
import type { CertificateDto, VerificationDto } from '@ipp/shared';
import QRCode from 'qrcode';
import { appendAudit } from '../../platform/audit/index.ts';
import { sm2Sign, sm2Verify } from '../../platform/crypto/sm2.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import {
  type CertificatePayload,
  newCertificateCode,
  normalizeCertificateCode,
  PAYLOAD_FORMAT,
  parsePayload,
  serializePayload,
} from './certificate.payload.ts';
import {
  type CertificateRow,
  codeTaken,
  findCertificateByCode,
  insertCertificate,
} from './certificate.repository.ts';
import { activeKeyPair, findKey, listKeys, SIGNING_ALGORITHM } from './signing-keys.ts';

/** The certificate with the exact signed text, so that anyone can verify it offline. */
export type SignedCertificateDto = CertificateDto & { payload: string };

/** Why a check came out as it did; stable codes, with the Chinese wording for pages. */
export const CHECK_REASONS = {
  valid: '证明真实有效，内容与签发时一致',
  not_found: '没有此编号的证明',
  record_tampered: '平台存储的证明记录未通过签名校验，可能已被篡改',
  altered: '提交的内容与平台签发的证明不一致，已被改动',
  signature_invalid: '签名无效：内容不是本平台签发的，或已被改动',
  unknown_key: '签名所用密钥不是本平台的密钥',
  malformed: '提交的内容不是证明数据',
  not_in_registry: '签名有效，但平台没有此证明的记录',
} as const;
export type CheckReason = keyof typeof CHECK_REASONS;

export interface CertificateCheck {
  /** Signed by the platform's key. */
  genuine: boolean;
  /** The content is exactly what was signed and recorded. */
  unaltered: boolean;
  reason: CheckReason;
  /** The genuine certificate, when there is one to show. */
  certificate?: SignedCertificateDto;
}

export type CheckInput = { code: string } | { payload: string; signature: string; keyId?: string };

export interface CertificateLinks {
  /** Origin for the QR code's link, e.g. https://ipp.example.cn; without it the link is a path. */
  baseUrl?: string;
}

export function certificatePaths(code: string) {
  return { url: `/c/${code}`, pdfUrl: `/api/v1/certificates/${code}/pdf` };
}

/** The link a certificate's QR code carries. */
export function publicLink(code: string, links: CertificateLinks = {}): string {
  const path = certificatePaths(code).url;
  return links.baseUrl ? `${links.baseUrl.replace(/\/+$/, '')}${path}` : path;
}

async function toDto(
  payloadText: string,
  payload: CertificatePayload,
  signature: string,
  links: CertificateLinks,
): Promise<SignedCertificateDto> {
  const qrSvg = await QRCode.toString(publicLink(payload.code, links), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 1,
  });
  return {
    code: payload.code,
    issuedAt: payload.issuedAt,
    keyId: payload.keyId,
    verification: payload.verification,
    signature,
    ...certificatePaths(payload.code),
    qrSvg,
    payload: payloadText,
  };
}

async function unusedCode(db: Executor): Promise<string> {
  for (;;) {
    const code = newCertificateCode();
    if (!(await codeTaken(db, code))) return code;
  }
}

function summaryOf(verification: VerificationDto): Record<string, unknown> {
  return {
    type: verification.type,
    number: verification.query.number,
    holder: verification.query.holder,
    asOf: verification.query.asOf,
    exists: verification.exists,
    status: verification.right?.status ?? null,
    valid: verification.right?.valid ?? null,
    holderMatch: verification.holderMatch?.result ?? null,
  };
}

/**
 * Signs a verification and records it, with its audit record, in the caller's transaction.
 * Whoever may verify may ask for a certificate: the caller's service decides that.
 */
export async function issueCertificate(
  tx: Executor,
  context: ServiceContext,
  verification: VerificationDto,
  links: CertificateLinks = {},
): Promise<SignedCertificateDto> {
  return inTransaction(tx, async (t) => {
    const { key, pair } = await activeKeyPair(t);
    const code = await unusedCode(t);
    const issuedAt = new Date();
    const org = context.actor.org;
    const payload: CertificatePayload = {
      format: PAYLOAD_FORMAT,
      code,
      issuedAt: issuedAt.toISOString(),
      issuer: org ? { orgId: org.id, orgName: org.name, regionCode: org.regionCode } : null,
      keyId: key.id,
      algorithm: SIGNING_ALGORITHM,
      verification,
    };
    const payloadText = serializePayload(payload);
    const signature = sm2Sign(payloadText, pair);
    await insertCertificate(t, {
      id: randomUUID(),
      code,
      payload: payloadText,
      signature,
      keyId: key.id,
      rightId: verification.right?.id ?? null,
      summary: summaryOf(verification),
      issuedAt,
      issuedBy: context.actor.id ?? context.actor.type,
      regionCode: org?.regionCode ?? null,
    });
    await appendAudit(t, auditContext(context), {
      action: 'registry.certificate.issue',
      targetType: 'certificate',
      targetId: code,
      detail: { code, keyId: key.id, ...summaryOf(verification) },
    });
    // The answer shows what was signed, read back from the signed text.
    return toDto(payloadText, parsePayload(payloadText)!, signature, links);
  });
}

/** The stored certificate if its record still verifies; the reason otherwise. */
async function checkStored(
  db: Executor,
  row: CertificateRow,
  links: CertificateLinks,
): Promise<CertificateCheck> {
  const key = await findKey(db, row.keyId);
  const payload = parsePayload(row.payload);
  const intact =
    key !== null &&
    payload !== null &&
    payload.code === row.code &&
    payload.keyId === row.keyId &&
    sm2Verify(row.payload, row.signature, key.publicKey);
  if (!intact) return { genuine: false, unaltered: false, reason: 'record_tampered' };
  const certificate = await toDto(row.payload, payload, row.signature, links);
  return { genuine: true, unaltered: true, reason: 'valid', certificate };
}

async function checkByCode(db: Executor, input: string, links: CertificateLinks): Promise<CertificateCheck> {
  const code = normalizeCertificateCode(input);
  const row = code ? await findCertificateByCode(db, code) : null;
  if (!row) return { genuine: false, unaltered: false, reason: 'not_found' };
  return checkStored(db, row, links);
}

async function checkSubmitted(
  db: Executor,
  input: { payload: string; signature: string; keyId?: string },
  links: CertificateLinks,
): Promise<CertificateCheck> {
  const payload = parsePayload(input.payload);
  if (!payload) return { genuine: false, unaltered: false, reason: 'malformed' };
  const keys = input.keyId ? [await findKey(db, input.keyId)] : await listKeys(db);
  if (!keys[0]) return { genuine: false, unaltered: false, reason: 'unknown_key' };
  const signed = keys.some((key) => key && sm2Verify(input.payload, input.signature, key.publicKey));
  const row = await findCertificateByCode(db, payload.code);
  const stored = row ? await checkStored(db, row, links) : null;
  if (!signed) {
    // The submitted text was changed; show what was really issued under that code, if anything.
    if (stored?.genuine)
      return { genuine: false, unaltered: false, reason: 'altered', certificate: stored.certificate };
    return { genuine: false, unaltered: false, reason: 'signature_invalid' };
  }
  if (row && row.payload === input.payload && stored?.genuine) return stored;
  // Signed by the platform, but its record is gone or was changed since.
  const certificate = await toDto(input.payload, payload, input.signature.toLowerCase(), links);
  if (!row) return { genuine: true, unaltered: true, reason: 'not_in_registry', certificate };
  return { genuine: true, unaltered: false, reason: 'record_tampered', certificate };
}

/**
 * Checks a certificate by its code, or by its signed payload and signature (as printed or
 * downloaded). Never throws for a bad certificate: the answer says what is wrong.
 */
export async function checkCertificate(
  db: Executor,
  input: CheckInput,
  links: CertificateLinks = {},
): Promise<CertificateCheck> {
  if ('payload' in input) return checkSubmitted(db, input, links);
  return checkByCode(db, input.code, links);
}
