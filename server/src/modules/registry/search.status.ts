/**
 * 集中查询's status filter as rules: each status written on the stored base status and the expiry
 * date, which indexes hold, never on the derived status (statusToday), which no index answers.
 * A right's status today is its base status — what its events made it (timeline.ts) — except
 * that a right in force whose term has ended is expired (statusAsOf). Each rule says why it reads
 * as it does; the expired page has its own reading plan (search.expired.ts, ADR 0023).
 */
import type { RightStatus } from '@ipp/shared';
import { and, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { rightSearch } from './registry.tables.ts';
import { IN_FORCE } from './timeline.ts';
import { todayInChinaSql } from './today.ts';

const s = rightSearch;

/** The base statuses under which the term decides (valid, partially invalid), as listed in SQL. */
const IN_FORCE_BASES = [...IN_FORCE].sort();

/**
 * The base status is in force: written as constants, not parameters, so that the planner can match
 * the partial index on these rights (right_search_expired_idx) whatever plan it caches.
 */
const inForceBase = () =>
  sql`${s.statusBase} in (${sql.raw(IN_FORCE_BASES.map((b) => `'${b}'`).join(', '))})`;

/** A right in force whose last day of protection has passed (statusAsOf's expiry rule). */
export const termEnded = () => and(inForceBase(), lt(s.expiryDate, todayInChinaSql()))!;

interface StatusRule {
  /** Why the status reads as it does. */
  because: string;
  where: () => SQL;
}

const inForce = (status: RightStatus): StatusRule => ({
  because: `${status} by its events, and its term not ended: no expiry date, or one from today on`,
  where: () =>
    and(eq(s.statusBase, status), or(isNull(s.expiryDate), sql`${s.expiryDate} >= ${todayInChinaSql()}`))!,
});

const asStored = (status: RightStatus): StatusRule => ({
  because: `${status} by its events; the term does not change it`,
  where: () => eq(s.statusBase, status),
});

export const STATUS_RULES: Record<RightStatus, StatusRule> = {
  pending: asStored('pending'),
  published: asStored('published'),
  valid: inForce('valid'),
  partially_invalid: inForce('partially_invalid'),
  invalid: asStored('invalid'),
  revoked: asStored('revoked'),
  terminated: asStored('terminated'),
  expired: {
    because: 'expired by an expiry event, or in force by its events with its last day before today',
    where: () => or(eq(s.statusBase, 'expired'), termEnded())!,
  },
};

/** The search condition for a status; a status no rule knows matches nothing. */
export function statusCondition(status: string): SQL {
  const rule = STATUS_RULES[status as RightStatus] as StatusRule | undefined;
  return rule ? rule.where() : sql`false`;
}
