/**
 * The signing key's private half at rest: SM4-CBC (GB/T 32907) under a key derived from
 * SIGNING_KEY_SECRET, then an HMAC-SM3 over everything (encrypt-then-MAC; node's OpenSSL 3.0 has
 * no SM4-GCM). Both keys come from HKDF-SM3 with a random salt per record, and the MAC covers the
 * key id, so a protected key moved to another row does not open.
 *
 *   sm4cbc-hmacsm3.v1:<salt hex>:<iv hex>:<ciphertext hex>:<mac hex>
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

const FORMAT = 'sm4cbc-hmacsm3.v1';

export class KeyProtectionError extends Error {}

function derive(secret: string, salt: Buffer) {
  const keys = Buffer.from(hkdfSync('sm3', secret, salt, `ipp signing key ${FORMAT}`, 48));
  return { encryption: keys.subarray(0, 16), mac: keys.subarray(16) };
}

function macOf(key: Buffer, keyId: string, parts: Buffer[]): Buffer {
  const hmac = createHmac('sm3', key).update(`${FORMAT}:${keyId}`);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}

/** Encrypts a private key (hex) for the signing_keys row of keyId. */
export function protectPrivateKey(privateKeyHex: string, keyId: string, secret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const keys = derive(secret, salt);
  const cipher = createCipheriv('sm4-cbc', keys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(privateKeyHex, 'hex')), cipher.final()]);
  const mac = macOf(keys.mac, keyId, [salt, iv, ciphertext]);
  return [FORMAT, salt, iv, ciphertext, mac]
    .map((p) => (typeof p === 'string' ? p : p.toString('hex')))
    .join(':');
}

/** The private key (hex), or KeyProtectionError when the secret is wrong or the value altered. */
export function unprotectPrivateKey(protectedKey: string, keyId: string, secret: string): string {
  const [format, ...hexParts] = protectedKey.split(':');
  if (format !== FORMAT || hexParts.length !== 4 || hexParts.some((p) => !/^([0-9a-f]{2})+$/.test(p))) {
    throw new KeyProtectionError(`signing key ${keyId}: not a ${FORMAT} value`);
  }
  const [salt, iv, ciphertext, mac] = hexParts.map((p) => Buffer.from(p, 'hex')) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  const keys = derive(secret, salt);
  const expected = macOf(keys.mac, keyId, [salt, iv, ciphertext]);
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
    throw new KeyProtectionError(`signing key ${keyId}: the secret does not open it, or it was altered`);
  }
  const decipher = createDecipheriv('sm4-cbc', keys.encryption, iv);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('hex');
}
