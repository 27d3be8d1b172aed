import { verifyAuditChain } from '../platform/audit/index.ts';
import { prepareDatabase } from '../platform/bootstrap.ts';
import { type CommandArgs, cliConfig } from './index.ts';

export async function auditVerifyCommand(_args: CommandArgs): Promise<number> {
  const { database } = await prepareDatabase(cliConfig(false));
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      console.log(`audit trail intact: ${result.checked} records, SM3 chain verified`);
      return 0;
    }
    const bad = result.firstBad!;
    console.error(`audit trail BROKEN at record ${bad.seq} (${bad.reason}): ${bad.message}`);
    console.error(`records 1–${result.lastSeq} verified before the break`);
    return 1;
  } finally {
    await database.close();
  }
}
