/**
 * The platform's SM2 signing key. It is made on first use, in a transaction holding an advisory
 * lock so that two creators (two requests, two servers on one PostgreSQL) end with one key. Its
 * id is the first 16 hex characters of SM3(public key bytes); its private half is stored
 * SM4-protected under SIGNING_KEY_SECRET, which the start-up hands over with
 * configureCertificateSigning().
 */
import { desc, eq, sql } from 'drizzle-orm';
import { ConfigError } from '../../config.ts';
import { type Sm2KeyPair, sm2GenerateKeyPair, sm2PublicKeyOf } from '../../platform/crypto/sm2.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { signingKeys } from './certificate.tables.ts';
import { KeyProtectionError, protectPrivateKey, unprotectPrivateKey } from './key-protection.ts';

export const SIGNING_ALGORITHM = 'SM2-SM3';
const CREATE_LOCK = 724_300_010;

export interface SigningKeyInfo {
  id: string;
  algorithm: string;
  /** `04 ‖ X ‖ Y` in hex. */
  publicKey: string;
  active: boolean;
  createdAt: Date;
}

let secret: string | null = null;
const opened = new Map<string, Sm2KeyPair>();

/** Hands the module SIGNING_KEY_SECRET (config.signingKeySecret); null outside demo when unset. */
export function configureCertificateSigning(signingKeySecret: string | null): void {
  secret = signingKeySecret;
  opened.clear();
}

function requireSecret(): string {
  if (secret) return secret;
  throw new ConfigError(
    'SIGNING_KEY_SECRET',
    'is not set: it protects the certificate signing key and is required outside demo mode',
  );
}

export function keyIdOf(publicKey: string): string {
  return sm3Hex(Buffer.from(publicKey, 'hex')).slice(0, 16);
}

function toInfo(row: typeof signingKeys.$inferSelect): SigningKeyInfo {
  const { id, algorithm, publicKey, active, createdAt } = row;
  return { id, algorithm, publicKey, active, createdAt };
}

export async function findActiveKey(db: Executor): Promise<SigningKeyInfo | null> {
  const [row] = await db
    .select()
    .from(signingKeys)
    .where(eq(signingKeys.active, true))
    .orderBy(desc(signingKeys.createdAt))
    .limit(1);
  return row ? toInfo(row) : null;
}

export async function findKey(db: Executor, id: string): Promise<SigningKeyInfo | null> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.id, id));
  return row ? toInfo(row) : null;
}

/** Every key, the active ones first: certificates signed under a retired key still verify. */
export async function listKeys(db: Executor): Promise<SigningKeyInfo[]> {
  const rows = await db
    .select()
    .from(signingKeys)
    .orderBy(desc(signingKeys.active), desc(signingKeys.createdAt));
  return rows.map(toInfo);
}

/** The active key, made now if there is none (which needs SIGNING_KEY_SECRET). */
export async function getActiveKey(db: Executor): Promise<SigningKeyInfo> {
  const existing = await findActiveKey(db);
  if (existing) return existing;
  const protectWith = requireSecret();
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CREATE_LOCK})`);
    const made = await findActiveKey(tx);
    if (made) return made;
    const pair = sm2GenerateKeyPair();
    const id = keyIdOf(pair.publicKey);
    const [row] = await tx
      .insert(signingKeys)
      .values({
        id,
        algorithm: SIGNING_ALGORITHM,
        publicKey: pair.publicKey,
        privateKeyProtected: protectPrivateKey(pair.privateKey, id, protectWith),
        active: true,
        createdAt: new Date(),
      })
      .returning();
    opened.set(id, pair);
    return toInfo(row!);
  });
}

/** The active key with its private half, opened with the secret. */
export async function activeKeyPair(db: Executor): Promise<{ key: SigningKeyInfo; pair: Sm2KeyPair }> {
  const key = await getActiveKey(db);
  const cached = opened.get(key.id);
  if (cached && cached.publicKey === key.publicKey) return { key, pair: cached };
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.id, key.id));
  let privateKey: string;
  try {
    privateKey = unprotectPrivateKey(row!.privateKeyProtected, key.id, requireSecret());
  } catch (error) {
    if (!(error instanceof KeyProtectionError)) throw error;
    throw new ConfigError('SIGNING_KEY_SECRET', `does not open the stored signing key ${key.id}`);
  }
  if (sm2PublicKeyOf(privateKey) !== key.publicKey || keyIdOf(key.publicKey) !== key.id) {
    throw new Error(`signing key ${key.id}: the private key does not match its public key`);
  }
  const pair = { privateKey, publicKey: key.publicKey };
  opened.set(key.id, pair);
  return { key, pair };
}

/**
 * For the start: configures the secret, makes the key if there is none and checks that the secret
 * opens it, so that a missing or wrong SIGNING_KEY_SECRET stops the start with a ConfigError.
 */
export async function prepareCertificateSigning(
  db: Executor,
  signingKeySecret: string | null,
): Promise<SigningKeyInfo> {
  configureCertificateSigning(signingKeySecret);
  return (await activeKeyPair(db)).key;
}
