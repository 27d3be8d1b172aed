/**
 * Writes rights in batches: a fixed handful of statements per batch, whatever its size. Each table
 * gets one set-based statement, `insert … select * from unnest($1::uuid[], $2::text[], …)`, with
 * one array parameter per column: the same SQL on PGlite and PostgreSQL, no per-row SQL to build
 * or parse, and no long lists of row constructors (PGlite's WASM build aborts on ~500 of them).
 * A record whose content hash is unchanged is left alone, so importing the same file again
 * changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { PartyInput, RightEventInput, RightInput } from '@ipp/shared';
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { normalizeName } from './holder-names.ts';
import { parties, rightEvents, rightHolders, rightNumbers, rights } from './registry.tables.ts';
import { searchVectorLiteral } from './search-text.ts';
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

const quotedKeys = new Map<string, string>();
/** Text JSON.stringify would write as is between quotes: no quote, backslash, control character or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON.stringify escapes
const PLAIN_TEXT = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * JSON with object keys sorted: the same text as the audit chain's `canonicalJson` (stored hashes
 * depend on it, so it must never change; rights.writer.test.ts compares the two), built with
 * fewer intermediate strings and arrays, as hashing is one of the largest costs of an import.
 */
function canonical(value: unknown): string {
  if (typeof value === 'string') return PLAIN_TEXT.test(value) ? `"${value}"` : JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null) as string;
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonical(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key);
      if (quotedKeys.size < 1000) quotedKeys.set(key, quoted);
    }
    out += `${out.length > 1 ? ',' : ''}${quoted}:${canonical(item)}`;
  }
  return `${out}}`;
}

export function contentHash(right: PreparedRight): string {
  const { sourceUpdatedAt: _ignored, ...content } = right.input;
  return createHash('sha256')
    .update(canonical({ ...right, input: content }))
    .digest('hex');
}

function maskIdNumber(id: string): string {
  return id.length <= 8 ? `${id.slice(0, 1)}****` : `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

/** Rows of a query run through drizzle's `execute` (node-postgres and PGlite both answer `rows`). */
async function rowsOf<T>(tx: Executor, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

export type ColumnValues<T> = [PgColumn, (row: T) => unknown][];

const ARRAY_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal of text elements, each quoted (so NULL, braces and commas in text stay
 * text); what the drivers would send for a JS array, made in one pass.
 */
function arrayLiteral(values: unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) out += ',';
    if (value === null || value === undefined) out += 'NULL';
    else {
      const text = String(value);
      out += `"${ARRAY_ESCAPE.test(text) ? text.replace(/["\\]/g, '\\$&') : text}"`;
    }
  }
  return `${out}}`;
}

/**
 * `insert into table (columns) select * from unnest(one array per column) <suffix>`. Values go
 * through each column's own driver mapping (JSON for jsonb, ISO text for timestamps), as drizzle's
 * insert would send them; each array is sent as one text parameter and cast to the column's type.
 */
export function insertRows<T>(table: PgTable, columns: ColumnValues<T>, rows: T[], suffix: SQL = sql``): SQL {
  const names = sql.join(
    columns.map(([column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([column, value]) => {
      const values = rows.map((row) => {
        const v = value(row);
        return v === null || v === undefined ? null : column.mapToDriverValue(v);
      });
      return sql`${arrayLiteral(values)}::text::${sql.raw(column.getSQLType())}[]`;
    }),
    sql`, `,
  );
  return sql`insert into ${sql.identifier(getTableName(table))} (${names}) select * from unnest(${arrays}) ${suffix}`;
}

interface PartyRow {
  id: string;
  uscc: string | null;
  kind: string;
  name_normalized: string;
}

interface WantedParty {
  party: PartyInput;
  normalized: string;
}

/**
 * Finds or creates every party of the batch: by USCC where there is one, else by normalized name.
 * Returns the party id of each entry of `all`, in order.
 */
async function resolveParties(tx: Executor, all: PartyInput[]): Promise<string[]> {
  const unique = new Map<string, WantedParty>();
  const keys = all.map((party) => {
    const normalized = normalizeName(party.name);
    const key = party.uscc ? `u:${party.uscc}` : `n:${party.kind ?? 'organization'}:${normalized}`;
    if (!unique.has(key)) unique.set(key, { party, normalized });
    return key;
  });
  const found = new Map<string, string>();
  const remember = (rows: PartyRow[]) => {
    for (const row of rows)
      found.set(row.uscc ? `u:${row.uscc}` : `n:${row.kind}:${row.name_normalized}`, row.id);
  };
  const load = async (wanted: WantedParty[]) => {
    const usccs = wanted.flatMap((w) => (w.party.uscc ? [w.party.uscc] : []));
    const names = wanted.flatMap((w) => (w.party.uscc ? [] : [w.normalized]));
    if (usccs.length)
      remember(
        await rowsOf<PartyRow>(
          tx,
          sql`select id, uscc, kind, name_normalized from parties
              where uscc = any(${sql.param(usccs)}::text[]) and uscc is not null`,
        ),
      );
    if (names.length)
      remember(
        await rowsOf<PartyRow>(
          tx,
          sql`select id, uscc, kind, name_normalized from parties
              where name_normalized = any(${sql.param(names)}::text[]) and uscc is null`,
        ),
      );
  };
  await load([...unique.values()]);
  const missing = [...unique].filter(([key]) => !found.has(key)).map(([, wanted]) => wanted);
  if (missing.length) {
    const now = new Date();
    const p = parties;
    const idNumber = (w: WantedParty) => w.party.idNumber?.toUpperCase();
    remember(
      await rowsOf<PartyRow>(
        tx,
        insertRows<WantedParty>(
          p,
          [
            [p.id, () => randomUUID()],
            [p.name, (w) => w.party.name.trim()],
            [p.nameNormalized, (w) => w.normalized],
            [p.uscc, (w) => w.party.uscc ?? null],
            [p.kind, (w) => w.party.kind ?? 'organization'],
            [p.idNumberProtected, (w) => (idNumber(w) ? `sm3:${sm3Hex(idNumber(w)!)}` : null)],
            [p.idNumberMasked, (w) => (idNumber(w) ? maskIdNumber(idNumber(w)!) : null)],
            [p.regionCode, (w) => w.party.regionCode ?? null],
            [p.countryCode, (w) => w.party.countryCode ?? null],
            [p.createdAt, () => now],
          ],
          missing,
          sql`on conflict do nothing returning id, uscc, kind, name_normalized`,
        ),
      ),
    );
    // Parties another import created meanwhile were skipped by `on conflict`: read them.
    const skipped = [...unique].filter(([key]) => !found.has(key)).map(([, wanted]) => wanted);
    if (skipped.length) await load(skipped);
  }
  return keys.map((key) => found.get(key)!);
}

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

function rightRow(c: Changed, now: Date) {
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
    searchVector: searchVectorLiteral([
      { text: input.title, weight: 'A' },
      { text: holderNames, weight: 'B' },
      { text: right.numbers.map((n) => n.value).join(' '), weight: 'C' },
    ]),
    source: input.source,
    sourceRecordId: input.sourceRecordId ?? null,
    sourceUpdatedAt: input.sourceUpdatedAt ? new Date(input.sourceUpdatedAt) : now,
    contentHash: c.hash,
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
  const rows = changed.map((c) => rightRow(c, now));
  const columns = rightColumns(rows[0]!);
  const values = columns.map(([key, column]): [PgColumn, (row: RightRow) => unknown] => [
    column,
    (row) => row[key],
  ]);
  const added = rows.filter((_, i) => !changed[i]!.existed);
  if (added.length) await tx.execute(insertRows<RightRow>(rights, values, added));
  const updated = rows.filter((_, i) => changed[i]!.existed);
  if (updated.length) {
    const updates = columns
      .filter(([key]) => !NOT_UPDATED.has(key))
      .map(([, column]) => sql`${sql.identifier(column.name)} = excluded.${sql.identifier(column.name)}`);
    await tx.execute(
      insertRows<RightRow>(
        rights,
        values,
        updated,
        sql`on conflict (type, number) do update set ${sql.join(updates, sql`, `)}`,
      ),
    );
  }

  const holders: { c: Changed; period: HolderPeriod; partyId?: string }[] = [];
  for (const c of changed)
    for (const period of holderPeriods(c.right.input, c.events)) holders.push({ c, period });
  const partyIds = await resolveParties(
    tx,
    holders.map((h) => h.period.party),
  );
  holders.forEach((holder, i) => {
    holder.partyId = partyIds[i];
  });

  const numbers: { id: string; type: string; kind: string; value: string }[] = [];
  for (const c of changed) {
    // One row per value (the kind of its last occurrence).
    const unique = new Map(c.right.numbers.map((n) => [n.value, n]));
    for (const n of unique.values())
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
          [h.partyId, (r) => r.partyId],
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
    const partyIds = await resolveParties(
      tx,
      periods.map((p) => p.party),
    );
    const present = new Set(existing.map((e) => e.party_id));
    let position = Math.max(999, ...existing.map((e) => e.position)) + 1;
    const added = periods
      .map((p, i) => ({ p, partyId: partyIds[i]! }))
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
    await tx.update(rights).set({ updatedAt: new Date() }).where(sql`${rights.id} = ${right.id}`);
    result.updated += 1;
  }
  return result;
}
