/** Reads and writes of the certificates table. Certificates are public by code: no scope applies. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { certificates } from './certificate.tables.ts';

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;

export async function insertCertificate(db: Executor, row: NewCertificateRow): Promise<void> {
  await db.insert(certificates).values(row);
}

export async function findCertificateByCode(db: Executor, code: string): Promise<CertificateRow | null> {
  const [row] = await db.select().from(certificates).where(eq(certificates.code, code));
  return row ?? null;
}

export async function codeTaken(db: Executor, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.code, code));
  return row !== undefined;
}
