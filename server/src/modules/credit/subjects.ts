/**
 * Credit subjects are found or created from the parties the platform already knows: an enterprise
 * or agency by its USCC (checked), a person by the SM3 hash of the identity number (kept masked).
 * A lookup by name finds subjects whose name matches exactly, never by substring, so that a public
 * lookup cannot enumerate subjects.
 */
import { randomUUID } from 'node:crypto';
import { checkUscc } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { creditSubjects } from './credit.tables.ts';

export type SubjectKind = 'enterprise' | 'agency' | 'person';
export type CreditSubject = typeof creditSubjects.$inferSelect;

export interface SubjectInput {
  kind: SubjectKind;
  name: string;
  uscc?: string | null;
  idNumber?: string | null;
  /** A person already known only by hash and masked form (a case party). */
  idNumberHash?: string | null;
  idNumberMasked?: string | null;
  regionCode: string;
  orgId?: string | null;
}

/** The same hash the case parties use (cases/parties.ts), so a person is one subject everywhere. */
export function idNumberHash(idNumber: string): string {
  return sm3Hex(`id:${idNumber.trim().toUpperCase()}`);
}

export function maskIdNumber(value: string): string {
  return `${value.slice(0, 3)}***********${value.slice(-4)}`;
}

export async function findSubjectByKey(
  db: Executor,
  key: { uscc?: string | null; idNumberHash?: string | null },
) {
  if (key.uscc) {
    const [row] = await db
      .select()
      .from(creditSubjects)
      .where(eq(creditSubjects.uscc, key.uscc.trim().toUpperCase()));
    return row ?? null;
  }
  if (key.idNumberHash) {
    const [row] = await db
      .select()
      .from(creditSubjects)
      .where(eq(creditSubjects.idNumberHash, key.idNumberHash));
    return row ?? null;
  }
  return null;
}

/** Finds the subject a USCC or an exact name denotes (the credit check and the public lookup). */
export async function findSubjects(db: Executor, query: string): Promise<CreditSubject[]> {
  const value = query.trim();
  if (!value) return [];
  const upper = value.toUpperCase();
  if (upper.length === 18 && checkUscc(upper).valid) {
    const row = await findSubjectByKey(db, { uscc: upper });
    return row ? [row] : [];
  }
  return db.select().from(creditSubjects).where(eq(creditSubjects.name, value));
}

export async function resolveSubject(db: Executor, input: SubjectInput): Promise<CreditSubject> {
  const uscc = input.uscc?.trim().toUpperCase() || null;
  if (uscc && !checkUscc(uscc).valid) {
    throw new AppError('CREDIT_INVALID_SUBJECT', undefined, [
      { path: 'uscc', message: `统一社会信用代码校验不通过：${uscc}` },
    ]);
  }
  if (input.kind !== 'person' && !uscc) {
    throw new AppError('CREDIT_INVALID_SUBJECT', undefined, [
      { path: 'uscc', message: '企业和代理机构须提供统一社会信用代码' },
    ]);
  }
  const hash = input.idNumber ? idNumberHash(input.idNumber) : (input.idNumberHash ?? null);
  const existing = await findSubjectByKey(db, { uscc, idNumberHash: hash });
  if (existing) return existing;
  const row: CreditSubject = {
    id: randomUUID(),
    kind: input.kind,
    name: input.name.trim(),
    uscc,
    idNumberHash: hash,
    idNumberMasked: input.idNumber
      ? maskIdNumber(input.idNumber.trim().toUpperCase())
      : (input.idNumberMasked ?? null),
    regionCode: input.regionCode,
    orgId: input.orgId ?? null,
    createdAt: new Date(),
  };
  await db.insert(creditSubjects).values(row).onConflictDoNothing();
  return (await findSubjectByKey(db, { uscc, idNumberHash: hash })) ?? row;
}

/** What public output may show of a subject: persons' names reduced to 某某 forms, never the ID. */
export function publicSubject(subject: CreditSubject) {
  return {
    id: subject.id,
    kind: subject.kind,
    name: subject.kind === 'person' ? `${subject.name.slice(0, 1)}某` : subject.name,
    uscc: subject.kind === 'person' ? null : subject.uscc,
    regionCode: subject.regionCode,
  };
}
