import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../platform/http/error-catalog.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password.ts';

test('a scrypt hash verifies the right password and refuses a wrong one', async () => {
  const hash = await hashPassword('ipp-demo-2026');
  assert.match(hash, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('ipp-demo-2026', hash), true);
  assert.equal(await verifyPassword('ipp-demo-2027', hash), false);
  assert.notEqual(await hashPassword('ipp-demo-2026'), hash, 'salts differ');
});

test('a malformed stored hash never verifies', async () => {
  assert.equal(await verifyPassword('x', 'md5$abc'), false);
});

test('the password policy names what is missing', () => {
  assert.throws(
    () => assertPasswordPolicy('short1', 'alice'),
    (e: unknown) =>
      e instanceof AppError && e.code === 'IAM_WEAK_PASSWORD' && /10 characters/.test(e.message),
  );
  assert.throws(() => assertPasswordPolicy('alice-secret-99', 'alice'), /username/);
  assert.doesNotThrow(() => assertPasswordPolicy('ipp-demo-2026', 'gd.admin'));
});
