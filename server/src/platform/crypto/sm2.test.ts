import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isSm2PublicKey,
  sm2GenerateKeyPair,
  sm2PublicKeyOf,
  sm2Sign,
  sm2SignatureToDer,
  sm2SignWithNonceForTest,
  sm2Verify,
} from './sm2.ts';

// GB/T 32918.5-2017 (GM/T 0003.5-2012) Annex A: signature on the recommended curve, message
// "message digest", user ID 1234567812345678. (The ALICE123@YAHOO.COM example of GB/T 32918.2
// Annex A is on a test curve with other parameters, which sm-crypto does not take.)
const VECTOR = {
  privateKey: '3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8',
  publicKey:
    '04' +
    '09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020' +
    'CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13',
  message: 'message digest',
  k: '59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21',
  r: 'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3',
  s: 'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
};
const vectorKey = { privateKey: VECTOR.privateKey.toLowerCase(), publicKey: VECTOR.publicKey.toLowerCase() };

test('the standard’s public key follows from its private key', () => {
  assert.equal(sm2PublicKeyOf(VECTOR.privateKey), vectorKey.publicKey);
  assert.ok(isSm2PublicKey(vectorKey.publicKey));
});

test('the standard’s published signature verifies', () => {
  assert.ok(sm2Verify(VECTOR.message, VECTOR.r + VECTOR.s, VECTOR.publicKey));
});

test('signing with the standard’s nonce k gives its published (r, s)', () => {
  const signature = sm2SignWithNonceForTest(VECTOR.message, vectorKey, VECTOR.k);
  assert.equal(signature, (VECTOR.r + VECTOR.s).toLowerCase());
});

test('the published signature fails for another message, key or signature', () => {
  const rs = VECTOR.r + VECTOR.s;
  assert.equal(sm2Verify('message digesT', rs, VECTOR.publicKey), false);
  assert.equal(sm2Verify(VECTOR.message, rs, sm2GenerateKeyPair().publicKey), false);
  const flipped = `${rs.slice(0, 10)}${rs[10] === '0' ? '1' : '0'}${rs.slice(11)}`;
  assert.equal(sm2Verify(VECTOR.message, flipped, VECTOR.publicKey), false);
  assert.equal(sm2Verify(VECTOR.message, 'zz', VECTOR.publicKey), false, 'malformed: false, no throw');
  assert.equal(sm2Verify(VECTOR.message, rs, '04abc'), false);
});

test('a new key signs and verifies UTF-8 text; each signature is fresh', () => {
  const key = sm2GenerateKeyPair();
  assert.match(key.privateKey, /^[0-9a-f]{64}$/);
  assert.ok(isSm2PublicKey(key.publicKey));
  assert.equal(sm2PublicKeyOf(key.privateKey), key.publicKey);
  const text = '{"holder":"深圳市星河智联科技有限公司"}';
  const one = sm2Sign(text, key);
  const two = sm2Sign(text, key);
  assert.match(one, /^[0-9a-f]{128}$/);
  assert.notEqual(one, two, 'a fresh nonce each time');
  assert.ok(sm2Verify(text, one, key.publicKey));
  assert.ok(sm2Verify(new TextEncoder().encode(text), two, key.publicKey), 'bytes = UTF-8 string');
  assert.equal(sm2Verify(text.replace('星', '晨'), one, key.publicKey), false);
});

test('DER form of the published signature', () => {
  const der = sm2SignatureToDer((VECTOR.r + VECTOR.s).toLowerCase());
  assert.equal(der, `3046022100${VECTOR.r}022100${VECTOR.s}`.toLowerCase());
});
