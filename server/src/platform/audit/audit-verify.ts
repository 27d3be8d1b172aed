/** Walks the whole audit chain and names the first record that is not as it was written. */
import { asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { auditHead, auditLog } from './audit.tables.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';

export interface ChainBreak {
  seq: number;
  reason: 'edited' | 'missing' | 'relinked' | 'truncated';
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  lastSeq: number;
  firstBad?: ChainBreak;
}

const BATCH = 5000;

export async function verifyAuditChain(db: Executor): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    for (const row of rows) {
      const problem = checkRecord(row, expectedSeq, prevHash);
      if (problem) return { ok: false, checked, lastSeq: expectedSeq - 1, firstBad: problem };
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head || head.seq !== checked || head.hash !== prevHash) {
    const headSeq = head?.seq ?? 0;
    return {
      ok: false,
      checked,
      lastSeq: checked,
      firstBad: {
        seq: Math.min(checked + 1, headSeq),
        reason: 'truncated',
        message: `the chain ends at record ${checked} but its head says ${headSeq}: records were cut off the end or the head was altered`,
      },
    };
  }
  return { ok: true, checked, lastSeq: checked };
}

function checkRecord(
  row: typeof auditLog.$inferSelect,
  expectedSeq: number,
  prevHash: string,
): ChainBreak | null {
  if (row.seq !== expectedSeq) {
    return {
      seq: expectedSeq,
      reason: 'missing',
      message: `record ${expectedSeq} is missing (the next record present is ${row.seq}): it was deleted`,
    };
  }
  if (row.prevHash !== prevHash) {
    return {
      seq: row.seq,
      reason: 'relinked',
      message: `record ${row.seq} does not follow record ${row.seq - 1}: records were deleted, inserted or reordered`,
    };
  }
  if (chainHash(prevHash, row) !== row.hash) {
    return { seq: row.seq, reason: 'edited', message: `record ${row.seq} was altered after it was written` };
  }
  return null;
}
