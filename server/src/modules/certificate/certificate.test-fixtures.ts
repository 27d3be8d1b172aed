/** A verification and an actor for the certificate tests (not used by the server). */
import { inflateSync } from 'node:zlib';
import type { Permission, VerificationDto } from '@ipp/shared';
import type { Actor } from '../../platform/access/actor.ts';
import { scopeOfRegion } from '../../platform/access/scope.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import type { SignedCertificateDto } from './certificate.service.ts';

export const TEST_SECRET = 'certificate-tests-secret-0123456789abcdef';

export const OFFICER: Actor = {
  type: 'user',
  id: '5b0c8a52-61a4-4c1b-9a53-2b8f3e1c9d01',
  name: 'sz.officer',
  org: {
    id: 'a3f1d2c4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    name: '深圳市市场监督管理局',
    regionCode: '440300',
    level: 'city',
  },
  permissions: new Set<Permission>(),
  scope: scopeOfRegion('440300', 'city'),
};

export function contextFor(db: ServiceContext['db'], actor: Actor = OFFICER): ServiceContext {
  return { db, actor, requestId: 'req-certificate-test' };
}

export const VERIFICATION: VerificationDto = {
  type: 'patent',
  query: { number: 'CN202310123456.7', holder: '深圳市星河智联科技有限公司', asOf: '2025-06-30' },
  exists: true,
  right: {
    id: '0d5e6f70-8192-4a3b-bc4d-5e6f708192a3',
    number: '202310123456.7',
    subtype: 'invention',
    title: '一种基于边缘计算的图像识别方法',
    status: 'valid',
    valid: true,
    filingDate: '2023-02-14',
    grantDate: '2024-11-08',
    expiryDate: '2043-02-14',
  },
  holderMatch: {
    claimed: '深圳市星河智联科技有限公司',
    result: 'exact',
    matchedHolder: '深圳市星河智联科技有限公司',
  },
  holdersOnDate: [
    {
      name: '深圳市星河智联科技有限公司',
      uscc: '91440300MA5K9P3Q1X',
      kind: 'organization',
      role: 'patentee',
      from: '2024-11-08',
      to: null,
    },
  ],
  currentHolders: [
    {
      name: '深圳市星河智联科技有限公司',
      uscc: '91440300MA5K9P3Q1X',
      kind: 'organization',
      role: 'patentee',
      from: '2024-11-08',
      to: null,
    },
  ],
  keyEvents: [
    { type: 'application', date: '2023-02-14', summary: '申请', detail: null },
    { type: 'grant', date: '2024-11-08', summary: '授权公告', detail: { grantNumber: 'CN115000000B' } },
  ],
  dataSource: { source: '国家知识产权局专利数据（演示）', updatedAt: '2025-06-01T00:00:00.000Z' },
  checkedAt: '2025-07-01T08:30:00.000Z',
};

/** The page content streams, inflated (pdfkit compresses them). */
/** A certificate with fixed contents, for rendering tests. */
export const SAMPLE_CERTIFICATE: SignedCertificateDto = {
  code: 'K7QF-3M9T-XW2P',
  issuedAt: '2025-07-01T08:30:05.000Z',
  keyId: '0123456789abcdef',
  verification: VERIFICATION,
  signature: 'ab'.repeat(64),
  url: '/c/K7QF-3M9T-XW2P',
  pdfUrl: '/api/v1/certificates/K7QF-3M9T-XW2P/pdf',
  qrSvg: '<svg/>',
  payload: '{}',
};

export function pdfTextStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    try {
      streams.push(inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // not a deflated stream (an image's raw data, say)
    }
  }
  return streams.filter((s) => s.includes('BT'));
}
