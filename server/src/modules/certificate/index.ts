/** Verification certificates (权属核验证明): SM2-signed, checkable by code or content, as PDF. */

export type { CertificateCheckDto, CertificateDto } from '@ipp/shared';
export { renderCertificatePdf } from './certificate.pdf.ts';
export { certificateRoutes, requestLinks } from './certificate.routes.ts';
export {
  type CertificateCheck,
  type CertificateLinks,
  CHECK_REASONS,
  type CheckInput,
  type CheckReason,
  checkCertificate,
  issueCertificate,
  type SignedCertificateDto,
} from './certificate.service.ts';
export { certificates, signingKeys } from './certificate.tables.ts';
export {
  configureCertificateSigning,
  getActiveKey,
  prepareCertificateSigning,
  type SigningKeyInfo,
} from './signing-keys.ts';
