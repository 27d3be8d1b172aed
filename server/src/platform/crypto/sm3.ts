/** SM3 (GB/T 32905-2016) from node:crypto, which OpenSSL 3 provides. */
import { createHash, randomBytes } from 'node:crypto';

export function sm3Hex(data: string | Uint8Array): string {
  return createHash('sm3').update(data).digest('hex');
}

/** A random opaque token: 32 bytes, base64url, with a prefix that says what it is. */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
