/**
 * Terms of protection as data. Each rule names the law version and article it comes from, the act
 * dates between which that version governs (the act is the filing for patents and IC layouts, the
 * registration for trademarks), and how the last day of protection is computed. A new law version
 * is a new row, never a new branch (see shared/notes/domain-rules.md §5).
 *
 * Date convention: a term of N years "from" a day D (自…之日起计算) counts D as its first day, so
 * its last day is the day before the N-th anniversary of D: filed 2015-08-07, 20 years → last day
 * 2035-08-06. 专利法(2020) Art 42 and 商标法(2019) Art 39 count "自申请日/核准注册之日起";
 * trademark certificates print the period that way (2017-03-28 至 2027-03-27), and 商标法 Art 40
 * starts each renewal "自该商标上一届有效期满次日起", the day after the previous last day. For a
 * start on 29 February whose anniversary falls in a common year the anniversary is 1 March, so
 * the last day is 28 February. The returned date is the last day on which the right is in force.
 */
import type { RightSubtype, RightType } from '@ipp/shared';

export interface TermInput {
  type: RightType;
  subtype?: RightSubtype | string | null;
  filingDate?: string | null;
  grantDate?: string | null;
  creationDate?: string | null;
  firstCommercialUseDate?: string | null;
  /** Dates of renewal events (trademarks): each adds one period. */
  renewals?: string[];
}

export interface TermRuleRef {
  id: string;
  text: string;
  article: string;
  lawVersion: string;
}

export interface TermResult {
  /** Last day in force, ISO; null when the right has no term or a needed date is missing. */
  date: string | null;
  rule: TermRuleRef | null;
  /** Why there is no date, when a rule needs a date the input lacks. */
  missing?: string;
}

interface TermRule extends TermRuleRef {
  appliesTo: { type: RightType; subtypes?: readonly (string | null)[] }[];
  /** The date of the act that selects the law version; null for rules that need none. */
  actDate: ((input: TermInput) => string | null | undefined) | null;
  /** First and last act date (inclusive) under this law version; null = open. */
  from: string | null;
  to: string | null;
  compute: (input: TermInput) => string | null;
}

// ---------- date arithmetic on ISO days (UTC, no time zone involved) ----------

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The anniversary after `years`; 29 February in a common year rolls over to 1 March. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return fromUtc(new Date(Date.UTC(y + years, m - 1, d)));
}

/** Last day of a term of `years` whose first day is `start`. */
export function termEnd(start: string, years: number): string {
  return addDays(addYears(start, years), -1);
}

function earliest(...days: (string | null | undefined)[]): string | null {
  const present = days.filter(isIsoDate).sort();
  return present[0] ?? null;
}

// ---------- the rules ----------

const fromFiling = (years: number) => (i: TermInput) =>
  isIsoDate(i.filingDate) ? termEnd(i.filingDate, years) : null;

const filing = (i: TermInput) => i.filingDate;

/** 10 years from registration, then 10 more from the day after each previous last day. */
function trademarkExpiry(i: TermInput): string | null {
  if (!isIsoDate(i.grantDate)) return null;
  const registered = i.grantDate;
  let last = termEnd(registered, 10);
  const renewals = (i.renewals ?? []).filter((r) => isIsoDate(r) && r > registered);
  for (let n = 0; n < renewals.length; n++) last = termEnd(addDays(last, 1), 10);
  return last;
}

/** 10 years from the earlier of filing and first commercial use, never past creation + 15 years. */
function icLayoutExpiry(i: TermInput): string | null {
  const start = earliest(i.filingDate, i.firstCommercialUseDate);
  if (!start) return null;
  const term = termEnd(start, 10);
  if (!isIsoDate(i.creationDate)) return term;
  return earliest(term, termEnd(i.creationDate, 15));
}

const PATENT_BEFORE_2021 = {
  from: null,
  to: '2021-05-31',
  lawVersion: '2008',
  // Filings from 1993-01-01 had the same terms under the 1992 and 2000 texts; filings before 1993
  // (1984 text: invention 15 years, utility model/design 5 + 3) are not modelled: all long expired.
  article: '专利法(2008) 第四十二条',
};
const PATENT_2020 = {
  from: '2021-06-01',
  to: null,
  lawVersion: '2020',
  article: '专利法(2020) 第四十二条第一款',
};
const TRADEMARKS = [
  { type: 'trademark' as const },
  { type: 'gi' as const, subtypes: ['gi_certification_mark', 'gi_collective_mark'] },
];
const IC_ACT = (i: TermInput) => i.filingDate ?? i.firstCommercialUseDate ?? i.creationDate;

export const TERM_RULES: readonly TermRule[] = [
  {
    id: 'patent.invention.2008',
    ...PATENT_BEFORE_2021,
    text: '发明专利权期限二十年，自申请日起计算',
    appliesTo: [{ type: 'patent', subtypes: ['invention'] }],
    actDate: filing,
    compute: fromFiling(20),
  },
  {
    id: 'patent.invention.2020',
    ...PATENT_2020,
    text: '发明专利权期限二十年，自申请日起计算（期限补偿另计）',
    appliesTo: [{ type: 'patent', subtypes: ['invention'] }],
    actDate: filing,
    compute: fromFiling(20),
  },
  {
    id: 'patent.utility_model.2008',
    ...PATENT_BEFORE_2021,
    text: '实用新型专利权期限十年，自申请日起计算',
    appliesTo: [{ type: 'patent', subtypes: ['utility_model'] }],
    actDate: filing,
    compute: fromFiling(10),
  },
  {
    id: 'patent.utility_model.2020',
    ...PATENT_2020,
    text: '实用新型专利权期限十年，自申请日起计算',
    appliesTo: [{ type: 'patent', subtypes: ['utility_model'] }],
    actDate: filing,
    compute: fromFiling(10),
  },
  // UNCONFIRMED (domain-rules 5.4): the 15-year design term applies to applications filed on or
  // after 2021-06-01, the day the 2020 amendment took effect; seen only as metadata in code repos.
  {
    id: 'patent.design.2008',
    ...PATENT_BEFORE_2021,
    text: '外观设计专利权期限十年，自申请日起计算',
    appliesTo: [{ type: 'patent', subtypes: ['design'] }],
    actDate: filing,
    compute: fromFiling(10),
  },
  {
    id: 'patent.design.2020',
    ...PATENT_2020,
    text: '外观设计专利权期限十五年，自申请日起计算',
    appliesTo: [{ type: 'patent', subtypes: ['design'] }],
    actDate: filing,
    compute: fromFiling(15),
  },
  {
    id: 'trademark.2019',
    from: null,
    to: '2026-12-31',
    lawVersion: '2019',
    // Earlier texts (1982 Art 23, 2001 Art 37–38) had the same 10-year term and renewals.
    article: '商标法(2019) 第三十九条、第四十条',
    text: '注册商标有效期十年，自核准注册之日起计算；每次续展十年，自上一届有效期满次日起计算',
    appliesTo: TRADEMARKS,
    actDate: (i) => i.grantDate,
    compute: trademarkExpiry,
  },
  {
    // CONFIRMED-R only (a third-party article-by-article KB): the 2026 revision keeps the term,
    // renumbered; in force 2027-01-01 (domain-rules 5.9–5.10, open item 7).
    id: 'trademark.2026',
    from: '2027-01-01',
    to: null,
    lawVersion: '2026',
    article: '商标法(2026) 第四十三条、第四十四条',
    text: '注册商标有效期十年，自核准注册之日起计算；每次续展十年，自上一届有效期满次日起计算',
    appliesTo: TRADEMARKS,
    actDate: (i) => i.grantDate,
    compute: trademarkExpiry,
  },
  {
    id: 'ic_layout.2001',
    from: null,
    to: '2026-10-14',
    lawVersion: '2001',
    article: '集成电路布图设计保护条例(2001) 第十二条',
    text: '保护期十年，自登记申请之日或首次投入商业利用之日起计算，以较前日期为准；自创作完成之日起十五年后不再保护',
    appliesTo: [{ type: 'ic_layout' }],
    actDate: IC_ACT,
    compute: icLayoutExpiry,
  },
  {
    // 国务院令第842号, in force 2026-10-15; same term, Art 17 (domain-rules 5.14, CONFIRMED-R).
    id: 'ic_layout.2026',
    from: '2026-10-15',
    to: null,
    lawVersion: '2026',
    article: '集成电路布图设计保护条例(2026) 第十七条',
    text: '保护期十年，自登记申请之日或首次投入商业利用之日起计算，以较前日期为准；自创作完成之日起十五年后不再保护',
    appliesTo: [{ type: 'ic_layout' }],
    actDate: IC_ACT,
    compute: icLayoutExpiry,
  },
  {
    // Product GIs are protected until revoked: the 2024 measures set no term (nor did the 2005
    // rules they replace). GI certification and collective marks are trademarks (rules above).
    id: 'gi.product',
    from: null,
    to: null,
    lawVersion: '2024',
    article: '地理标志产品保护办法(2024, 国家知识产权局令第80号)',
    text: '地理标志产品保护不设期限，至撤销为止',
    appliesTo: [{ type: 'gi', subtypes: ['product_gi', 'agri_product_gi', null] }],
    actDate: null,
    compute: () => null,
  },
];

function applies(rule: TermRule, input: TermInput): boolean {
  const subtype = input.subtype ?? null;
  return rule.appliesTo.some((a) => a.type === input.type && (!a.subtypes || a.subtypes.includes(subtype)));
}

function ref(rule: TermRule): TermRuleRef {
  return { id: rule.id, text: rule.text, article: rule.article, lawVersion: rule.lawVersion };
}

const ACT_FIELD: Record<RightType, string> = {
  patent: 'filingDate',
  trademark: 'grantDate',
  ic_layout: 'filingDate',
  gi: 'grantDate',
};

/** The last day of protection under the law version in force on the act date. */
export function expiryOf(input: TermInput): TermResult {
  const candidates = TERM_RULES.filter((rule) => applies(rule, input));
  if (candidates.length === 0) return { date: null, rule: null, missing: 'subtype' };
  const undated = candidates.find((rule) => rule.actDate === null);
  if (undated) return { date: undated.compute(input), rule: ref(undated) };
  const act = candidates[0]!.actDate!(input);
  if (!isIsoDate(act)) return { date: null, rule: null, missing: ACT_FIELD[input.type] };
  const rule = candidates.find((r) => (r.from === null || act >= r.from) && (r.to === null || act <= r.to));
  if (!rule) return { date: null, rule: null, missing: ACT_FIELD[input.type] };
  return { date: rule.compute(input), rule: ref(rule) };
}
