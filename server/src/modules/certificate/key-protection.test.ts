import assert from 'node:assert/strict';
import { createCipheriv } from 'node:crypto';
import { test } from 'node:test';
import { KeyProtectionError, protectPrivateKey, unprotectPrivateKey } from './key-protection.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const PRIVATE_KEY = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';

function sm4Ecb(key: Buffer) {
  const cipher = createCipheriv('sm4-ecb', key, null);
  cipher.setAutoPadding(false);
  return (block: Buffer) => cipher.update(block);
}

test('SM4 example of GB/T 32907-2016 Annex A: one block, and 1,000,000 rounds', () => {
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
  const encrypt = sm4Ecb(key);
  assert.equal(encrypt(key).toString('hex'), '681edf34d206965e86b3e94f536e4246');
  let block = key;
  for (let i = 0; i < 1_000_000; i++) block = encrypt(block);
  assert.equal(block.toString('hex'), '595298c7c6fd271f0402f804c33d3f66');
});

test('a protected key opens with its secret and key id', () => {
  const stored = protectPrivateKey(PRIVATE_KEY, 'k1', SECRET);
  assert.match(stored, /^sm4cbc-hmacsm3\.v1:[0-9a-f]{32}:[0-9a-f]{32}:[0-9a-f]{96}:[0-9a-f]{64}$/);
  assert.ok(!stored.includes(PRIVATE_KEY));
  assert.notEqual(stored, protectPrivateKey(PRIVATE_KEY, 'k1', SECRET), 'fresh salt and iv');
  assert.equal(unprotectPrivateKey(stored, 'k1', SECRET), PRIVATE_KEY);
});

test('a wrong secret, another key id or an altered value does not open', () => {
  const stored = protectPrivateKey(PRIVATE_KEY, 'k1', SECRET);
  assert.throws(() => unprotectPrivateKey(stored, 'k1', `${SECRET}x`), KeyProtectionError);
  assert.throws(() => unprotectPrivateKey(stored, 'k2', SECRET), KeyProtectionError);
  const parts = stored.split(':');
  const ct = parts[3]!;
  parts[3] = `${ct.slice(0, 5)}${ct[5] === 'a' ? 'b' : 'a'}${ct.slice(6)}`;
  assert.throws(() => unprotectPrivateKey(parts.join(':'), 'k1', SECRET), KeyProtectionError);
  assert.throws(() => unprotectPrivateKey('plain', 'k1', SECRET), KeyProtectionError);
});
