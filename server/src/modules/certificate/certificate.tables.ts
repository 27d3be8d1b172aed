import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The platform's SM2 signing keys; the private key is stored SM4-encrypted. */
export const signingKeys = pgTable('signing_keys', {
  id: text('id').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  privateKeyProtected: text('private_key_protected').notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
});

/** A signed record of a verification: the question, the answer and the time. */
export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  /** Exactly the bytes that were signed (canonical JSON). */
  payload: text('payload').notNull(),
  signature: text('signature').notNull(),
  keyId: text('key_id')
    .notNull()
    .references(() => signingKeys.id),
  rightId: uuid('right_id'),
  summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
  issuedAt: ts('issued_at').notNull(),
  issuedBy: text('issued_by'),
  regionCode: text('region_code'),
});
