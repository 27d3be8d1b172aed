/**
 * Right numbers in every common form: CN patent application numbers with their check character
 * (ZC 0006-2003), publication numbers with kind codes, trademark and IC layout registration numbers.
 * Numbers are stored and looked up in one canonical form per kind.
 */
import type { RightInput, RightType, ValidationIssue } from '@ipp/shared';

export type PatentKind = 'invention' | 'utility_model' | 'design';

export interface PatentApplicationNumber {
  /** Digits and check character, no dot: "202111286633X", "881008271" (legacy). */
  canonical: string;
  /** As printed: "202111286633.X". */
  display: string;
  format: 'current' | 'legacy';
  kind: PatentKind;
  /** PCT applications entering the national phase (type digits 8 and 9). */
  pct: boolean;
}

export type PatentNumberProblem = 'format' | 'type' | 'check';

const CURRENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const LEGACY_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9];
// ZC 0006-2003: 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model.
const TYPE_DIGITS: Record<string, { kind: PatentKind; pct: boolean }> = {
  '1': { kind: 'invention', pct: false },
  '2': { kind: 'utility_model', pct: false },
  '3': { kind: 'design', pct: false },
  '8': { kind: 'invention', pct: true },
  '9': { kind: 'utility_model', pct: true },
};

export function patentCheckCharacter(digits: string): string {
  const weights = digits.length === 12 ? CURRENT_WEIGHTS : LEGACY_WEIGHTS;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * weights[i]!;
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** Strips prefixes (CN, ZL, 专利号), spaces, dots and dashes, and upper-cases. */
export function squeezeNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(专利号|申请号|ZL|CN|第)[:：]?/u, '')
    .replace(/^(ZL|CN)/, '')
    .replace(/[\s.·\-_/号]/gu, '');
}

export type PatentNumberResult =
  | { ok: true; number: PatentApplicationNumber }
  | { ok: false; problem: PatentNumberProblem; message: string };

export function parsePatentApplicationNumber(raw: string): PatentNumberResult {
  const s = squeezeNumber(raw);
  const match = /^(\d{12}|\d{8})([\dX])$/.exec(s);
  if (!match) {
    return {
      ok: false,
      problem: 'format',
      message: `${raw} is not a CN application number (12 or 8 digits and a check character)`,
    };
  }
  const digits = match[1]!;
  const format = digits.length === 12 ? 'current' : 'legacy';
  const typeDigit = format === 'current' ? digits[4]! : digits[2]!;
  const type = TYPE_DIGITS[typeDigit];
  if (!type)
    return {
      ok: false,
      problem: 'type',
      message: `type digit ${typeDigit} of ${raw} is not 1, 2, 3, 8 or 9`,
    };
  const expected = patentCheckCharacter(digits);
  if (expected !== match[2]) {
    return { ok: false, problem: 'check', message: `check character of ${raw} should be ${expected}` };
  }
  return {
    ok: true,
    number: {
      canonical: `${digits}${expected}`,
      display: `${digits}.${expected}`,
      format,
      kind: type.kind,
      pct: type.pct,
    },
  };
}

/** "CN113781974A", "CN 113781974 A", "113781974A" → "CN113781974A"; the kind code is kept apart. */
export function parsePublicationNumber(
  raw: string,
): { canonical: string; base: string; kindCode: string | null } | null {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-_]/g, '');
  const match = /^(?:CN)?(\d{7,10})([A-Z]\d?)?$/.exec(s);
  if (!match) return null;
  const base = `CN${match[1]}`;
  return { canonical: base + (match[2] ?? ''), base, kindCode: match[2] ?? null };
}

/** Trademark registration numbers: digits, optionally written "第12345678号" or with a "TM" prefix. */
export function parseTrademarkNumber(raw: string): string | null {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(TM|注册号|第)[:：]?/u, '')
    .replace(/[\s号,]/gu, '');
  return /^[A-Z]?\d{1,10}$/.test(s) ? s : null;
}

/** IC layout design registration numbers, e.g. "BS.215500123" → "BS215500123". */
export function parseIcLayoutNumber(raw: string): string | null {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.-]/g, '');
  return /^(BS)?\d{6,12}[\dX]?$/.test(s) ? (s.startsWith('BS') ? s : `BS${s}`) : null;
}

/** GI numbers are free text (registration numbers, announcements): spaces and width normalized. */
export function normalizeFreeNumber(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

/**
 * Every canonical key a number typed by a user could mean, for lookups: a patent number may be an
 * application number (with or without its check character) or a publication/grant number.
 */
export function lookupKeys(type: RightType, raw: string): string[] {
  const keys = new Set<string>();
  if (type === 'patent') {
    const application = parsePatentApplicationNumber(raw);
    if (application.ok) keys.add(application.number.canonical);
    const s = squeezeNumber(raw);
    if (/^(\d{12}|\d{8})$/.test(s)) keys.add(`${s}${patentCheckCharacter(s)}`);
    const publication = parsePublicationNumber(raw);
    if (publication) {
      keys.add(publication.canonical);
      keys.add(publication.base);
    }
  } else if (type === 'trademark') {
    const n = parseTrademarkNumber(raw);
    if (n) keys.add(n);
  } else if (type === 'ic_layout') {
    const n = parseIcLayoutNumber(raw);
    if (n) keys.add(n);
  } else {
    keys.add(normalizeFreeNumber(raw));
  }
  return [...keys];
}

// ---------- identity numbers (added for import validation) ----------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Resident identity number, GB 11643-1999: 18 characters with check (or the old 15-digit form). */
export function isValidIdNumber(raw: string): boolean {
  const s = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(s)) return true;
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]!;
  return '10X98765432'[sum % 11] === s[17];
}

// ---------- all the numbers of one record (added for import validation) ----------

export interface NumberKey {
  kind: 'application' | 'publication' | 'publication_base' | 'grant' | 'registration' | 'foreign';
  value: string;
}

export interface RightNumbers {
  canonical: string;
  display: string;
  /** CN patent application numbers: kind from the type digit, PCT flag, current or legacy form. */
  patent: PatentApplicationNumber | null;
  publication: { canonical: string; base: string; kindCode: string | null } | null;
  /** Every canonical key the right can be looked up by. */
  numbers: NumberKey[];
}

type NumberFields = Pick<RightInput, 'type' | 'number' | 'publicationNumber' | 'grantNumber'>;
interface NumberCheck {
  value: RightNumbers | null;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

const LOCAL_PREFIX: Partial<Record<RightType, string[]>> = {
  patent: ['CN', 'ZL'],
  trademark: ['TM'],
  ic_layout: ['BS'],
};

/** Numbers of other offices ("US13797521", as the ST.96 reader writes them) keep their form. */
export function foreignOffice(type: RightType, raw: string): string | null {
  const m = /^([A-Z]{2})[\s:/-]?\d/.exec(raw.normalize('NFKC').trim().toUpperCase());
  const local = LOCAL_PREFIX[type];
  return m && local && !local.includes(m[1]!) ? m[1]! : null;
}

// Kind codes: A application publication; B, C grant (invention); U, Y utility model; S, D design.
const KIND_OF_CODE: Record<string, PatentKind> = {
  A: 'invention',
  B: 'invention',
  C: 'invention',
  U: 'utility_model',
  Y: 'utility_model',
  S: 'design',
  D: 'design',
};
const PATENT_PROBLEM_CODE = {
  format: 'patent_number_format',
  type: 'patent_number_type',
  check: 'patent_number_check',
};

function patentNumbers(input: NumberFields, out: NumberCheck): RightNumbers | null {
  const parsed = parsePatentApplicationNumber(input.number);
  if (!parsed.ok) {
    out.errors.push({ field: 'number', code: PATENT_PROBLEM_CODE[parsed.problem], message: parsed.message });
    return null;
  }
  const n = parsed.number;
  const numbers: NumberKey[] = [{ kind: 'application', value: n.canonical }];
  const publication = input.publicationNumber?.trim()
    ? parsePublicationNumber(input.publicationNumber)
    : null;
  if (input.publicationNumber?.trim() && !publication) {
    const message = `${input.publicationNumber} is not a CN publication number`;
    out.errors.push({ field: 'publicationNumber', code: 'publication_number_format', message });
  } else if (publication) {
    numbers.push({ kind: 'publication', value: publication.canonical });
    if (publication.kindCode) numbers.push({ kind: 'publication_base', value: publication.base });
    const kind = KIND_OF_CODE[publication.kindCode?.[0] ?? ''];
    if (kind && kind !== n.kind) {
      const message = `kind code ${publication.kindCode} is not a ${n.kind} kind code`;
      out.warnings.push({ field: 'publicationNumber', code: 'publication_kind_mismatch', message });
    }
  }
  if (input.grantNumber?.trim()) {
    const asApplication = parsePatentApplicationNumber(input.grantNumber);
    const value = asApplication.ok
      ? asApplication.number.canonical
      : parsePublicationNumber(input.grantNumber)?.canonical;
    if (value) numbers.push({ kind: 'grant', value });
    else {
      const message = `${input.grantNumber} is not a CN patent number or grant publication number`;
      out.errors.push({ field: 'grantNumber', code: 'grant_number_format', message });
    }
  }
  return { canonical: n.canonical, display: n.display, patent: n, publication, numbers };
}

/**
 * The canonical forms of a record's numbers, with the problems found: a CN patent number must pass
 * ZC 0006-2003, trademark and IC layout numbers their shapes; GI numbers are free text.
 */
export function checkRightNumbers(input: NumberFields): NumberCheck {
  const out: NumberCheck = { value: null, errors: [], warnings: [] };
  const free = (kind: NumberKey['kind'], value: string): RightNumbers => ({
    canonical: value,
    display: input.number.trim(),
    patent: null,
    publication: null,
    numbers: [{ kind, value }],
  });
  if (foreignOffice(input.type, input.number)) out.value = free('foreign', normalizeFreeNumber(input.number));
  else if (input.type === 'patent') out.value = patentNumbers(input, out);
  else if (input.type === 'gi') out.value = free('registration', normalizeFreeNumber(input.number));
  else {
    const value = (input.type === 'trademark' ? parseTrademarkNumber : parseIcLayoutNumber)(input.number);
    if (value) out.value = free('registration', value);
    else {
      const message = `${input.number} is not a ${input.type} registration number`;
      out.errors.push({ field: 'number', code: `${input.type}_number_format`, message });
    }
  }
  return out;
}
