/** What follows a change in a subject's records or listings: its rating is recomputed (history kept). */
import type { Tx } from '../../platform/db/database.ts';
import { recomputeRating } from './rating.service.ts';

export async function afterRecordsChanged(tx: Tx, subjectId: string, trigger: string): Promise<void> {
  await recomputeRating(tx, subjectId, trigger);
}

/** A listing published or taken off the list changes the facts a rating deducts for. */
export async function afterListingChanged(tx: Tx, subjectId: string, trigger: string): Promise<void> {
  await recomputeRating(tx, subjectId, trigger);
}
