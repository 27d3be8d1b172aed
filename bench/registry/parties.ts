/**
 * Deterministic randomness, regions from the shipped GB/T 2260 copy, and the pool of holders:
 * companies (region + 字号 + industry + company form, with a valid USCC), universities and
 * institutes, and persons. Every party has a stable id, so rights can point at it by index.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usccCheckCharacter } from '@ipp/shared';
import { normalizeName } from '../../server/src/modules/registry/holder-names.ts';
import {
  COMPANY_FORMS,
  GIVEN_CHARS,
  INDUSTRIES,
  INSTITUTE_FORMS,
  PROVINCE_WEIGHTS,
  SURNAMES,
  TRADE_NAME_PARTS,
} from './vocab.ts';

/** mulberry32: small, fast, good enough for test data; the same seed gives the same data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ (seed >>> 13)) >>> 0;
    this.next();
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A stable UUID for a name ("right:42"): md5 as hex, so pgbench can compute it in SQL too. */
export function stableUuid(name: string): string {
  const h = createHash('md5').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface Region {
  code: string;
  /** The prefecture-level (or municipality) name a company is registered under: 深圳市. */
  city: string;
  /** The province without its level word: 广东. */
  province: string;
}

/** Active county-level regions by province prefix, read from the platform's shipped copy. */
export function loadRegions(): Map<string, Region[]> {
  const url = new URL('../../server/src/modules/region/data/gbt2260.generated.json', import.meta.url);
  type Row = [string, string, string, string, string];
  const rows = (JSON.parse(readFileSync(url, 'utf8')) as { rows: Row[] }).rows;
  const byCode = new Map(rows.map((r) => [r[0], r]));
  const result = new Map<string, Region[]>();
  for (const [code, , level, parent, status] of rows) {
    if (level !== 'county' || status !== 'active') continue;
    const city = byCode.get(parent);
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    if (!city || !province) continue;
    const list = result.get(code.slice(0, 2)) ?? [];
    list.push({
      code,
      city: city[1],
      province: province[1].replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/u, ''),
    });
    result.set(code.slice(0, 2), list);
  }
  return result;
}

export function pickRegion(rng: Rng, regions: Map<string, Region[]>): Region {
  const total = PROVINCE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = rng.int(total);
  for (const [prefix, weight] of PROVINCE_WEIGHTS) {
    x -= weight;
    if (x < 0 && regions.has(prefix)) return rng.pick(regions.get(prefix)!);
  }
  return rng.pick(regions.get('44')!);
}

export interface Party {
  index: number;
  id: string;
  name: string;
  nameNormalized: string;
  uscc: string | null;
  kind: 'organization' | 'person';
  regionCode: string;
  /** 字号 for companies (what people search a holder by), else the name. */
  shortName: string;
}

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function uscc(prefix: string, regionCode: string, serial: number): string {
  let body = '';
  for (let n = serial, i = 0; i < 7; i++, n = Math.floor(n / 31)) body = USCC_BODY[n % 31] + body;
  const first17 = `${prefix}${regionCode}MA${body}`;
  return first17 + usccCheckCharacter(first17);
}

/** partyKey as rights.writer.ts makes it: by USCC, else by kind and normalized name. */
export function partyKey(p: { uscc?: string | null; kind?: string | null; name: string }): string {
  return p.uscc ? `u:${p.uscc}` : `n:${p.kind ?? 'organization'}:${normalizeName(p.name)}`;
}

/** Companies (most), institutes and persons; names are unique by partyKey. */
export function makeParties(seed: number, count: number, regions: Map<string, Region[]>): Party[] {
  const rng = new Rng(seed ^ 0x5eed);
  const parties: Party[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; parties.length < count && attempts < count * 20; attempts++) {
    const region = pickRegion(rng, regions);
    const r = rng.next();
    let name: string;
    let kind: Party['kind'] = 'organization';
    let short: string;
    let code: string | null = null;
    if (r < 0.9) {
      const a = rng.int(TRADE_NAME_PARTS.length);
      short =
        TRADE_NAME_PARTS[a]! +
        TRADE_NAME_PARTS[(a + 1 + rng.int(TRADE_NAME_PARTS.length - 1)) % TRADE_NAME_PARTS.length]!;
      const place = rng.chance(0.8) ? region.city : region.province;
      name = `${place}${short}${rng.pick(INDUSTRIES)}${rng.pick(COMPANY_FORMS)}`;
      code = uscc('91', region.code, parties.length);
    } else if (r < 0.93) {
      short = rng.pick(TRADE_NAME_PARTS);
      name = `${region.city.replace(/市$/u, '')}${short}${rng.pick(INSTITUTE_FORMS)}`;
      code = uscc('12', region.code, parties.length);
    } else {
      kind = 'person';
      name = rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : '');
      short = name;
    }
    const party = { name, uscc: code, kind };
    const key = partyKey(party);
    if (seen.has(key)) continue;
    seen.add(key);
    const index = parties.length;
    parties.push({
      index,
      id: stableUuid(`party:${seed}:${index}`),
      name,
      nameNormalized: normalizeName(name),
      uscc: code,
      kind,
      regionCode: region.code,
      shortName: short,
    });
  }
  return parties;
}

/** Skewed choice: a few large holders own many rights, most own a few. */
export function pickHolder(rng: Rng, parties: Party[]): Party {
  return parties[Math.floor(parties.length * rng.next() ** 2.5)]!;
}
