/** Authorized users of geographical indications merged into rights that already exist. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { resolveParties } from './parties.writer.ts';
import { rightHolders, rights } from './registry.tables.ts';
import { snapshotSql } from './right-snapshot.ts';
import { rowsOf } from './rights.sql.ts';
import type { PreparedRight } from './rights.writer.ts';
import { eventsOf, holderPeriods } from './timeline.ts';

/** Members (enterprises authorized to use a GI) to add to an existing right, from grouped rows. */
export interface MemberMerge {
  line: number;
  right: PreparedRight;
}

/**
 * Adds authorized users to rights that exist: users already there (same USCC or normalized name)
 * are left as they are, so merging the same file again changes nothing.
 */
export async function mergeAuthorizedUsers(tx: Executor, merges: MemberMerge[]) {
  const result = { updated: 0, unchanged: 0, missing: [] as MemberMerge[] };
  for (const merge of merges) {
    const [right] = await rowsOf<{ id: string }>(
      tx,
      sql`select id from rights where type = ${merge.right.input.type} and number = ${merge.right.number}`,
    );
    if (!right) {
      result.missing.push(merge);
      continue;
    }
    const existing = await rowsOf<{ position: number; party_id: string }>(
      tx,
      sql`select position, party_id from right_holders where right_id = ${right.id} and role = 'gi_user'`,
    );
    const periods = holderPeriods(merge.right.input, eventsOf(merge.right.input)).filter(
      (p) => p.role === 'gi_user',
    );
    const stored = await resolveParties(
      tx,
      periods.map((p) => p.party),
    );
    const present = new Set(existing.map((e) => e.party_id));
    let position = Math.max(999, ...existing.map((e) => e.position)) + 1;
    const added = periods
      .map((p, i) => ({ p, partyId: stored[i]!.id }))
      .filter(({ partyId }) => !present.has(partyId))
      .map(({ p, partyId }) => ({
        rightId: right.id,
        partyId,
        role: 'gi_user',
        position: position++,
        validFrom: p.from,
        validTo: p.to,
        data: p.data ?? null,
      }));
    if (added.length === 0) {
      result.unchanged += 1;
      continue;
    }
    await tx.insert(rightHolders).values(added);
    // The snapshot is rebuilt from the tables, which now hold the added users.
    await tx
      .update(rights)
      .set({ updatedAt: new Date(), verification: snapshotSql(sql`${right.id}::uuid`) })
      .where(sql`${rights.id} = ${right.id}`);
    result.updated += 1;
  }
  return result;
}
