/**
 * Idempotency keys: a client that retries a request with the same `Idempotency-Key` gets the first
 * answer back and the work is not repeated. The key row is inserted first inside the work's
 * transaction, so two concurrent retries queue on it and the second sees the first's answer; a
 * failed attempt rolls the key back with everything else and may simply be tried again.
 */
import { and, eq } from 'drizzle-orm';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Tx } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { idempotencyKeys } from './cases.tables.ts';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function withIdempotency<T extends object>(
  context: ServiceContext,
  key: string | null,
  request: unknown,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!key) return inTransaction(context.db, work);
  if (!KEY.test(key)) {
    throw new AppError(
      'PLATFORM_VALIDATION',
      'Idempotency-Key must be 8–128 characters of A–Z a–z 0–9 . _ : -',
      [{ path: '/headers/idempotency-key', message: 'invalid format' }],
    );
  }
  const actorKey = `${context.actor.type}:${context.actor.id ?? context.actor.name ?? 'anonymous'}`;
  const requestHash = sm3Hex(stableJson(request));
  return inTransaction(context.db, async (tx) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ actorKey, key, requestHash, response: {}, createdAt: new Date() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const [stored] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key)));
      if (!stored || stored.requestHash !== requestHash) {
        throw new AppError(
          'CASE_IDEMPOTENCY_MISMATCH',
          `Idempotency-Key ${key} was used for a different request.`,
        );
      }
      return stored.response as T;
    }
    const result = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ response: JSON.parse(JSON.stringify(result)) })
      .where(and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key)));
    return result;
  });
}
