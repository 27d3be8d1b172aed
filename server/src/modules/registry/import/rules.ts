/**
 * How a field rule finds its value in a row: the cell of a column (headers matched loosely), a
 * template over several columns, or a constant; then the rule's transforms in order, and its
 * fallback when nothing is left.
 */
import type { CellValue, FieldRule, Transform } from './types.ts';
import { cellText, readDateWithFormat } from './values.ts';

export type Value = CellValue | string[];
export type Lookups = Record<string, Record<string, string>> | undefined;

const keys = new Map<string, string>();

/** A header without case, width, spaces, "_" and "-"; memoized, as the same few names recur per row. */
export function headerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s_-]/g, '');
    if (keys.size < 10_000) keys.set(name, key);
  }
  return key;
}

const indexes = new Map<string, Map<string, string>>();
let lastNames: string[] = [];
let lastIndex: Map<string, string> | null = null;

/** Header key → header, built once per header row (every row of a table shares it). */
function indexOf(names: string[]): Map<string, string> {
  // The rows of one file come one after the other with the same header: compare it with the last.
  if (lastIndex && names.length === lastNames.length && names.every((name, i) => name === lastNames[i]))
    return lastIndex;
  const signature = names.join('\u0000');
  let index = indexes.get(signature);
  if (!index) {
    index = new Map();
    for (const name of names) if (!index.has(headerKey(name))) index.set(headerKey(name), name);
    if (indexes.size > 1_000) indexes.clear();
    indexes.set(signature, index);
  }
  lastNames = names;
  lastIndex = index;
  return index;
}

/** Finds cells by header ignoring case, spaces, "_" and "-" (filing_date = filingDate = Filing Date). */
export class RowCells {
  private readonly index: Map<string, string>;
  readonly used = new Set<string>();
  constructor(readonly cells: Record<string, CellValue>) {
    this.index = indexOf(Object.keys(cells));
  }
  get(column: string): CellValue | undefined {
    const name = this.index.get(headerKey(column));
    if (name === undefined) return undefined;
    this.used.add(name);
    return this.cells[name];
  }
}

export function describe(rule: FieldRule): string {
  if (rule.template) return `template "${rule.template}"`;
  const columns = [rule.column ?? []].flat();
  return columns.length ? `column "${columns[0]}"` : 'constant';
}

function transformOne(value: string, t: Transform, lookups: Lookups): string | string[] | null {
  switch (t.op) {
    case 'trim':
      return value.trim();
    case 'upper':
      return value.toUpperCase();
    case 'lower':
      return value.toLowerCase();
    case 'split':
      return value.split(t.separator);
    case 'prefix':
      return value === '' ? value : t.value + value;
    case 'suffix':
      return value === '' ? value : value + t.value;
    case 'replace':
      return value.replace(new RegExp(t.pattern, t.flags ?? 'gu'), t.with);
    case 'map':
      return t.values[value.trim()] ?? t.otherwise ?? value;
    case 'nullIf':
      return t.values.includes(value.trim()) ? null : value;
    case 'date':
      return readDateWithFormat(value, t.format) ?? value;
    case 'lookup':
      return lookups?.[t.table]?.[value.trim()] ?? null;
  }
}

function applyTransforms(value: Value, transforms: Transform[], lookups: Lookups): Value {
  let current = value;
  for (const t of transforms) {
    if (current == null) return null;
    if (Array.isArray(current)) {
      current = current.flatMap((v) => transformOne(v, t, lookups) ?? []);
    } else current = transformOne(cellText(current) ?? '', t, lookups);
  }
  return current;
}

export function ruleValue(rule: FieldRule, cells: RowCells, lookups: Lookups): Value {
  let value: Value = null;
  if (rule.const !== undefined) value = rule.const;
  else if (rule.template) {
    const text = rule.template.replace(
      /\{([^}]+)\}/g,
      (_, column: string) => cellText(cells.get(column)) ?? '',
    );
    value = text.trim() === '' ? null : text.trim();
  } else {
    for (const column of typeof rule.column === 'string' ? [rule.column] : (rule.column ?? [])) {
      const cell = cells.get(column);
      if (cell != null && cellText(cell) != null) {
        value = cell;
        break;
      }
    }
  }
  if (rule.transforms?.length) value = applyTransforms(value, rule.transforms, lookups);
  const empty = value == null || (typeof value === 'string' && value.trim() === '');
  if (empty) return rule.fallback ? ruleValue(rule.fallback, cells, lookups) : null;
  return typeof value === 'string' ? value.trim() : value;
}

export const toRule = (rule: string | FieldRule): FieldRule =>
  typeof rule === 'string' ? { column: rule } : rule;
