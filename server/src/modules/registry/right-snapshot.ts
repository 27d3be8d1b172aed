/**
 * The verification snapshot (ADR 0007): a right's numbers, holders (with their parties' stored
 * names) and events as one jsonb value on its `rights` row, written by the writer in the same
 * statement as the row. Verification — the platform's hottest path — then reads one row found by
 * one index lookup, instead of three aggregated subqueries (about 2.5 times the work in
 * PostgreSQL). The normalized tables stay the source of truth: `snapshotSql` builds the same
 * value from them, for rows written before the column existed and for in-place merges.
 */
import type { RightEventInput } from '@ipp/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { StoredParty } from './parties.writer.ts';
import type { HolderPeriod } from './timeline.ts';

export interface SnapshotHolder {
  role: string;
  position: number;
  validFrom: string | null;
  validTo: string | null;
  data: Record<string, unknown> | null;
  name: string;
  uscc: string | null;
  kind: string;
}

export interface RightSnapshot {
  numbers: { kind: string; value: string }[];
  holders: SnapshotHolder[];
  events: { type: string; date: string; detail: Record<string, unknown> | null }[];
}

export function snapshotOf(
  numbers: { kind: string; value: string }[],
  holders: { period: HolderPeriod; party: StoredParty }[],
  events: RightEventInput[],
  detailOf: (event: RightEventInput) => Record<string, unknown> | null,
): RightSnapshot {
  return {
    numbers: numbers.map((n) => ({ kind: n.kind, value: n.value })),
    holders: holders
      .map(({ period, party }) => ({
        role: period.role,
        position: period.position,
        validFrom: period.from,
        validTo: period.to,
        data: period.data ?? null,
        name: party.name,
        uscc: party.uscc,
        kind: party.kind,
      }))
      .sort((a, b) => a.position - b.position),
    events: events.map((e) => ({ type: e.type, date: e.date, detail: detailOf(e) })),
  };
}

/** The snapshot of the right whose id is `rightId`, built from the normalized tables. */
export function snapshotSql(rightId: SQL): SQL {
  return sql`jsonb_build_object(
    'numbers', (select coalesce(jsonb_agg(jsonb_build_object('kind', n.kind, 'value', n.value)), '[]'::jsonb) from right_numbers n where n.right_id = ${rightId}),
    'holders', (select coalesce(jsonb_agg(jsonb_build_object('role', h.role, 'position', h.position, 'validFrom', h.valid_from, 'validTo', h.valid_to, 'data', h.data, 'name', p.name, 'uscc', p.uscc, 'kind', p.kind) order by h.position), '[]'::jsonb) from right_holders h join parties p on p.id = h.party_id where h.right_id = ${rightId}),
    'events', (select coalesce(jsonb_agg(jsonb_build_object('type', e.type, 'date', e.date, 'detail', e.detail) order by e.position), '[]'::jsonb) from right_events e where e.right_id = ${rightId}))`;
}
