/**
 * One composer for every template: it resolves a template's blocks against the input into a
 * document model (header, parties, body lines, seal) that both the text and the PDF print.
 */
import { chineseDate } from './document-number.ts';
import type { Block, Condition, DocumentInput, DocumentTemplate, FieldValue } from './documents.types.ts';
import { DOCUMENT_TEMPLATES } from './templates.ts';
import {
  BLANK,
  chineseNumber,
  formatValue,
  isEmpty,
  listItems,
  partyLines,
  principalNames,
  rightLine,
  roleLabel,
} from './values.ts';

export type Line =
  | { kind: 'paragraph'; text: string; indent: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'row'; label: string; value: string };

export interface DocumentModel {
  authority: string;
  title: string;
  titleEn: string;
  number: string;
  parties: string[][];
  body: Line[];
  seal: { authority: string; date: string };
}

interface Scope {
  raw: Record<string, FieldValue>;
  text: Record<string, string | null>;
  required: Set<string>;
  rights: string[];
  parties: DocumentInput['parties'];
  roles: Set<string>;
}

export function templateOf(input: DocumentInput): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES[input.template];
  if (!template) throw new RangeError(`unknown document template: ${String(input.template)}`);
  return template;
}

/** The addressed party: fields.addressee, else the first party in one of the template's roles. */
function addressedParty(input: DocumentInput, template: DocumentTemplate): string | null {
  const given = formatValue(input.fields['addressee']);
  if (given) return given;
  const roles = template.addresseeRoles ?? [];
  const preferred = roles.map((r) => input.parties.find((p) => p.role === r)).find((p) => p !== undefined);
  return preferred?.name.trim() ?? principalNames(input.parties)[0] ?? null;
}

function addressee(input: DocumentInput, template: DocumentTemplate): string | null {
  if (template.addressee === 'recipient') return formatValue(input.fields['recipient']);
  if (template.addressee === 'parties') return principalNames(input.parties).join('、') || null;
  return addressedParty(input, template);
}

function builtIns(input: DocumentInput, template: DocumentTemplate): Record<string, string | null> {
  const caseNumber = isEmpty(input.caseNumber) ? null : (input.caseNumber?.trim() ?? null);
  const addressed = addressee(input, template);
  const others = principalNames(input.parties).filter((name) => name !== addressed);
  return {
    authority: input.authority.name,
    caseTitle: input.caseTitle,
    caseNumber,
    caseRef: caseNumber ? `${input.caseTitle}（案件编号：${caseNumber}）` : input.caseTitle,
    issuedOn: chineseDate(input.issuedOn),
    documentNumber: input.documentNumber,
    addressee: addressed,
    partyNames: principalNames(input.parties).join('、') || null,
    counterparties: others.join('、') || null,
  };
}

function scopeOf(input: DocumentInput, template: DocumentTemplate): Scope {
  const text = builtIns(input, template);
  const required = new Set(template.fields.filter((f) => f.required).map((f) => f.key));
  for (const key of ['authority', 'caseTitle', 'caseRef', 'issuedOn', 'documentNumber', 'addressee']) {
    required.add(key);
  }
  const base: Scope = {
    raw: { ...input.fields, caseNumber: text['caseNumber'] },
    text,
    required,
    rights: (input.rights ?? []).map(rightLine),
    parties: input.parties,
    roles: new Set(input.parties.map((p) => p.role)),
  };
  for (const field of template.fields) {
    const value = formatValue(input.fields[field.key], field);
    // Fallbacks name built-in values only, which are all in scope by now.
    text[field.key] = value ?? (field.fallback === undefined ? null : fill(field.fallback, base));
  }
  return base;
}

const PLACEHOLDER = /\{(\w+)\}([。，；：、]?)/g;

/**
 * Fills {key} placeholders. Returns null when an optional value is missing (the block is left
 * out); a missing required value prints as a blank. A value followed by punctuation in the
 * template loses its own closing punctuation, so "{violationFacts}。" never prints "。。".
 */
function fill(text: string, scope: Scope): string | null {
  let complete = true;
  const filled = text.replace(PLACEHOLDER, (_match, key: string, punct: string) => {
    if (!(key in scope.text)) throw new RangeError(`template names an undeclared field: ${key}`);
    const value = scope.text[key];
    if (value === null || value === undefined) {
      if (!scope.required.has(key)) complete = false;
      return BLANK + punct;
    }
    return punct ? value.replace(/[。．.，,；;：:、\s]+$/u, '') + punct : value;
  });
  return complete ? filled : null;
}

/** `key` holds when it has a printable value and is not false; `key=value` when it equals value. */
function test(scope: Scope, condition: string): boolean {
  const [key = '', expected] = condition.split('=');
  const raw = scope.raw[key];
  if (expected !== undefined) return raw !== undefined && raw !== null && String(raw) === expected;
  const printed = key in scope.text ? scope.text[key] : formatValue(raw);
  return raw !== false && printed !== null;
}

function holds(scope: Scope, when?: Condition, unless?: Condition): boolean {
  const all = (c?: Condition) => (c === undefined ? [] : Array.isArray(c) ? c : [c]);
  return all(when).every((c) => test(scope, c)) && !all(unless).some((c) => test(scope, c));
}

function listLines(block: Extract<Block, { kind: 'list' }>, scope: Scope): Line[] {
  let items = block.key === undefined ? [] : listItems(scope.raw[block.key]);
  for (const item of block.items ?? []) {
    const text = holds(scope, item.when, item.unless) ? fill(item.text, scope) : null;
    if (text !== null) items.push(text);
  }
  if (items.length === 0) {
    // A list of declared items states something the document needs (the penalty, the ruling).
    if (!block.items && !(block.key && scope.required.has(block.key))) return [];
    items = [BLANK];
  }
  const intro = block.intro === undefined ? null : fill(block.intro, scope);
  const numbered = items.map((item, i): Line => {
    const mark = block.numbering === 'chinese' ? `${chineseNumber(i + 1)}、` : `${i + 1}. `;
    return { kind: 'paragraph', text: items.length === 1 ? item : mark + item, indent: true };
  });
  return intro ? [{ kind: 'paragraph', text: intro, indent: true }, ...numbered] : numbered;
}

function signatureLines(block: Extract<Block, { kind: 'signatures' }>, scope: Scope): Line[] {
  const lines: Line[] = scope.parties.map((p) => ({
    kind: 'row',
    label: roleLabel(p.role, scope.roles),
    value: `${p.name}　　（签字或盖章）　　　　年　　月　　日`,
  }));
  for (const extra of block.extra ?? []) {
    lines.push({ kind: 'row', label: extra.label, value: `${fill(extra.value, scope) ?? ''}　　（签字）` });
  }
  return lines;
}

function blockLines(block: Block, scope: Scope): Line[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading': {
      const text = holds(scope, block.when, block.unless) ? fill(block.text, scope) : null;
      if (text === null) return [];
      return block.kind === 'heading'
        ? [{ kind: 'heading', text }]
        : [{ kind: 'paragraph', text, indent: block.indent !== false }];
    }
    case 'list':
      return listLines(block, scope);
    case 'rows':
      return block.rows.flatMap((row): Line[] => {
        const value = fill(row.value, scope);
        if (value === null && !row.blank) return [];
        return [{ kind: 'row', label: row.label, value: value ?? '' }];
      });
    case 'rights':
      return scope.rights.length === 0
        ? []
        : [{ kind: 'row', label: '涉案权利', value: scope.rights.join('\n') }];
    case 'signatures':
      return signatureLines(block, scope);
  }
}

export function documentTitle(input: DocumentInput): string {
  const template = templateOf(input);
  const alt = template.altTitle;
  return alt && holds(scopeOf(input, template), alt.when) ? alt.title : template.title;
}

export function composeDocument(input: DocumentInput): DocumentModel {
  const template = templateOf(input);
  const scope = scopeOf(input, template);
  const body = template.body.flatMap((block) => blockLines(block, scope));
  if (template.addressee) {
    body.unshift({ kind: 'paragraph', text: `${scope.text['addressee'] ?? BLANK}：`, indent: false });
  }
  const alt = template.altTitle && holds(scope, template.altTitle.when) ? template.altTitle : null;
  return {
    authority: input.authority.name,
    title: alt?.title ?? template.title,
    titleEn: alt?.titleEn ?? template.titleEn,
    number: input.documentNumber,
    parties: input.parties.map((party) => partyLines(party, scope.roles)),
    body,
    seal: { authority: input.authority.name, date: chineseDate(input.issuedOn) },
  };
}
