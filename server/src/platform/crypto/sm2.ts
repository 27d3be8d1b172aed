/**
 * SM2 digital signatures (GB/T 32918.2-2016) on the recommended curve (GB/T 32918.5), by sm-crypto.
 *
 * The conventions, fixed so that anyone can verify offline:
 * - the message is hashed with SM3 after the Z value (GB/T 32918.2 §6.1), with the default user ID
 *   `1234567812345678` (GM/T 0009-2012 §10);
 * - a public key is the uncompressed point `04 ‖ X ‖ Y` in hex (130 characters);
 * - a signature is `r ‖ s` as 64 + 64 hex characters (sm-crypto's `der: false`). DER-encoded
 *   SEQUENCE{r, s} (GM/T 0009) is the same two numbers; `sm2SignatureToDer` converts.
 *
 * sm-crypto draws keys and nonces from an RC4 stream seeded once; this module feeds it node's
 * CSPRNG instead, for the private key and for every signature's nonce k.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import smCrypto from 'sm-crypto';

// sm-crypto 0.5 has these too; its typings (@types/sm-crypto 0.3) do not name them.
const sm2 = smCrypto.sm2 as typeof smCrypto.sm2 & {
  getPublicKeyFromPrivateKey(privateKey: string): string;
  verifyPublicKey(publicKey: string): boolean;
};

export const SM2_USER_ID = '1234567812345678';

export interface Sm2KeyPair {
  /** 64 hex characters. */
  privateKey: string;
  /** `04 ‖ X ‖ Y`, 130 hex characters. */
  publicKey: string;
}

// The BigInteger class sm-crypto computes with (jsbn), loaded as sm-crypto itself resolves it.
const fromSmCrypto = createRequire(createRequire(import.meta.url).resolve('sm-crypto'));
const { BigInteger } = fromSmCrypto('jsbn') as {
  BigInteger: new (value: string, radix: number) => { toString(radix: number): string };
};

const PUBLIC_KEY = /^04[0-9a-f]{128}$/;
const SIGNATURE = /^[0-9a-f]{128}$/;

/** A key pair from 40 random bytes reduced into [1, n − 1] (the bias is below 2^-60). */
function keyPairFromEntropy(entropy: Buffer): Sm2KeyPair {
  const generate = sm2.generateKeyPairHex as unknown as (hex: string, radix: number) => Sm2KeyPair;
  const pair = generate(entropy.toString('hex'), 16);
  return { privateKey: pair.privateKey.toLowerCase(), publicKey: pair.publicKey.toLowerCase() };
}

export function sm2GenerateKeyPair(): Sm2KeyPair {
  return keyPairFromEntropy(randomBytes(40));
}

export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey.toLowerCase()).toLowerCase();
}

export function isSm2PublicKey(publicKey: string): boolean {
  return PUBLIC_KEY.test(publicKey) && sm2.verifyPublicKey(publicKey);
}

/** The point kG for a nonce k, in the form sm-crypto's signer takes from its pool. */
function noncePoint(k: string) {
  const x1 = sm2PublicKeyOf(k).slice(2, 66);
  return { privateKey: k, publicKey: '', k: new BigInteger(k, 16), x1: new BigInteger(x1, 16) };
}

function sign(message: string | Uint8Array, key: Sm2KeyPair, nonce: string): string {
  const msg = typeof message === 'string' ? message : Array.from(message);
  const signature = sm2.doSignature(msg, key.privateKey, {
    hash: true,
    der: false,
    publicKey: key.publicKey,
    userId: SM2_USER_ID,
    // biome-ignore lint/suspicious/noExplicitAny: sm-crypto's typings name another BigInteger.
    pointPool: [noncePoint(nonce) as any],
  });
  return signature.toLowerCase();
}

/** Signs a message (a string is taken as UTF-8) with a fresh nonce; answers r ‖ s in hex. */
export function sm2Sign(message: string | Uint8Array, key: Sm2KeyPair): string {
  return sign(message, key, keyPairFromEntropy(randomBytes(40)).privateKey);
}

/**
 * Signs with a given nonce k. Only for known-answer tests against the standard's examples: a
 * nonce used twice reveals the private key.
 */
export function sm2SignWithNonceForTest(message: string | Uint8Array, key: Sm2KeyPair, k: string): string {
  return sign(message, key, k.toLowerCase());
}

/** True when the signature (r ‖ s hex) is the key's signature of the message. Never throws. */
export function sm2Verify(message: string | Uint8Array, signature: string, publicKey: string): boolean {
  const sig = signature.toLowerCase();
  const key = publicKey.toLowerCase();
  if (!SIGNATURE.test(sig) || !PUBLIC_KEY.test(key)) return false;
  try {
    const msg = typeof message === 'string' ? message : Array.from(message);
    return sm2.doVerifySignature(msg, sig, key, { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}

/** r ‖ s hex as DER SEQUENCE{INTEGER r, INTEGER s} hex, the form OpenSSL and GM/T 0009 use. */
export function sm2SignatureToDer(signature: string): string {
  const integer = (hex: string) => {
    let bytes = hex.replace(/^(00)+/, '') || '00';
    if (Number.parseInt(bytes.slice(0, 2), 16) >= 0x80) bytes = `00${bytes}`;
    return `02${(bytes.length / 2).toString(16).padStart(2, '0')}${bytes}`;
  };
  const body = integer(signature.slice(0, 64)) + integer(signature.slice(64));
  return `30${(body.length / 2).toString(16).padStart(2, '0')}${body}`;
}
