/** The public certificate routes through inject(), on a small app with the platform's HTTP pieces. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { sm2Verify } from '../../platform/crypto/sm2.ts';
import { registerProblemHandlers } from '../../platform/http/problem.ts';
import { ProblemSchema } from '../../platform/http/schemas.ts';
import { certificateRoutes } from './certificate.routes.ts';
import { issueCertificate, type SignedCertificateDto } from './certificate.service.ts';
import { contextFor, pdfTextStreams, TEST_SECRET, VERIFICATION } from './certificate.test-fixtures.ts';
import { configureCertificateSigning } from './signing-keys.ts';

describe('certificate routes', () => {
  let testDb: TestDatabase;
  let app: FastifyInstance;
  let issued: SignedCertificateDto;
  before(async () => {
    testDb = await createTestDatabase();
    configureCertificateSigning(TEST_SECRET);
    app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    await app.register(rateLimit, { global: false });
    app.addSchema(ProblemSchema);
    registerProblemHandlers(app);
    await app.register(certificateRoutes, { db: testDb.database.db });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await testDb.cleanup();
  });

  test('before any certificate there is no public key to give', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/certificates/public-key' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'CERT_NO_SIGNING_KEY');
    const db = testDb.database.db;
    issued = await issueCertificate(db, contextFor(db), VERIFICATION);
  });

  test('the public key lets anyone verify a certificate offline', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/certificates/public-key' });
    assert.equal(response.statusCode, 200);
    const key = response.json();
    assert.equal(key.keyId, issued.keyId);
    assert.equal(key.userId, '1234567812345678');
    assert.equal(key.keys.length, 1);
    assert.ok(sm2Verify(issued.payload, issued.signature, key.publicKey));
  });

  test('GET by code answers the certificate and whether it is genuine', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${issued.code.toLowerCase()}`,
      headers: { host: 'ipp.example.cn' },
    });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.genuine, true);
    assert.equal(body.unaltered, true);
    assert.equal(body.reason, 'valid');
    assert.equal(body.certificate.code, issued.code);
    assert.equal(body.certificate.payload, issued.payload, 'the signed text, byte for byte');
    assert.deepEqual(body.certificate.verification, VERIFICATION, 'the serializer keeps every field');
    assert.equal(body.certificate.url, `/c/${issued.code}`);
    assert.match(body.certificate.qrSvg, /^<svg/);
  });

  test('an unknown code is 404 CERT_NOT_FOUND as problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/certificates/2222-3333-4444' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    assert.equal(response.json().code, 'CERT_NOT_FOUND');
    const pdf = await app.inject({ method: 'GET', url: '/api/v1/certificates/2222-3333-4444/pdf' });
    assert.equal(pdf.statusCode, 404);
  });

  test('the PDF is served inline as application/pdf', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${issued.code}/pdf`,
      headers: { host: 'ipp.example.cn' },
    });
    assert.equal(response.statusCode, 200);
    const link = Buffer.from(`http://ipp.example.cn/c/${issued.code}`).toString('hex');
    assert.ok(
      pdfTextStreams(response.rawPayload).join('').includes(link),
      'absolute link of the caller’s host',
    );
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(
      String(response.headers['content-disposition']),
      new RegExp(`certificate-${issued.code}\\.pdf`),
    );
    assert.equal(response.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('POST check: by code, by payload and signature, and an altered payload', async () => {
    const check = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/api/v1/certificates/check', payload });
    const byCode = await check({ code: issued.code });
    assert.equal(byCode.statusCode, 200);
    assert.equal(byCode.json().genuine, true);
    const bySignature = await check({ payload: issued.payload, signature: issued.signature.toUpperCase() });
    assert.equal(bySignature.json().genuine, true);
    const altered = await check({
      payload: issued.payload.replace('深圳市星河智联', '深圳市星河智连'),
      signature: issued.signature,
    });
    assert.equal(altered.statusCode, 200);
    assert.deepEqual(
      { genuine: altered.json().genuine, unaltered: altered.json().unaltered, reason: altered.json().reason },
      { genuine: false, unaltered: false, reason: 'altered' },
    );
    const unknown = await check({ code: 'ZZZZ-ZZZZ-ZZZZ' });
    assert.deepEqual(unknown.json(), { genuine: false, unaltered: false, reason: 'not_found' });
    const invalid = await check({ payload: issued.payload, signature: 'xyz' });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().code, 'PLATFORM_VALIDATION');
  });

  test('a tampered record checks false and has no PDF', async () => {
    await testDb.database.query(
      'update certificates set payload = replace(payload, \'"valid":true\', \'"valid":false\') where code = $1',
      [issued.code],
    );
    const response = await app.inject({ method: 'GET', url: `/api/v1/certificates/${issued.code}` });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { genuine: false, unaltered: false, reason: 'record_tampered' });
    const pdf = await app.inject({ method: 'GET', url: `/api/v1/certificates/${issued.code}/pdf` });
    assert.equal(pdf.statusCode, 409);
    assert.equal(pdf.json().code, 'CERT_NOT_GENUINE');
  });

  test('POST check is limited to 60 a minute per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/certificates/check',
        remoteAddress: '203.0.113.7',
        payload: { code: '2222-3333-4444' },
      });
      statuses.push(response.statusCode);
    }
    assert.equal(statuses.filter((s) => s === 200).length, 60);
    assert.equal(statuses.at(-1), 429);
  });
});
