/** How input values are printed: fields, parties and rights. */
import { RIGHT_STATUS_LABELS, RIGHT_TYPE_LABELS } from '@ipp/shared';
import { chineseDate } from './document-number.ts';
import type { DocumentInput, DocumentParty, FieldValue, TemplateField } from './documents.types.ts';

/** Printed where a required value is missing, so that a preview shows the gap. */
export const BLANK = '＿＿＿＿';

/** Role codes of the case engine and the label a document prints; other roles are printed as given. */
export const PARTY_ROLE_LABELS: Readonly<Record<string, string>> = {
  party: '当事人',
  requester: '请求人',
  applicant: '申请人',
  respondent: '当事人',
  complainant: '投诉人',
  informant: '举报人',
  third_party: '第三人',
  agent: '委托代理人',
  representative: '法定代表人',
};

/**
 * The respondent is named after its counterpart: 被请求人 against a requester (行政裁决), 被申请人
 * against an applicant (调解), and 当事人 where there is none (the party investigated in 行政执法).
 */
export function roleLabel(role: string, roles: ReadonlySet<string>): string {
  if (role === 'respondent') {
    if (roles.has('requester')) return '被请求人';
    if (roles.has('applicant')) return '被申请人';
  }
  return PARTY_ROLE_LABELS[role] ?? role;
}

/** No value: nothing, an empty string or list. false is a value (a "no" answer). */
export function isEmpty(value: FieldValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item.trim() === '');
  return false;
}

// A numbering the user typed (1. / 一、 / （一） / (1)) is dropped: the document numbers items itself.
const TYPED_NUMBER =
  /^\s*(?:\d+\s*[.、．)）](?!\d)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])\s*/u;

/** The items of a list field: a list, or text with one item a line. */
export function listItems(value: FieldValue): string[] {
  if (isEmpty(value) || typeof value === 'boolean') return [];
  const items = Array.isArray(value) ? value : String(value).split(/\r?\n/);
  return items
    .map((item) => chineseDate(item.replace(TYPED_NUMBER, '').trim()))
    .filter((item) => item !== '');
}

/** The printed form of a value, or null when it has none. */
export function formatValue(value: FieldValue, field?: TemplateField): string | null {
  if (isEmpty(value)) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    if (field?.format !== 'money') return String(value);
    // A fine of nothing is no fine: the sentence about it is left out.
    if (value === 0) return null;
    return `人民币${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;
  }
  if (Array.isArray(value)) return listItems(value).join('、');
  const text = String(value).trim();
  return field?.options?.[text] ?? chineseDate(text);
}

/**
 * The case engine stores identity numbers masked; should a full number reach this module all the
 * same, it is masked here as the registry masks it, because a served document cannot be recalled.
 */
export function maskedIdNumber(value: string): string {
  const id = value.trim();
  if (id.includes('*')) return id;
  return id.length <= 8 ? `${id.slice(0, 1)}****` : `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

export function partyLines(party: DocumentParty, roles: ReadonlySet<string>): string[] {
  const lines = [`${roleLabel(party.role, roles)}：${party.name}`];
  if (!isEmpty(party.uscc)) lines.push(`统一社会信用代码：${party.uscc?.trim()}`);
  if (!isEmpty(party.idNumberMasked))
    lines.push(`身份证件号码：${maskedIdNumber(party.idNumberMasked ?? '')}`);
  if (!isEmpty(party.address)) lines.push(`住所：${party.address?.trim()}`);
  if (!isEmpty(party.representative)) lines.push(`法定代表人（负责人）：${party.representative?.trim()}`);
  return lines;
}

/** The parties themselves, without their agents. */
export function principalNames(parties: DocumentParty[]): string[] {
  return [...new Set(parties.filter((p) => p.role !== 'agent').map((p) => p.name.trim()))];
}

type Right = NonNullable<DocumentInput['rights']>[number];

export function rightLine(right: Right): string {
  const type = RIGHT_TYPE_LABELS[right.type as keyof typeof RIGHT_TYPE_LABELS]?.zh ?? right.type;
  const status = right.status
    ? (RIGHT_STATUS_LABELS[right.status as keyof typeof RIGHT_STATUS_LABELS]?.zh ?? right.status)
    : null;
  return [`${type} ${right.number}`, right.title && `名称：${right.title}`, status && `法律状态：${status}`]
    .filter(Boolean)
    .join('，');
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 21 → 二十一: item numbers of decisions and agreements. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
