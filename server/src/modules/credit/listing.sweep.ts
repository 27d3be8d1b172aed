/**
 * The end of the publication period takes a listing off the list by itself: the sweep finds the
 * published listings whose publish_until has come and removes each in its own transaction, so one
 * failure does not hold back the others.
 */
import { and, eq, lte } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { beijingToday } from '../calendar/index.ts';
import { creditListings } from './credit.tables.ts';
import { PERIODS } from './listing.rules.ts';
import { removeListing } from './listing.store.ts';

export async function sweepListings(db: Db, today: string = beijingToday()): Promise<{ removed: string[] }> {
  const due = await db
    .select({ id: creditListings.id })
    .from(creditListings)
    .where(and(eq(creditListings.state, 'published'), lte(creditListings.publishUntil, today)));
  const removed: string[] = [];
  for (const { id } of due) {
    const done = await inTransaction(db, async (tx) => {
      const [listing] = await tx.select().from(creditListings).where(eq(creditListings.id, id)).for('update');
      // Another process (a repair, an objection) may have removed it since the scan.
      if (listing?.state !== 'published') return false;
      const context: ServiceContext = { db: tx, actor: systemActor('credit.listing.sweep'), requestId: null };
      await removeListing(
        tx,
        context,
        listing,
        'expiry',
        today,
        `公示至 ${listing.publishUntil}（${PERIODS.publication.explain}）`,
      );
      return true;
    });
    if (done) removed.push(id);
  }
  return { removed };
}
