/**
 * Public certificate routes: anyone holding a code or a printout may check it, without logging in.
 * Each is rate limited per address; the PDF, which costs the most to make, the most.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SM2_USER_ID } from '../../platform/crypto/sm2.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { PAYLOAD_FORMAT } from './certificate.payload.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import {
  CertificateCheckSchema,
  CertificateSchema,
  CertifiedVerificationSchema,
  CheckBody,
  CodeParams,
  PublicKeySchema,
} from './certificate.schemas.ts';
import { type CertificateLinks, checkCertificate } from './certificate.service.ts';
import { findActiveKey, listKeys, SIGNING_ALGORITHM } from './signing-keys.ts';

/** The origin the caller reached (honouring TRUST_PROXY), for the QR code's absolute link. */
export function requestLinks(request: FastifyRequest): CertificateLinks {
  return { baseUrl: `${request.protocol}://${request.host}` };
}

const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
const tags = ['certificates'];

export const certificateRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(CertifiedVerificationSchema);
  app.addSchema(CertificateSchema);
  app.addSchema(CertificateCheckSchema);
  app.addSchema(PublicKeySchema);

  app.get(
    '/api/v1/certificates/public-key',
    {
      schema: {
        tags,
        summary: 'The platform’s SM2 public key(s), to verify certificates offline',
        security: [],
        response: { 200: Type.Ref('SigningPublicKey'), ...errorResponses(404) },
      },
    },
    async () => {
      const active = await findActiveKey(db);
      if (!active) throw new AppError('CERT_NO_SIGNING_KEY', 'No certificate has been issued yet.');
      const keys = (await listKeys(db)).map((k) => ({
        keyId: k.id,
        publicKey: k.publicKey,
        active: k.active,
        createdAt: k.createdAt.toISOString(),
      }));
      return {
        keyId: active.id,
        publicKey: active.publicKey,
        algorithm: SIGNING_ALGORITHM,
        curve: 'SM2 recommended curve (GB/T 32918.5-2017)',
        userId: SM2_USER_ID,
        signatureFormat: 'r ‖ s, 32 + 32 bytes as 128 hex characters (not DER)',
        payloadFormat: `${PAYLOAD_FORMAT}: canonical JSON (object keys sorted, no spaces), UTF-8`,
        keys,
      };
    },
  );

  app.get(
    '/api/v1/certificates/:code',
    {
      config: perMinute(120),
      schema: {
        tags,
        summary: 'A certificate by its code, and whether it is genuine',
        security: [],
        params: CodeParams,
        response: { 200: Type.Ref('CertificateCheck'), ...errorResponses(404, 429) },
      },
    },
    async (request) => {
      const check = await checkCertificate(db, { code: request.params.code }, requestLinks(request));
      if (check.reason === 'not_found') {
        throw new AppError('CERT_NOT_FOUND', `No certificate ${request.params.code}.`);
      }
      return check;
    },
  );

  app.get(
    '/api/v1/certificates/:code/pdf',
    {
      config: perMinute(20),
      schema: {
        tags,
        summary: 'The certificate as a PDF (A4, Chinese)',
        security: [],
        params: CodeParams,
        response: {
          200: {
            description: 'The certificate as a PDF',
            content: {
              'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
            },
          },
          ...errorResponses(404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const links = requestLinks(request);
      const check = await checkCertificate(db, { code: request.params.code }, links);
      if (check.reason === 'not_found') {
        throw new AppError('CERT_NOT_FOUND', `No certificate ${request.params.code}.`);
      }
      if (!check.certificate || !check.genuine) {
        throw new AppError(
          'CERT_NOT_GENUINE',
          `Certificate ${request.params.code} fails its signature check.`,
        );
      }
      const pdf = await renderCertificatePdf(check.certificate, links);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="certificate-${check.certificate.code}.pdf"`)
        .header('cache-control', 'no-cache')
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/certificates/check',
    {
      config: perMinute(60),
      schema: {
        tags,
        summary: 'Check a certificate by code, or by its signed payload and signature',
        security: [],
        body: CheckBody,
        response: { 200: Type.Ref('CertificateCheck'), ...errorResponses(400, 429) },
      },
    },
    async (request) => checkCertificate(db, request.body, requestLinks(request)),
  );
};
