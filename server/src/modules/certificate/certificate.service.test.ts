/** Signing keys and certificates on a real database (PGlite, or PostgreSQL with DATABASE_URL). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { loadConfig } from '../../config.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import { sm2Verify } from '../../platform/crypto/sm2.ts';
import { normalizeCertificateCode } from './certificate.payload.ts';
import { checkCertificate, issueCertificate } from './certificate.service.ts';
import { contextFor, TEST_SECRET, VERIFICATION } from './certificate.test-fixtures.ts';
import {
  configureCertificateSigning,
  getActiveKey,
  keyIdOf,
  prepareCertificateSigning,
} from './signing-keys.ts';

describe('certificates', () => {
  let testDb: TestDatabase;
  before(async () => {
    testDb = await createTestDatabase();
    configureCertificateSigning(TEST_SECRET);
  });
  after(() => testDb.cleanup());
  const db = () => testDb.database.db;
  const query = <T>(text: string, params?: unknown[]) => testDb.database.query<T>(text, params);

  test('outside demo mode a missing secret stops whatever needs the key', async () => {
    assert.equal(loadConfig({}).signingKeySecret, null, 'the OpenAPI generator still loads its config');
    assert.ok(loadConfig({}, { demo: true }).signingKeySecret, 'demo mode has a default');
    assert.throws(() => loadConfig({ SIGNING_KEY_SECRET: 'short' }), /SIGNING_KEY_SECRET/);
    await assert.rejects(prepareCertificateSigning(db(), null), (error: Error) =>
      /Invalid setting SIGNING_KEY_SECRET/.test(error.message),
    );
    assert.equal((await query('select id from signing_keys')).length, 0, 'no key was made');
    configureCertificateSigning(TEST_SECRET);
  });

  test('two creators at once end with one key, named by SM3 of its public key', async () => {
    const keys = await Promise.all([getActiveKey(db()), getActiveKey(db()), getActiveKey(db())]);
    assert.equal(new Set(keys.map((k) => k.id)).size, 1);
    const rows = await query<{ id: string; public_key: string; private_key_protected: string }>(
      'select id, public_key, private_key_protected from signing_keys',
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.id, keyIdOf(rows[0]!.public_key));
    assert.match(rows[0]!.id, /^[0-9a-f]{16}$/);
    assert.match(rows[0]!.private_key_protected, /^sm4cbc-hmacsm3\.v1:/);
  });

  test('a wrong secret stops the start with a ConfigError naming SIGNING_KEY_SECRET', async () => {
    await assert.rejects(
      prepareCertificateSigning(db(), 'another-secret-of-32-characters-or-more'),
      (e: Error) => /SIGNING_KEY_SECRET.*does not open/.test(e.message),
    );
    const key = await prepareCertificateSigning(db(), TEST_SECRET);
    assert.equal(key.active, true);
  });

  test('issuing signs the canonical payload, stores it and audits it in one transaction', async () => {
    const certificate = await issueCertificate(db(), contextFor(db()), VERIFICATION, {
      baseUrl: 'https://ipp.example.cn/',
    });
    assert.match(certificate.code, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.equal(certificate.url, `/c/${certificate.code}`);
    assert.equal(certificate.pdfUrl, `/api/v1/certificates/${certificate.code}/pdf`);
    assert.match(certificate.qrSvg, /^<svg[\s\S]*<\/svg>\s*$/);
    assert.deepEqual(certificate.verification, VERIFICATION);
    const key = await getActiveKey(db());
    assert.equal(certificate.keyId, key.id);
    assert.ok(sm2Verify(certificate.payload, certificate.signature, key.publicKey), 'verifies offline');
    const signed = JSON.parse(certificate.payload);
    assert.equal(signed.code, certificate.code);
    assert.equal(signed.issuer.orgName, '深圳市市场监督管理局');
    assert.equal(signed.verification.query.asOf, '2025-06-30');
    assert.deepEqual(Object.keys(signed), [...Object.keys(signed)].sort(), 'keys sorted');
    assert.ok(!certificate.payload.includes(' '), 'no spaces added');
    const audit = await query<{ action: string; target_id: string; region_code: string }>(
      "select action, target_id, region_code from audit_log where target_type = 'certificate'",
    );
    assert.deepEqual(audit, [
      { action: 'registry.certificate.issue', target_id: certificate.code, region_code: '440300' },
    ]);
    assert.equal((await verifyAuditChain(db())).ok, true);
  });

  test('a failed transaction leaves neither certificate nor audit record', async () => {
    const before = await query<{ n: number }>('select count(*)::int as n from certificates');
    await assert.rejects(
      db().transaction(async (tx) => {
        await issueCertificate(tx, contextFor(tx), VERIFICATION);
        throw new Error('the caller fails after issuing');
      }),
    );
    const afterCount = await query<{ n: number }>('select count(*)::int as n from certificates');
    assert.equal(afterCount[0]!.n, before[0]!.n);
  });

  test('a certificate checks as genuine by its code, in any case or spacing', async () => {
    const issued = await issueCertificate(db(), contextFor(db()), VERIFICATION);
    const loose = issued.code.toLowerCase().replaceAll('-', ' ');
    const check = await checkCertificate(db(), { code: loose });
    assert.equal(check.genuine, true);
    assert.equal(check.unaltered, true);
    assert.equal(check.reason, 'valid');
    assert.equal(check.certificate?.code, issued.code);
    assert.equal(normalizeCertificateCode(loose), issued.code);
  });

  test('an unknown or impossible code is not found', async () => {
    for (const code of ['2222-3333-4444', 'not a code', '']) {
      assert.deepEqual(await checkCertificate(db(), { code }), {
        genuine: false,
        unaltered: false,
        reason: 'not_found',
      });
    }
  });

  test('an edited stored payload is no longer genuine', async () => {
    const issued = await issueCertificate(db(), contextFor(db()), VERIFICATION);
    await query(
      'update certificates set payload = replace(payload, \'"exists":true\', \'"exists":false\') where code = $1',
      [issued.code],
    );
    const check = await checkCertificate(db(), { code: issued.code });
    assert.deepEqual(check, { genuine: false, unaltered: false, reason: 'record_tampered' });
    // Swapping in another certificate's payload and signature is caught too (the code is signed).
    const other = await issueCertificate(db(), contextFor(db()), VERIFICATION);
    await query('update certificates set payload = $1, signature = $2 where code = $3', [
      other.payload,
      other.signature,
      issued.code,
    ]);
    assert.equal((await checkCertificate(db(), { code: issued.code })).reason, 'record_tampered');
  });

  test('a submitted payload and signature check genuine; one changed character does not', async () => {
    const issued = await issueCertificate(db(), contextFor(db()), VERIFICATION);
    const good = await checkCertificate(db(), { payload: issued.payload, signature: issued.signature });
    assert.equal(good.genuine, true);
    assert.equal(good.unaltered, true);
    assert.equal(good.reason, 'valid');
    const submitted = { payload: issued.payload, signature: issued.signature };
    const withKey = await checkCertificate(db(), { ...submitted, keyId: issued.keyId });
    assert.equal(withKey.genuine, true);

    const altered = issued.payload.replace('2025-06-30', '2025-06-31');
    assert.notEqual(altered, issued.payload);
    const bad = await checkCertificate(db(), { payload: altered, signature: issued.signature });
    assert.equal(bad.genuine, false);
    assert.equal(bad.unaltered, false);
    assert.equal(bad.reason, 'altered');
    assert.equal(bad.certificate?.verification.query.asOf, '2025-06-30', 'what was really issued');

    const flipped = issued.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    assert.equal(
      (await checkCertificate(db(), { payload: issued.payload, signature: flipped })).genuine,
      false,
    );
    const unknownKey = await checkCertificate(db(), { ...submitted, keyId: '0123456789abcdef' });
    assert.equal(unknownKey.reason, 'unknown_key');
    const junk = await checkCertificate(db(), { payload: '{"a":1}', signature: issued.signature });
    assert.equal(junk.reason, 'malformed');
  });

  test('a genuine printout whose record was deleted says so', async () => {
    const issued = await issueCertificate(db(), contextFor(db()), VERIFICATION);
    await query('delete from certificates where code = $1', [issued.code]);
    const check = await checkCertificate(db(), { payload: issued.payload, signature: issued.signature });
    assert.equal(check.genuine, true);
    assert.equal(check.reason, 'not_in_registry');
    assert.equal((await checkCertificate(db(), { code: issued.code })).reason, 'not_found');
  });
});
