/**
 * Writes rights in batches: a fixed handful of statements per batch, whatever its size. Each table
 * gets one set-based statement, `insert … select * from unnest($1::uuid[], $2::text[], …)`, with
 * one array parameter per column: the same SQL on PGlite and PostgreSQL, no per-row SQL to build
 * or parse, and no long lists of row constructors (PGlite's WASM build aborts on ~500 of them).
 * A record whose content hash is unchanged is left alone, so importing the same file again
 * changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { RightEventInput, RightInput } from '@ipp/shared';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/database.ts';
import { resolveParties, type StoredParty } from './parties.writer.ts';
import { rightEvents, rightHolders, rightNumbers, rights } from './registry.tables.ts';
import { type RightSnapshot, snapshotOf } from './right-snapshot.ts';
import { contentHash } from './rights.hash.ts';
import { fromExcluded, insertRows, rowsOf } from './rights.sql.ts';
import { searchRowOf, searchRowsSql } from './search.writer.ts';
import { eventsOf, type HolderPeriod, holderPeriods, statusAsOf } from './timeline.ts';

/** A validated record with its canonical numbers, classes and derived term. */
export interface PreparedRight {
  input: RightInput;
  number: string;
  numberDisplay: string;
  numbers: { kind: string; value: string }[];
  subtype: string | null;
  classes: string[];
  classMain: string | null;
  expiryDate: string | null;
  regionCode: string | null;
  data: Record<string, unknown>;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export { type MemberMerge, mergeAuthorizedUsers } from './members.writer.ts';

export { contentHash } from './rights.hash.ts';
export { insertRows } from './rights.sql.ts';

/**
 * A record ready to be compared and written: its key, content hash and timeline. The import makes
 * these while the previous batch commits, so that little work is left inside the transaction.
 */
export interface StagedRight {
  right: PreparedRight;
  key: string;
  hash: string;
  events: RightEventInput[];
}

export function stageRight(right: PreparedRight): StagedRight {
  return {
    right,
    key: `${right.input.type}:${right.number}`,
    hash: contentHash(right),
    events: eventsOf(right.input),
  };
}

interface Changed extends StagedRight {
  id: string;
  existed: boolean;
}

function rightRow(c: Changed, now: Date, verification: RightSnapshot) {
  const { right, events } = c;
  const input = right.input;
  const holderNames = input.holders.map((h) => h.name).join('；');
  return {
    id: c.id,
    type: input.type,
    subtype: right.subtype,
    number: right.number,
    numberDisplay: right.numberDisplay,
    title: input.title,
    regionCode: right.regionCode,
    classes: right.classes,
    classMain: right.classMain,
    filingDate: input.filingDate ?? null,
    publicationDate: input.publicationDate ?? null,
    grantDate: input.grantDate ?? null,
    expiryDate: right.expiryDate,
    statusBase: statusAsOf(events, null, null),
    holderNames,
    data: right.data,
    source: input.source,
    sourceRecordId: input.sourceRecordId ?? null,
    sourceUpdatedAt: input.sourceUpdatedAt ? new Date(input.sourceUpdatedAt) : now,
    contentHash: c.hash,
    verification,
    createdAt: now,
    updatedAt: now,
  };
}

type RightRow = ReturnType<typeof rightRow>;

/** The columns of `rights` that rightRow fills; all but the key are replaced on update. */
function rightColumns(row: RightRow): [keyof RightRow, PgColumn][] {
  const columns: Record<string, PgColumn> = getTableColumns(rights);
  return (Object.keys(row) as (keyof RightRow)[]).map((key) => [key, columns[key]!]);
}
const NOT_UPDATED = new Set<string>(['id', 'type', 'number', 'createdAt']);

/** The existing rights of a batch by type and number: per type, `number = any(…)` on the unique index. */
async function existingRights(tx: Executor, batch: PreparedRight[]) {
  const byType = new Map<string, string[]>();
  for (const right of batch) {
    const list = byType.get(right.input.type);
    if (list) list.push(right.number);
    else byType.set(right.input.type, [right.number]);
  }
  const conditions = [...byType].map(
    ([type, numbers]) => sql`(type = ${type} and number = any(${sql.param(numbers)}::text[]))`,
  );
  const rows = await rowsOf<{ id: string; type: string; number: string; content_hash: string }>(
    tx,
    sql`select id, type, number, content_hash from rights where ${sql.join(conditions, sql` or `)}`,
  );
  return new Map(rows.map((r) => [`${r.type}:${r.number}`, r]));
}

export function writeRights(tx: Executor, batch: PreparedRight[]): Promise<WriteCounts> {
  return writeStaged(tx, batch.map(stageRight));
}

/** Writes staged records: new ones inserted, changed ones replaced, unchanged ones left alone. */
export async function writeStaged(tx: Executor, batch: StagedRight[]): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (batch.length === 0) return counts;
  const byKey = await existingRights(
    tx,
    batch.map((s) => s.right),
  );
  const now = new Date();
  const changed: Changed[] = [];
  const seen = new Set<string>();
  for (const staged of batch) {
    const before = byKey.get(staged.key);
    if (seen.has(staged.key) || before?.content_hash === staged.hash) {
      counts.unchanged += 1;
      continue;
    }
    seen.add(staged.key);
    if (before) counts.updated += 1;
    else counts.inserted += 1;
    changed.push({ ...staged, id: before?.id ?? randomUUID(), existed: before !== undefined });
  }
  if (changed.length === 0) return counts;
  await replaceRights(tx, changed, now);
  return counts;
}

async function replaceRights(tx: Executor, changed: Changed[], now: Date) {
  // Only rights that were there before have numbers, holders and events to replace.
  const replaced = changed.filter((c) => c.existed).map((c) => c.id);
  if (replaced.length) {
    for (const table of [rightNumbers, rightHolders, rightEvents])
      await tx.execute(
        sql`delete from ${sql.identifier(getTableName(table))} where right_id = any(${sql.param(replaced)}::uuid[])`,
      );
  }
  // New rights are plain inserts (a right inserted meanwhile by another import fails the batch,
  // which the job then resumes); rights that were there are replaced in place, keeping their id.
  // Parties first: each row carries its verification snapshot, holders' stored names included.
  const holders: { c: Changed; period: HolderPeriod; party?: StoredParty }[] = [];
  for (const c of changed)
    for (const period of holderPeriods(c.right.input, c.events)) holders.push({ c, period });
  const stored = await resolveParties(
    tx,
    holders.map((h) => h.period.party),
  );
  const holdersOf = new Map<string, { period: HolderPeriod; party: StoredParty }[]>();
  holders.forEach((holder, i) => {
    holder.party = stored[i]!;
    const list = holdersOf.get(holder.c.id) ?? [];
    list.push({ period: holder.period, party: holder.party });
    holdersOf.set(holder.c.id, list);
  });
  const uniqueNumbers = new Map(
    changed.map((c) => [c.id, [...new Map(c.right.numbers.map((n) => [n.value, n])).values()]]),
  );
  const rows = changed.map((c) =>
    rightRow(c, now, snapshotOf(uniqueNumbers.get(c.id)!, holdersOf.get(c.id) ?? [], c.events, eventDetail)),
  );
  const columns = rightColumns(rows[0]!);
  const values = columns.map(([key, column]): [PgColumn, (row: RightRow) => unknown] => [
    column,
    (row) => row[key],
  ]);
  const added = rows.filter((_, i) => !changed[i]!.existed);
  if (added.length) await tx.execute(insertRows<RightRow>(rights, values, added));
  const updated = rows.filter((_, i) => changed[i]!.existed);
  await tx.execute(
    searchRowsSql(
      rows.map((row, i) =>
        searchRowOf(
          row,
          changed[i]!.right.numbers.map((n) => n.value),
        ),
      ),
      updated.length > 0,
    ),
  );
  if (updated.length) {
    const replacedColumns = columns.filter(([key]) => !NOT_UPDATED.has(key)).map(([, column]) => column);
    await tx.execute(
      insertRows<RightRow>(
        rights,
        values,
        updated,
        sql`on conflict (type, number) do update set ${fromExcluded(replacedColumns)}`,
      ),
    );
  }

  const numbers: { id: string; type: string; kind: string; value: string }[] = [];
  for (const c of changed) {
    // One row per value (the kind of its last occurrence).
    for (const n of uniqueNumbers.get(c.id)!)
      numbers.push({ id: c.id, type: c.right.input.type, kind: n.kind, value: n.value });
  }
  const n = rightNumbers;
  if (numbers.length)
    await tx.execute(
      insertRows(
        n,
        [
          [n.rightId, (r) => r.id],
          [n.type, (r) => r.type],
          [n.kind, (r) => r.kind],
          [n.value, (r) => r.value],
        ],
        numbers,
        // A new right's id is new: only the numbers of replaced rights can meet rows written
        // meanwhile by another import of the same right.
        replaced.length ? sql`on conflict do nothing` : undefined,
      ),
    );

  const h = rightHolders;
  if (holders.length)
    await tx.execute(
      insertRows(
        h,
        [
          [h.rightId, (r) => r.c.id],
          [h.partyId, (r) => r.party!.id],
          [h.role, (r) => r.period.role],
          [h.position, (r) => r.period.position],
          [h.validFrom, (r) => r.period.from],
          [h.validTo, (r) => r.period.to],
          [h.data, (r) => r.period.data ?? null],
        ],
        holders,
      ),
    );

  const events = changed.flatMap((c) => c.events.map((event, position) => ({ c, event, position })));
  const e = rightEvents;
  if (events.length)
    await tx.execute(
      insertRows(
        e,
        [
          [e.rightId, (r) => r.c.id],
          [e.position, (r) => r.position],
          [e.type, (r) => r.event.type],
          [e.date, (r) => r.event.date],
          [e.detail, (r) => eventDetail(r.event)],
        ],
        events,
      ),
    );
}

function eventDetail(event: RightEventInput) {
  const detail: Record<string, unknown> = { ...(event.detail ?? {}) };
  if (event.toHolders)
    detail['toHolders'] = event.toHolders.map((h) => ({ name: h.name, uscc: h.uscc ?? null }));
  if (event.party) detail['party'] = { name: event.party.name, uscc: event.party.uscc ?? null };
  if (event.announcementNo) detail['announcementNo'] = event.announcementNo;
  return Object.keys(detail).length ? detail : null;
}
