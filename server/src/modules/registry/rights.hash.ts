/** The content hash of a prepared right: unchanged records are recognised by it and left alone. */
import { createHash } from 'node:crypto';
import type { PreparedRight } from './rights.writer.ts';

const quotedKeys = new Map<string, string>();
/** Text JSON.stringify would write as is between quotes: no quote, backslash, control character or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON.stringify escapes
const PLAIN_TEXT = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * JSON with object keys sorted: the same text as the audit chain's `canonicalJson` (stored hashes
 * depend on it, so it must never change; rights.writer.test.ts compares the two), built with
 * fewer intermediate strings and arrays, as hashing is one of the largest costs of an import.
 */
function canonical(value: unknown): string {
  if (typeof value === 'string') return PLAIN_TEXT.test(value) ? `"${value}"` : JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null) as string;
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonical(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key);
      if (quotedKeys.size < 1000) quotedKeys.set(key, quoted);
    }
    out += `${out.length > 1 ? ',' : ''}${quoted}:${canonical(item)}`;
  }
  return `${out}}`;
}

export function contentHash(right: PreparedRight): string {
  const { sourceUpdatedAt: _ignored, ...content } = right.input;
  return createHash('sha256')
    .update(canonical({ ...right, input: content }))
    .digest('hex');
}
