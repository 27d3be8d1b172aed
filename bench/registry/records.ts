/**
 * One realistic right per index, in the shared contract (RightInput), always the same for the same
 * seed and index: a mix of the four types, titles from technical vocabularies, valid CN application
 * numbers (ZC 0006-2003 check characters), IPC/Locarno/Nice classes, timelines with transfers,
 * terminations and renewals. Numbers are unique by construction: the index is part of each.
 */
import type { PartyInput, RightEventInput, RightInput } from '@ipp/shared';
import { patentCheckCharacter } from '../../server/src/modules/registry/numbers.ts';
import { type Party, pickHolder, type Region, Rng, uscc } from './parties.ts';
import * as V from './vocab.ts';

export const SOURCE = '基准测试数据 bench';
/** Indexes at or above this are "new filings" (the import file): filed in 2025, never in the bulk set. */
export const IMPORT_BASE = 10_000_000;

export interface RecordContext {
  seed: number;
  parties: Party[];
  /** GI protected areas and associations. */
  regions: Region[];
  today: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function day(rng: Rng, year: number): string {
  return `${year}-${pad(rng.between(1, 12), 2)}-${pad(rng.between(1, 28), 2)}`;
}

/** A day some months after another (days clamped to 28, so every result is a real date). */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1, 2)}-${pad(Math.min(d, 28), 2)}`;
}

const party = (p: Party): PartyInput => ({
  name: p.name,
  uscc: p.uscc,
  kind: p.kind,
  regionCode: p.regionCode,
});

function fill(template: string, rng: Rng, d: V.Domain): string {
  return template
    .replace('{t2}', rng.pick(d.techs))
    .replace('{t}', rng.pick(d.techs))
    .replace('{o}', rng.pick(d.objects))
    .replace('{a}', rng.pick(d.actions))
    .replace('{u}', rng.pick(d.uses));
}

/** A CN application number: year, type digit, 7-digit serial (the index), check character. */
export function applicationNumber(year: number, typeDigit: number, serial: number): string {
  const digits = `${year}${typeDigit}${pad(serial % 10_000_000, 7)}`;
  return `${digits}${patentCheckCharacter(digits)}`;
}

function filingYear(rng: Rng, index: number, from: number): number {
  if (index >= IMPORT_BASE) return 2025;
  // Filings grow over the years: more recent years are more likely.
  return Math.min(2024, from + Math.floor((2024 - from + 1) * Math.sqrt(rng.next())));
}

function past(date: string | null, today: string): string | null {
  return date && date <= today ? date : null;
}

function patent(rng: Rng, index: number, ctx: RecordContext, holders: Party[]): RightInput {
  const r = rng.next();
  const subtype = r < 0.45 ? 'invention' : r < 0.85 ? 'utility_model' : 'design';
  const pct = subtype !== 'design' && rng.chance(0.03);
  const typeDigit = subtype === 'invention' ? (pct ? 8 : 1) : subtype === 'utility_model' ? (pct ? 9 : 2) : 3;
  const year = filingYear(rng, index, 2004);
  const filingDate = day(rng, year);
  const domain = rng.pick(V.DOMAINS);
  const serial = pad(index % 100_000_000, 8);
  const events: RightEventInput[] = [];
  let title: string;
  let classes: string[];
  let publicationNumber: string | null = null;
  let publicationDate: string | null = null;
  let grantNumber: string | null = null;
  let grantDate: string | null = null;
  if (subtype === 'invention') {
    title = fill(rng.pick(V.INVENTION_TITLES), rng, domain);
    classes = [rng.pick(domain.ipc), rng.pick(domain.ipc)];
    publicationDate = past(plusMonths(filingDate, rng.between(3, 18)), ctx.today);
    if (publicationDate) publicationNumber = `CN1${serial}A`;
    const granted =
      publicationDate && rng.chance(0.6)
        ? past(plusMonths(filingDate, rng.between(20, 48)), ctx.today)
        : null;
    if (granted) [grantDate, grantNumber] = [granted, `CN1${serial}B`];
  } else {
    title =
      subtype === 'design'
        ? `${rng.pick(V.DESIGN_PRODUCTS)}（${rng.pick(V.DESIGN_VARIANTS)}）`
        : fill(rng.pick(V.UTILITY_TITLES), rng, domain);
    classes = subtype === 'design' ? [rng.pick(V.LOCARNO)] : [rng.pick(domain.ipc)];
    grantDate = rng.chance(0.9) ? past(plusMonths(filingDate, rng.between(4, 12)), ctx.today) : null;
    if (grantDate) {
      publicationDate = grantDate;
      publicationNumber = `CN${subtype === 'design' ? 3 : 2}${serial}${subtype === 'design' ? 'S' : 'U'}`;
    }
  }
  if (grantDate) {
    const x = rng.next();
    const at = (months: number) => past(plusMonths(grantDate!, months), ctx.today);
    const termination = at(rng.between(12, 120));
    if (x < (subtype === 'invention' ? 0.15 : 0.35) && termination)
      events.push({ type: 'termination', date: termination });
    else if (x > 0.995 && at(24)) events.push({ type: 'invalidation', date: at(24)! });
    else if (x > 0.99 && at(18)) events.push({ type: 'invalidation_partial', date: at(18)! });
  }
  return {
    type: 'patent',
    subtype,
    number: applicationNumber(year, typeDigit, index),
    publicationNumber,
    grantNumber,
    title,
    holders: holders.map(party),
    inventors: inventors(rng),
    classes,
    regionCode: holders[0]!.regionCode,
    filingDate,
    publicationDate,
    grantDate,
    events,
    source: SOURCE,
  };
}

function inventors(rng: Rng): string[] {
  return Array.from(
    { length: rng.between(1, 4) },
    () => rng.pick(V.SURNAMES) + rng.pick(V.GIVEN_CHARS) + rng.pick(V.GIVEN_CHARS),
  );
}

function trademark(rng: Rng, index: number, ctx: RecordContext, holders: Party[]): RightInput {
  const year = filingYear(rng, index, 2000);
  const filingDate = day(rng, year);
  const grantDate = rng.chance(0.85) ? past(plusMonths(filingDate, rng.between(8, 14)), ctx.today) : null;
  const events: RightEventInput[] = [];
  if (grantDate) {
    for (
      let renewed = plusMonths(grantDate, 118);
      renewed <= ctx.today && rng.chance(0.6);
      renewed = plusMonths(renewed, 120)
    )
      events.push({ type: 'renewal', date: renewed });
    const revoked = past(plusMonths(grantDate, rng.between(36, 90)), ctx.today);
    if (revoked && rng.chance(0.02)) events.push({ type: 'revocation', date: revoked });
  }
  const word = rng.pick(V.MARK_WORDS) + (rng.chance(0.4) ? rng.pick(V.MARK_WORDS) : '');
  const nice = rng.pick(V.NICE_WEIGHTED);
  const subtype = rng.chance(0.99) ? 'trademark' : 'collective_mark';
  return {
    type: 'trademark',
    subtype,
    number: String(10_000_000 + index),
    title: rng.chance(0.2) ? `${word} ${rng.pick(V.MARK_LATIN)}` : word,
    holders: holders.map(party),
    classes: [nice],
    similarGroups: [`${nice}${pad(rng.between(1, 12), 2)}`],
    goodsServices: [rng.pick(V.GOODS), rng.pick(V.GOODS)],
    regionCode: holders[0]!.regionCode,
    filingDate,
    grantDate,
    events,
    source: SOURCE,
  };
}

function icLayout(rng: Rng, index: number, ctx: RecordContext, holders: Party[]): RightInput {
  const year = filingYear(rng, index, 2008);
  const filingDate = day(rng, year);
  const firstCommercialUseDate = rng.chance(0.5) ? plusMonths(filingDate, -rng.between(1, 20)) : null;
  const creationDate = plusMonths(firstCommercialUseDate ?? filingDate, -rng.between(2, 24));
  const code = `${holders[0]!.shortName.length <= 4 ? 'XH' : 'IC'}-${rng.pick(['MW', 'PM', 'BL', 'CS', 'MC'])}${rng.between(10, 99)}`;
  return {
    type: 'ic_layout',
    subtype: 'ic_layout',
    number: `BS.${200_000_000 + index}`,
    title: `${code} ${rng.pick(V.CHIP_FUNCTIONS)}`,
    holders: holders.map(party),
    regionCode: holders[0]!.regionCode,
    filingDate,
    creationDate,
    firstCommercialUseDate,
    grantDate: past(plusMonths(filingDate, rng.between(2, 6)), ctx.today),
    source: SOURCE,
  };
}

function gi(rng: Rng, index: number, ctx: RecordContext): RightInput {
  const r = rng.int(ctx.regions.length);
  const region = ctx.regions[r]!;
  const p = rng.int(V.GI_PRODUCTS.length);
  const product = V.GI_PRODUCTS[p]!;
  const place = region.city.replace(/(市|地区|自治州|盟)$/u, '');
  // The applicant body is a social organization (USCC category 5): one per place and product.
  const holder = {
    name: `${region.city}${product}产业协会`,
    uscc: uscc('51', region.code, 20_000_000 + r * 100 + p),
    kind: 'organization' as const,
    regionCode: region.code,
  };
  const grantDate = day(rng, filingYear(rng, index, 2004));
  const users = Array.from({ length: rng.between(0, 3) }, () => {
    const p = pickHolder(rng, ctx.parties);
    return {
      ...party(p),
      trademark: null,
      announcementNo: `第${rng.between(1, 300)}号`,
      date: plusMonths(grantDate, rng.between(6, 60)),
    };
  }).filter((u, i, all) => u.date <= ctx.today && all.findIndex((v) => v.name === u.name) === i);
  return {
    type: 'gi',
    subtype: rng.chance(0.5) ? 'product_gi' : 'gi_certification_mark',
    number: `AGI${pad(index, 8)}`,
    title: `${place}${product}`,
    holders: [holder],
    regionCode: region.code,
    protectedAreaCodes: [region.code],
    grantDate,
    approvingAuthority: rng.pick(V.GI_AUTHORITIES),
    announcementNo: `${grantDate.slice(0, 4)}年第${rng.between(1, 200)}号`,
    authorizedUsers: users,
    classes: rng.chance(0.5) ? [rng.pick(['29', '30', '31', '33'])] : [],
    source: SOURCE,
  };
}

/** Adds a transfer for some rights: the first holders filed, the current ones took over. */
function withTransfer(rng: Rng, input: RightInput, ctx: RecordContext): RightInput {
  const granted = input.grantDate;
  if (!granted || !rng.chance(0.04)) return input;
  const date = past(plusMonths(granted, rng.between(3, 60)), ctx.today);
  if (!date) return input;
  const buyer = party(pickHolder(rng, ctx.parties));
  if (input.holders.some((h) => h.name === buyer.name)) return input;
  const events = [
    { type: 'application' as const, date: input.filingDate ?? granted, toHolders: input.holders },
    ...(input.events ?? []),
    {
      type: 'transfer' as const,
      date,
      toHolders: [buyer],
      detail: { registrationNo: `${date.slice(0, 4)}${pad(rng.int(1e9), 10)}` },
    },
  ];
  return { ...input, holders: [buyer], events };
}

export function makeRight(index: number, ctx: RecordContext): RightInput {
  const rng = new Rng(ctx.seed * 1_000_003 + index);
  const r = rng.next();
  const first = pickHolder(rng, ctx.parties);
  const second = rng.chance(0.08) ? pickHolder(rng, ctx.parties) : null;
  const holders = second && second.id !== first.id ? [first, second] : [first];
  let input: RightInput;
  if (r < 0.6) input = patent(rng, index, ctx, holders);
  else if (r < 0.975) input = trademark(rng, index, ctx, holders);
  else if (r < 0.99) input = icLayout(rng, index, ctx, holders);
  else return { ...gi(rng, index, ctx), sourceRecordId: `bench-${index}` };
  return { ...withTransfer(rng, input, ctx), sourceRecordId: `bench-${index}` };
}
