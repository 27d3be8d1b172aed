/**
 * Validation of one record in the shared contract (RightInput) before it is stored. Errors reject
 * the record; warnings are kept with it. Every issue names the field as RightInput spells it
 * ("holders[0].uscc"), a stable code (listed in docs/registry-import.md) and a message. A record
 * without errors comes back normalized: canonical numbers, class codes, USCCs, and the expiry
 * from the term rules when the source gives none.
 */
import {
  checkUscc,
  NATIONAL_REGION_CODE,
  type PartyInput,
  RIGHT_EVENT_TYPES,
  RIGHT_SUBTYPES,
  RIGHT_TYPES,
  type RightInput,
  type RightSubtype,
  type ValidationIssue,
} from '@ipp/shared';
import { type ClassCode, normalizeClasses } from './import/classes.ts';
import { guessPartyKind, looksLikeOrganization, regionReference } from './import/reference.ts';
import {
  checkRightNumbers,
  isValidIdNumber,
  type NumberKey,
  type PatentApplicationNumber,
  type RightNumbers,
} from './numbers.ts';
import { expiryOf, isIsoDate, type TermRuleRef, termEnd } from './terms.ts';

export type { ClassCode } from './import/classes.ts';
export { looksLikeOrganization, type RegionRef, regionReference } from './import/reference.ts';

export interface NormalizedRight extends RightInput {
  subtype: RightSubtype | null;
  numberCanonical: string;
  numberDisplay: string;
  /** CN patent application numbers: kind from the type digit, PCT flag, current or legacy form. */
  patentNumber: PatentApplicationNumber | null;
  publication: RightNumbers['publication'];
  /** Every canonical key the right can be looked up by. */
  numbers: NumberKey[];
  classCodes: ClassCode[];
  classMain: string | null;
  expiryDate: string | null;
  expiryRule: TermRuleRef | null;
  /** True when expiryDate came from the term rule rather than the source. */
  expiryDerived: boolean;
}

export interface ValidationResult {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  normalized?: NormalizedRight;
}

class Issues {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  error(field: string, code: string, message: string): void {
    this.errors.push({ field, code, message });
  }
  warn(field: string, code: string, message: string): void {
    this.warnings.push({ field, code, message });
  }
}

function checkRegion(code: string | null | undefined, field: string, out: Issues): void {
  if (code == null || code === '' || code === NATIONAL_REGION_CODE) return;
  const region = regionReference().get(String(code).trim());
  if (!region) {
    out.error(field, 'region_unknown', `${code} is not a GB/T 2260 region code`);
  } else if (region.status === 'retired') {
    const next = region.successors.length ? `; now ${region.successors.join(', ')}` : '';
    out.warn(field, 'region_retired', `${code} ${region.name} is a retired GB/T 2260 code${next}`);
  }
}

// ---------- parties ----------

// Without a country, only a Chinese name that is not a Japanese or Korean company form may be a
// Chinese organization expected to have a USCC ("HARPER Inc." and 株式会社 are not).
const mayBeChinese = (name: string) =>
  /\p{Script=Han}/u.test(name) && !/(株式会社|有限会社|合同会社)$/u.test(name);

function checkPartyUscc(p: PartyInput, field: string, stated: string | null, out: Issues): string | null {
  const domestic = p.countryCode ? p.countryCode.toUpperCase() === 'CN' : mayBeChinese(p.name);
  if (!p.uscc?.trim()) {
    if (domestic && p.name && looksLikeOrganization(p.name)) {
      out.warn(`${field}.uscc`, 'uscc_missing', `${p.name} looks like an organization but has no USCC`);
    }
    return null;
  }
  const result = checkUscc(p.uscc);
  if (!result.valid) {
    const why =
      result.problem === 'check'
        ? `its check character should be ${result.expectedCheck}`
        : `bad ${result.problem}`;
    out.error(`${field}.uscc`, 'uscc_invalid', `USCC ${p.uscc} of ${p.name}: ${why} (GB 32100-2015)`);
    return result.normalized;
  }
  const embedded = result.regionCode!;
  if (stated && stated !== NATIONAL_REGION_CODE && embedded !== stated) {
    const where = embedded.slice(0, 2) === stated.slice(0, 2) ? 'same province' : 'another province';
    const name = regionReference().get(embedded)?.name ?? 'not a GB/T 2260 code';
    out.warn(
      `${field}.uscc`,
      'uscc_region_mismatch',
      `USCC ${result.normalized} of ${p.name} was issued in ${embedded} (${name}), not ${stated} (${where})`,
    );
  }
  return result.normalized;
}

function checkParties(list: PartyInput[], path: string, fallbackRegion: string | null, out: Issues) {
  return list.map(<P extends PartyInput>(given: P, i: number): P => {
    const p = given && typeof given === 'object' ? given : ({ name: '' } as P);
    const field = `${path}[${i}]`;
    const name = typeof p?.name === 'string' ? p.name.trim() : '';
    if (!name) out.error(`${field}.name`, 'required', `${field} has no name`);
    checkRegion(p.regionCode, `${field}.regionCode`, out);
    const uscc = checkPartyUscc({ ...p, name }, field, p.regionCode ?? fallbackRegion, out);
    if (p.idNumber?.trim()) {
      const valid = isValidIdNumber(p.idNumber);
      out.warn(
        `${field}.idNumber`,
        valid ? 'id_number_protected' : 'id_number_invalid',
        valid
          ? `the identity number of ${name} will be stored protected and never shown`
          : `the identity number of ${name} fails the GB 11643 check; it will be stored protected`,
      );
    }
    return { ...p, name, uscc, kind: p.kind ?? guessPartyKind(name) };
  });
}

function numbersOf(input: RightInput, out: Issues): RightNumbers | null {
  const checked = checkRightNumbers(input);
  out.errors.push(...checked.errors);
  out.warnings.push(...checked.warnings);
  return checked.value;
}

// ---------- dates ----------

const DATE_FIELDS = [
  'filingDate',
  'publicationDate',
  'grantDate',
  'expiryDate',
  'creationDate',
  'firstCommercialUseDate',
] as const;

function checkDates(input: RightInput, out: Issues): void {
  const ok: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
  for (const field of DATE_FIELDS) {
    const value = input[field];
    if (value == null || value === '') continue;
    if (isIsoDate(value)) ok[field] = value;
    else out.error(field, 'date_format', `${field} "${value}" is not a calendar date (YYYY-MM-DD)`);
  }
  const order = (a: keyof typeof ok, b: keyof typeof ok, field: keyof typeof ok) => {
    const [x, y] = [ok[a], ok[b]];
    if (x && y && x > y) out.error(field, 'date_order', `${a} ${x} is after ${b} ${y}`);
  };
  order('filingDate', 'publicationDate', 'publicationDate');
  order('publicationDate', 'grantDate', 'grantDate');
  order('filingDate', 'grantDate', 'grantDate');
  order('filingDate', 'expiryDate', 'expiryDate');
  order('creationDate', 'filingDate', 'creationDate');
  order('creationDate', 'firstCommercialUseDate', 'creationDate');
  if (input.type === 'ic_layout' && ok.firstCommercialUseDate && ok.filingDate) {
    const lastDay = termEnd(ok.firstCommercialUseDate, 2);
    if (ok.filingDate > lastDay) {
      const article = ok.filingDate >= '2026-10-15' ? '条例(2026) 第二十六条' : '条例(2001) 第十七条';
      out.error(
        'firstCommercialUseDate',
        'ic_commercial_use_bar',
        `filed ${ok.filingDate}, more than 2 years after first commercial use ${ok.firstCommercialUseDate} (last day ${lastDay}); not registrable under 集成电路布图设计保护${article}`,
      );
    }
  }
  (input.events ?? []).forEach((e, i) => {
    if (!RIGHT_EVENT_TYPES.includes(e.type))
      out.error(`events[${i}].type`, 'event_type_unknown', `${e.type} is not an event type`);
    if (!isIsoDate(e.date))
      out.error(`events[${i}].date`, 'date_format', `event date "${e.date}" is not a calendar date`);
  });
  (input.authorizedUsers ?? []).forEach((u, i) => {
    if (u.date && !isIsoDate(u.date))
      out.error(`authorizedUsers[${i}].date`, 'date_format', `"${u.date}" is not a calendar date`);
  });
}

// ---------- the record ----------

function checkShape(input: RightInput, out: Issues): RightSubtype | null {
  for (const field of ['number', 'title', 'source'] as const) {
    if (typeof input[field] !== 'string' || !input[field].trim())
      out.error(field, 'required', `${field} is required`);
  }
  const holders = (input.holders ?? []).filter((h) => h?.name?.trim());
  if (input.type !== 'gi' && holders.length === 0)
    out.error('holders', 'required', 'at least one holder is required');
  const allowed: readonly string[] = RIGHT_SUBTYPES[input.type];
  if (input.subtype && !allowed.includes(input.subtype)) {
    out.error(
      'subtype',
      'subtype_unknown',
      `${input.subtype} is not a ${input.type} subtype (${allowed.join(', ')})`,
    );
    return null;
  }
  return input.subtype ?? null;
}

function resolveSubtype(input: RightInput, given: RightSubtype | null, n: RightNumbers | null, out: Issues) {
  const derived = n?.patent?.kind ?? null;
  if (given && derived && given !== derived) {
    const digit = n!.patent!.format === 'current' ? n!.canonical[4] : n!.canonical[2];
    out.error(
      'subtype',
      'subtype_contradicts_number',
      `type digit ${digit} of ${n!.display} means ${derived}, not ${given}`,
    );
  }
  // The number wins a contradiction, so the classes are read by the scheme its kind uses.
  return derived ?? given ?? (input.type === 'ic_layout' ? 'ic_layout' : null);
}

/** The term rules are Chinese law: a foreign right keeps the expiry its source states. */
function checkExpiry(input: RightInput, subtype: RightSubtype | null, foreign: boolean, out: Issues) {
  const given = isIsoDate(input.expiryDate) ? input.expiryDate : null;
  if (foreign) return { date: given, rule: null, derived: false };
  const renewals = (input.events ?? []).filter((e) => e.type === 'renewal').map((e) => e.date);
  const term = expiryOf({ ...input, subtype, renewals });
  if (given && term.date && given !== term.date) {
    out.warn(
      'expiryDate',
      'expiry_differs',
      `the source says ${given}; ${term.rule!.article} gives ${term.date} (term adjustment or a source error?)`,
    );
  }
  return { date: given ?? term.date, rule: term.rule, derived: !given && term.date !== null };
}

/** Validates one record; `normalized` is present only when there are no errors. */
export function validateRight(input: RightInput): ValidationResult {
  const out = new Issues();
  if (!RIGHT_TYPES.includes(input?.type)) {
    out.error('type', 'type_unknown', `type must be one of ${RIGHT_TYPES.join(', ')}`);
    return { errors: out.errors, warnings: out.warnings };
  }
  const given = checkShape(input, out);
  const n = typeof input.number === 'string' && input.number.trim() ? numbersOf(input, out) : null;
  const subtype = resolveSubtype(input, given, n, out);
  const { codes: classCodes, errors: classErrors } = normalizeClasses(
    input.type,
    subtype,
    input.classes ?? [],
  );
  out.errors.push(...classErrors);
  checkDates(input, out);
  checkRegion(input.regionCode, 'regionCode', out);
  for (const [i, c] of (input.protectedAreaCodes ?? []).entries())
    checkRegion(c, `protectedAreaCodes[${i}]`, out);
  const region = input.regionCode ?? null;
  const holders = checkParties(input.holders ?? [], 'holders', region, out);
  const authorizedUsers =
    input.authorizedUsers && checkParties(input.authorizedUsers, 'authorizedUsers', region, out);
  const expiry = checkExpiry(input, subtype, n?.numbers[0]?.kind === 'foreign', out);
  if (out.errors.length > 0 || !n) return { errors: out.errors, warnings: out.warnings };
  const normalized: NormalizedRight = {
    ...input,
    subtype,
    holders,
    ...(authorizedUsers ? { authorizedUsers } : {}),
    numberCanonical: n.canonical,
    numberDisplay: n.display,
    patentNumber: n.patent,
    publication: n.publication,
    numbers: n.numbers,
    classCodes,
    classMain: classCodes[0]?.main ?? null,
    expiryDate: expiry.date,
    expiryRule: expiry.rule,
    expiryDerived: expiry.derived,
  };
  return { errors: out.errors, warnings: out.warnings, normalized };
}
