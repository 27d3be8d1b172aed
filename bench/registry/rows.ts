/**
 * From a generated record to the rows writeRights would store, as COPY text lines. The record goes
 * through the platform's own validateRight and prepareRight, and the columns are computed with the
 * platform's functions (eventsOf, holderPeriods, statusAsOf, rightVector, contentHash), so
 * the bulk-loaded data has the same column semantics as imported data.
 */
import type { RightInput } from '@ipp/shared';
import { normalizeName } from '../../server/src/modules/registry/holder-names.ts';
import type { StoredParty } from '../../server/src/modules/registry/parties.writer.ts';
import { prepareRight } from '../../server/src/modules/registry/prepare.ts';
import { snapshotOf } from '../../server/src/modules/registry/right-snapshot.ts';
import { contentHash } from '../../server/src/modules/registry/rights.writer.ts';
import { rightVector } from '../../server/src/modules/registry/search.writer.ts';
import { eventsOf, holderPeriods, statusAsOf } from '../../server/src/modules/registry/timeline.ts';
import { validateRight } from '../../server/src/modules/registry/validation.ts';
import { type Party, partyKey, stableUuid } from './parties.ts';

/** The tables the bulk load fills, with their columns in COPY order. */
export const COLUMNS = {
  rights: [
    'id',
    'type',
    'subtype',
    'number',
    'number_display',
    'title',
    'region_code',
    'classes',
    'class_main',
    'filing_date',
    'publication_date',
    'grant_date',
    'expiry_date',
    'status_base',
    'holder_names',
    'data',
    'source',
    'source_record_id',
    'source_updated_at',
    'content_hash',
    'created_at',
    'updated_at',
    'verification',
  ],
  right_search: [
    'right_id',
    'type',
    'status_base',
    'expiry_date',
    'region_code',
    'class_main',
    'filing_date',
    'search_vector',
  ],
  right_numbers: ['right_id', 'type', 'kind', 'value'],
  right_holders: ['right_id', 'party_id', 'role', 'position', 'valid_from', 'valid_to', 'data'],
  right_events: ['right_id', 'position', 'type', 'date', 'detail'],
  parties: [
    'id',
    'name',
    'name_normalized',
    'uscc',
    'kind',
    'id_number_protected',
    'id_number_masked',
    'region_code',
    'country_code',
    'created_at',
  ],
} as const;
export type Table = keyof typeof COLUMNS;

/** One COPY text field: NULL is \N; backslash, tab, newline and carriage return are escaped. */
export function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

export const line = (values: unknown[]) => `${values.map(field).join('\t')}\n`;

export function rightId(seed: number, index: number): string {
  return stableUuid(`right:${seed}:${index}`);
}

/** Parties met outside the pool (GI associations): created on first use, like resolveParties does. */
export class PartyBook {
  private readonly byKey = new Map<string, { id: string; used: boolean; row: unknown[] }>();
  constructor(pool: Party[], now: string) {
    for (const p of pool) {
      const row = [p.id, p.name, p.nameNormalized, p.uscc, p.kind, null, null, p.regionCode, null, now];
      this.byKey.set(partyKey(p), { id: p.id, used: false, row });
    }
    this.now = now;
  }
  private readonly now: string;
  /** The party as the registry stores it; its row is handed out the first time it is used. */
  use(
    p: {
      name: string;
      uscc?: string | null;
      kind?: string | null;
      regionCode?: string | null;
      countryCode?: string | null;
    },
    out: string[],
  ): StoredParty {
    const key = partyKey(p);
    let entry = this.byKey.get(key);
    if (!entry) {
      const id = stableUuid(`party:${key}`);
      const row = [
        id,
        p.name.trim(),
        normalizeName(p.name),
        p.uscc ?? null,
        p.kind ?? 'organization',
        null,
        null,
        p.regionCode ?? null,
        p.countryCode ?? null,
        this.now,
      ];
      entry = { id, used: false, row };
      this.byKey.set(key, entry);
    }
    if (!entry.used) {
      entry.used = true;
      out.push(line(entry.row));
    }
    const [, name, , uscc, kind] = entry.row as [string, string, string, string | null, string];
    return { id: entry.id, name, uscc, kind };
  }
}

export interface RowSet {
  rights: string;
  right_search: string;
  right_numbers: string[];
  right_holders: string[];
  right_events: string[];
  parties: string[];
}

export class RejectedRecord extends Error {}

function eventDetail(event: NonNullable<RightInput['events']>[number]) {
  const detail: Record<string, unknown> = { ...(event.detail ?? {}) };
  if (event.toHolders)
    detail['toHolders'] = event.toHolders.map((h) => ({ name: h.name, uscc: h.uscc ?? null }));
  if (event.party) detail['party'] = { name: event.party.name, uscc: event.party.uscc ?? null };
  if (event.announcementNo) detail['announcementNo'] = event.announcementNo;
  return Object.keys(detail).length ? detail : null;
}

/** The rows of one right, exactly as replaceRights writes them. Throws RejectedRecord if invalid. */
export function rowsOf(input: RightInput, id: string, book: PartyBook, now: string): RowSet {
  const validation = validateRight(input);
  if (!validation.normalized) {
    const issue = validation.errors[0];
    throw new RejectedRecord(
      `${input.type} ${input.number}: ${issue?.field} ${issue?.code} ${issue?.message}`,
    );
  }
  const right = prepareRight(input, validation.normalized);
  const normalized = right.input;
  const events = eventsOf(normalized);
  const holderNames = normalized.holders.map((h) => h.name).join('；');
  const statusBase = statusAsOf(events, null, null);
  // One number per value, the kind of its last occurrence, as replaceRights keeps them.
  const numbers = [...new Map(right.numbers.map((n) => [n.value, n])).values()];
  const parties: string[] = [];
  const holders = holderPeriods(normalized, events).map((period) => ({
    period,
    party: book.use(period.party, parties),
  }));
  const rights = line([
    id,
    normalized.type,
    right.subtype,
    right.number,
    right.numberDisplay,
    normalized.title,
    right.regionCode,
    right.classes,
    right.classMain,
    normalized.filingDate ?? null,
    normalized.publicationDate ?? null,
    normalized.grantDate ?? null,
    right.expiryDate,
    statusBase,
    holderNames,
    right.data,
    normalized.source,
    normalized.sourceRecordId ?? null,
    normalized.sourceUpdatedAt ?? now,
    contentHash(right),
    now,
    now,
    snapshotOf(numbers, holders, events, eventDetail),
  ]);
  const search = line([
    id,
    normalized.type,
    statusBase,
    right.expiryDate,
    right.regionCode,
    right.classMain,
    normalized.filingDate ?? null,
    rightVector(
      normalized.title,
      holderNames,
      right.numbers.map((n) => n.value),
      normalized.filingDate ?? null,
    ),
  ]);
  return {
    rights,
    right_search: search,
    right_numbers: numbers.map((n) => line([id, normalized.type, n.kind, n.value])),
    right_holders: holders.map(({ period: h, party }) =>
      line([id, party.id, h.role, h.position, h.from, h.to, h.data ?? null]),
    ),
    right_events: events.map((e, position) => line([id, position, e.type, e.date, eventDetail(e)])),
    parties,
  };
}
