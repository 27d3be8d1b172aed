/** Verification for the HTTP API: single (with an optional certificate) and batch. */
import type { VerificationDto } from '@ipp/shared';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { type CertificateLinks, issueCertificate } from '../certificate/index.ts';
import { type VerifyQuery, verifyRight } from './verify.service.ts';

export async function verifyWithCertificate(
  context: ServiceContext,
  query: VerifyQuery & { certificate?: boolean },
  links: CertificateLinks = {},
): Promise<VerificationDto & { certificate?: unknown }> {
  const verification = await verifyRight(context.db, query);
  if (!query.certificate) return verification;
  const certificate = await inTransaction(context.db, (tx) =>
    issueCertificate(tx, context, verification, links),
  );
  return { ...verification, certificate };
}

/** All items at once: their lookups share batch statements (rights.batch.ts), in the items' order. */
export async function verifyBatch(context: ServiceContext, items: VerifyQuery[]): Promise<VerificationDto[]> {
  return Promise.all(items.map((item) => verifyRight(context.db, item)));
}
