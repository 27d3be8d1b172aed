/**
 * Writes rights in batches: one round of queries per batch, not per record. A record whose content
 * hash is unchanged is left alone, so importing the same file again changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { PartyInput, RightInput } from '@ipp/shared';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/audit/audit-chain.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { normalizeName } from './holder-names.ts';
import { parties, rightEvents, rightHolders, rightNumbers, rights } from './registry.tables.ts';
import { searchVectorLiteral } from './search-text.ts';
import { eventsOf, holderPeriods, statusAsOf } from './timeline.ts';

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

export function contentHash(right: PreparedRight): string {
  const { sourceUpdatedAt: _ignored, ...content } = right.input;
  return createHash('sha256')
    .update(canonicalJson({ ...right, input: content }))
    .digest('hex');
}

function maskIdNumber(id: string): string {
  return id.length <= 8 ? `${id.slice(0, 1)}****` : `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

function partyKey(party: PartyInput): string {
  return party.uscc ? `u:${party.uscc}` : `n:${party.kind ?? 'organization'}:${normalizeName(party.name)}`;
}

/** Finds or creates every party of the batch: by USCC where there is one, else by normalized name. */
async function resolveParties(tx: Executor, all: PartyInput[]): Promise<Map<string, string>> {
  const unique = new Map(all.map((p) => [partyKey(p), p]));
  const usccs = [...unique.values()].flatMap((p) => (p.uscc ? [p.uscc] : []));
  const names = [...unique.values()].filter((p) => !p.uscc).map((p) => normalizeName(p.name));
  const found = new Map<string, string>();
  const load = async () => {
    if (usccs.length) {
      for (const row of await tx
        .select({ id: parties.id, uscc: parties.uscc })
        .from(parties)
        .where(inArray(parties.uscc, usccs))) {
        found.set(`u:${row.uscc}`, row.id);
      }
    }
    if (names.length) {
      const rows = await tx
        .select({ id: parties.id, kind: parties.kind, name: parties.nameNormalized })
        .from(parties)
        .where(and(inArray(parties.nameNormalized, names), isNull(parties.uscc)));
      for (const row of rows) found.set(`n:${row.kind}:${row.name}`, row.id);
    }
  };
  await load();
  const missing = [...unique.entries()].filter(([key]) => !found.has(key));
  if (missing.length) {
    const now = new Date();
    await tx
      .insert(parties)
      .values(
        missing.map(([, p]) => ({
          id: randomUUID(),
          name: p.name.trim(),
          nameNormalized: normalizeName(p.name),
          uscc: p.uscc ?? null,
          kind: p.kind ?? 'organization',
          idNumberProtected: p.idNumber ? `sm3:${sm3Hex(p.idNumber.toUpperCase())}` : null,
          idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber.toUpperCase()) : null,
          regionCode: p.regionCode ?? null,
          countryCode: p.countryCode ?? null,
          createdAt: now,
        })),
      )
      .onConflictDoNothing();
    await load();
  }
  return new Map([...unique.keys()].map((key) => [key, found.get(key)!]));
}

function rightRow(right: PreparedRight, id: string, hash: string, now: Date) {
  const input = right.input;
  const events = eventsOf(input);
  const holderNames = input.holders.map((h) => h.name).join('；');
  return {
    id,
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
    contentHash: hash,
    createdAt: now,
    updatedAt: now,
  };
}

export async function writeRights(tx: Executor, batch: PreparedRight[]): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (batch.length === 0) return counts;
  const existing = await tx
    .select({ id: rights.id, type: rights.type, number: rights.number, hash: rights.contentHash })
    .from(rights)
    // Per type, a plain IN list on number: the unique index on (type, number) serves it. (A list of
    // 500 row constructors aborts PGlite's WASM build, so no (type, number) IN ((…), …) here.)
    .where(
      or(
        ...numbersByType(batch).map(([type, numbers]) =>
          and(eq(rights.type, type), inArray(rights.number, numbers)),
        ),
      ),
    );
  const byKey = new Map(existing.map((r) => [`${r.type}:${r.number}`, r]));
  const now = new Date();
  const changed: { right: PreparedRight; id: string; hash: string }[] = [];
  const seen = new Set<string>();
  for (const right of batch) {
    const key = `${right.input.type}:${right.number}`;
    const hash = contentHash(right);
    const before = byKey.get(key);
    if (seen.has(key) || before?.hash === hash) {
      counts.unchanged += 1;
      continue;
    }
    seen.add(key);
    if (before) counts.updated += 1;
    else counts.inserted += 1;
    changed.push({ right, id: before?.id ?? randomUUID(), hash });
  }
  if (changed.length === 0) return counts;
  await replaceRights(tx, changed, now);
  return counts;
}

async function replaceRights(
  tx: Executor,
  changed: { right: PreparedRight; id: string; hash: string }[],
  now: Date,
) {
  const ids = changed.map((c) => c.id);
  await tx.delete(rightNumbers).where(inArray(rightNumbers.rightId, ids));
  await tx.delete(rightHolders).where(inArray(rightHolders.rightId, ids));
  await tx.delete(rightEvents).where(inArray(rightEvents.rightId, ids));
  const rows = changed.map((c) => rightRow(c.right, c.id, c.hash, now));
  await tx
    .insert(rights)
    .values(rows)
    .onConflictDoUpdate({
      target: [rights.type, rights.number],
      set: Object.fromEntries(
        Object.keys(rows[0]!)
          .filter((k) => !['id', 'type', 'number', 'createdAt'].includes(k))
          .map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]),
      ),
    });
  const timelines = changed.map((c) => ({ c, events: eventsOf(c.right.input) }));
  const periods = timelines.map(({ c, events }) => ({ c, periods: holderPeriods(c.right.input, events) }));
  const partyIds = await resolveParties(
    tx,
    periods.flatMap((p) => p.periods.map((h) => h.party)),
  );
  const numbers = changed.flatMap((c) =>
    uniqueBy(c.right.numbers, (n) => n.value).map((n) => ({
      rightId: c.id,
      type: c.right.input.type,
      kind: n.kind,
      value: n.value,
    })),
  );
  await tx.insert(rightNumbers).values(numbers).onConflictDoNothing();
  const holders = periods.flatMap(({ c, periods: list }) =>
    list.map((h) => ({
      rightId: c.id,
      partyId: partyIds.get(partyKey(h.party))!,
      role: h.role,
      position: h.position,
      validFrom: h.from,
      validTo: h.to,
      data: h.data ?? null,
    })),
  );
  if (holders.length) await tx.insert(rightHolders).values(holders);
  const events = timelines.flatMap(({ c, events: list }) =>
    list.map((e, position) => ({
      rightId: c.id,
      position,
      type: e.type,
      date: e.date,
      detail: eventDetail(e),
    })),
  );
  if (events.length) await tx.insert(rightEvents).values(events);
}

function eventDetail(event: RightInput['events'] extends (infer E)[] | undefined ? E : never) {
  const detail: Record<string, unknown> = { ...(event.detail ?? {}) };
  if (event.toHolders)
    detail['toHolders'] = event.toHolders.map((h) => ({ name: h.name, uscc: h.uscc ?? null }));
  if (event.party) detail['party'] = { name: event.party.name, uscc: event.party.uscc ?? null };
  if (event.announcementNo) detail['announcementNo'] = event.announcementNo;
  return Object.keys(detail).length ? detail : null;
}

function numbersByType(batch: PreparedRight[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const right of batch)
    groups.set(right.input.type, [...(groups.get(right.input.type) ?? []), right.number]);
  return [...groups.entries()];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}

function toSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
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
    const [right] = await tx
      .select({ id: rights.id })
      .from(rights)
      .where(and(eq(rights.type, merge.right.input.type), eq(rights.number, merge.right.number)));
    if (!right) {
      result.missing.push(merge);
      continue;
    }
    const existing = await tx
      .select({ position: rightHolders.position, partyId: rightHolders.partyId })
      .from(rightHolders)
      .where(and(eq(rightHolders.rightId, right.id), eq(rightHolders.role, 'gi_user')));
    const periods = holderPeriods(merge.right.input, eventsOf(merge.right.input)).filter(
      (p) => p.role === 'gi_user',
    );
    const partyIds = await resolveParties(
      tx,
      periods.map((p) => p.party),
    );
    const present = new Set(existing.map((e) => e.partyId));
    let position = Math.max(999, ...existing.map((e) => e.position)) + 1;
    const added = periods
      .filter((p) => !present.has(partyIds.get(partyKey(p.party))!))
      .map((p) => ({
        rightId: right.id,
        partyId: partyIds.get(partyKey(p.party))!,
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
    await tx.update(rights).set({ updatedAt: new Date() }).where(eq(rights.id, right.id));
    result.updated += 1;
  }
  return result;
}
