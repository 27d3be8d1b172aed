/**
 * What users send: verification requests (numbers written in the forms people use, ~10% for
 * rights that do not exist, some with a claimed holder or a date), and search queries (2-, 3- and
 * 4-character Chinese substrings from the vocabularies, and holder names).
 */
import type { RightInput } from '@ipp/shared';
import { Rng } from './parties.ts';
import { applicationNumber, makeRight, type RecordContext } from './records.ts';
import * as V from './vocab.ts';

export interface VerifyBody {
  type: RightInput['type'];
  number: string;
  holder?: string;
  asOf?: string;
}

export interface VerifyCase {
  body: VerifyBody;
  /** Whether the right is in the data set. */
  expected: boolean;
}

/** The number as a person might type it. */
function numberForm(rng: Rng, input: RightInput): string {
  const n = input.number;
  if (input.type === 'patent') {
    const digits = n.replace('.', '').slice(0, 12);
    const check = n.slice(-1);
    const forms = [
      `${digits}.${check}`,
      `CN${digits}.${check}`,
      `ZL${digits}.${check}`,
      digits,
      `${digits}${check}`,
    ];
    if (input.publicationNumber) forms.push(input.publicationNumber);
    if (input.grantNumber) forms.push(input.grantNumber);
    return rng.pick(forms);
  }
  if (input.type === 'trademark') return rng.pick([n, `第${n}号`, `TM${n}`]);
  if (input.type === 'ic_layout') return rng.pick([n, n.replace('.', ''), n.slice(3)]);
  return rng.pick([n, n.toLowerCase()]);
}

function missing(rng: Rng): VerifyCase {
  const r = rng.next();
  const body: VerifyBody =
    r < 0.6
      ? {
          type: 'patent',
          number: applicationNumber(2026, rng.pick([1, 2, 3]), 5_000_000 + rng.int(4_999_999)),
        }
      : r < 0.95
        ? { type: 'trademark', number: String(70_000_000 + rng.int(9_999_999)) }
        : { type: 'ic_layout', number: `BS.${900_000_000 + rng.int(99_999_999)}` };
  return { body, expected: false };
}

/** A claimed holder: the right one, the right one written differently, or someone else. */
function claimedHolder(rng: Rng, input: RightInput, ctx: RecordContext): string {
  const name = input.holders[0]?.name ?? '';
  const r = rng.next();
  if (r < 0.7) return name;
  if (r < 0.85) return name.replace(/(股份)?有限(责任)?公司$/u, ' $&');
  return rng.pick(ctx.parties).name;
}

export function verifyCases(ctx: RecordContext, rows: number, count: number, seed: number): VerifyCase[] {
  const rng = new Rng(seed ^ 0xbeef);
  return Array.from({ length: count }, () => {
    if (rng.chance(0.1)) return missing(rng);
    const input = makeRight(rng.int(rows), ctx);
    const body: VerifyBody = { type: input.type, number: numberForm(rng, input) };
    if (rng.chance(0.3)) body.holder = claimedHolder(rng, input, ctx);
    if (rng.chance(0.1)) body.asOf = `${rng.between(2015, 2025)}-0${rng.between(1, 9)}-15`;
    return { body, expected: true };
  });
}

export type SearchClass = '2-char' | '3-char' | '4-char' | 'holder';

export interface SearchCase {
  class: SearchClass;
  /** As the API takes them: q (title, holder or number) or holder (holders only). */
  params: { q?: string; holder?: string };
}

function substrings(words: string[], length: number): string[] {
  const found = new Set<string>();
  for (const w of words) {
    const chars = [...w];
    for (let i = 0; i + length <= chars.length; i++) found.add(chars.slice(i, i + length).join(''));
  }
  return [...found].filter((s) => /^\p{Script=Han}+$/u.test(s));
}

/** Queries of each class, drawn from the words titles and names are made of. */
export function searchCases(ctx: RecordContext, perClass: number, seed: number): SearchCase[] {
  const rng = new Rng(seed ^ 0x5ea);
  const words = [
    ...V.DOMAINS.flatMap((d) => [...d.techs, ...d.objects, ...d.uses, ...d.actions]),
    ...V.DESIGN_PRODUCTS,
    ...V.CHIP_FUNCTIONS,
    ...V.MARK_WORDS,
    ...V.GI_PRODUCTS,
  ];
  const cases: SearchCase[] = [];
  for (const [cls, length] of [
    ['2-char', 2],
    ['3-char', 3],
    ['4-char', 4],
  ] as const) {
    const pool = substrings(words, length);
    for (let i = 0; i < perClass; i++) cases.push({ class: cls, params: { q: rng.pick(pool) } });
  }
  // Holder names as people type them: the 字号 alone, or the full registered name.
  const companies = ctx.parties.filter((p) => p.kind === 'organization');
  for (let i = 0; i < perClass; i++) {
    const p = companies[Math.floor(companies.length * rng.next() ** 2)]!;
    cases.push({ class: 'holder', params: { holder: rng.chance(0.6) ? p.shortName : p.name } });
  }
  return cases;
}
