/** Parties of a batch: found by USCC or normalized name, created when missing. */
import { randomUUID } from 'node:crypto';
import type { PartyInput } from '@ipp/shared';
import { sql } from 'drizzle-orm';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Executor } from '../../platform/db/database.ts';
import { normalizeName } from './holder-names.ts';
import { parties } from './registry.tables.ts';
import { insertRows, rowsOf } from './rights.sql.ts';

function maskIdNumber(id: string): string {
  return id.length <= 8 ? `${id.slice(0, 1)}****` : `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

interface PartyRow {
  id: string;
  name: string;
  uscc: string | null;
  kind: string;
  name_normalized: string;
}

export interface StoredParty {
  id: string;
  name: string;
  uscc: string | null;
  kind: string;
}

interface WantedParty {
  party: PartyInput;
  normalized: string;
}

/**
 * Finds or creates every party of the batch: by USCC where there is one, else by normalized name.
 * Returns the stored party of each entry of `all`, in order: its id, and the name, USCC and kind
 * the registry shows for it (the first record's, when a later one spells the name differently).
 */
export async function resolveParties(tx: Executor, all: PartyInput[]): Promise<StoredParty[]> {
  const unique = new Map<string, WantedParty>();
  const keys = all.map((party) => {
    const normalized = normalizeName(party.name);
    const key = party.uscc ? `u:${party.uscc}` : `n:${party.kind ?? 'organization'}:${normalized}`;
    if (!unique.has(key)) unique.set(key, { party, normalized });
    return key;
  });
  const found = new Map<string, StoredParty>();
  const remember = (rows: PartyRow[]) => {
    for (const row of rows)
      found.set(row.uscc ? `u:${row.uscc}` : `n:${row.kind}:${row.name_normalized}`, {
        id: row.id,
        name: row.name,
        uscc: row.uscc,
        kind: row.kind,
      });
  };
  const load = async (wanted: WantedParty[]) => {
    const usccs = wanted.flatMap((w) => (w.party.uscc ? [w.party.uscc] : []));
    const names = wanted.flatMap((w) => (w.party.uscc ? [] : [w.normalized]));
    if (usccs.length)
      remember(
        await rowsOf<PartyRow>(
          tx,
          sql`select id, name, uscc, kind, name_normalized from parties
              where uscc = any(${sql.param(usccs)}::text[]) and uscc is not null`,
        ),
      );
    if (names.length)
      remember(
        await rowsOf<PartyRow>(
          tx,
          sql`select id, name, uscc, kind, name_normalized from parties
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
          sql`on conflict do nothing returning id, name, uscc, kind, name_normalized`,
        ),
      ),
    );
    // Parties another import created meanwhile were skipped by `on conflict`: read them.
    const skipped = [...unique].filter(([key]) => !found.has(key)).map(([, wanted]) => wanted);
    if (skipped.length) await load(skipped);
  }
  return keys.map((key) => found.get(key)!);
}
