/**
 * From rows to ParsedRows: the documented default column layout (docs/registry-import.md), plain
 * one-row-one-record mapping, group-by mapping (one record per key, a member per row), and JSON
 * records that already use RightInput's field names.
 */
import type { PartyInput, RightInput, ValidationIssue } from '@ipp/shared';
import {
  type AuthorizedUser,
  fieldRules,
  type MapContext,
  type MappedRow,
  mapRow,
  SCALARS,
} from './mapping.ts';
import type { CellValue, MappingDefinition, ParsedRow, SourceRow, TargetField } from './types.ts';

/** Field, its snake_case column, and Chinese headers read the same way. */
const LAYOUT: [TargetField, ...string[]][] = [
  ['type', 'type', '类型', '权利类型'],
  ['subtype', 'subtype', '子类型', '专利类型'],
  ['number', 'number', '申请号', '注册号', '登记号'],
  ['publicationNumber', 'publication_number', '公开号'],
  ['grantNumber', 'grant_number', '授权公告号', '专利号'],
  ['title', 'title', '名称', '发明名称', '商标名称', '产品名称'],
  ['holders', 'holders', '权利人', '申请人', '专利权人', '注册人'],
  ['holderUsccs', 'holder_usccs', '统一社会信用代码'],
  ['holderRegionCodes', 'holder_region_codes'],
  ['holderCountryCodes', 'holder_country_codes'],
  ['holderIdNumbers', 'holder_id_numbers'],
  ['holderAddresses', 'holder_addresses'],
  ['inventors', 'inventors', '发明人', '设计人'],
  ['classes', 'classes', '分类号', '类别'],
  ['similarGroups', 'similar_groups', '类似群'],
  ['goodsServices', 'goods_services', '商品服务'],
  ['imageRef', 'image_ref'],
  ['regionCode', 'region_code', '行政区划代码'],
  ['protectedAreaCodes', 'protected_area_codes'],
  ['filingDate', 'filing_date', '申请日'],
  ['publicationDate', 'publication_date', '公开日'],
  ['grantDate', 'grant_date', '授权日', '注册日'],
  ['expiryDate', 'expiry_date', '届满日'],
  ['creationDate', 'creation_date', '创作完成日'],
  ['firstCommercialUseDate', 'first_commercial_use_date', '首次商业利用日'],
  ['approvingAuthority', 'approving_authority', '批准机关'],
  ['announcementNo', 'announcement_no', '公告文号'],
  ['sourceRecordId', 'source_record_id', '来源编号'],
  ['sourceUpdatedAt', 'source_updated_at'],
];

/** The documented layout: one column per RightInput field; other columns are kept in `data`. */
export const DEFAULT_MAPPING: MappingDefinition = {
  name: 'default',
  description: 'One column per RightInput field (docs/registry-import.md)',
  fields: Object.fromEntries(LAYOUT.map(([field, ...columns]) => [field, { column: columns }])),
};

function plainRow(row: SourceRow, mapped: MappedRow): ParsedRow {
  const parsed: ParsedRow = {
    line: row.line,
    record: mapped.record,
    issues: [...(row.issues ?? []), ...mapped.issues],
    warnings: mapped.warnings,
  };
  if (Object.keys(mapped.data).length) parsed.data = mapped.data;
  return parsed;
}

interface Group {
  line: number;
  record: RightInput;
  users: AuthorizedUser[];
  lines: number[];
  warnings: ValidationIssue[];
  data: Record<string, unknown>;
}

function groupKey(mapped: MappedRow, key: TargetField[]): string {
  return JSON.stringify(key.map((field) => mapped.values.get(field) ?? mapped.data[field.slice(5)] ?? null));
}

function addMember(groups: Map<string, Group>, key: string, row: SourceRow, mapped: MappedRow): void {
  let group = groups.get(key);
  if (!group) {
    group = { line: row.line, record: mapped.record, users: [], lines: [], warnings: [], data: mapped.data };
    groups.set(key, group);
  }
  const index = group.users.length;
  group.users.push(mapped.user!);
  group.lines.push(row.line);
  for (const w of mapped.warnings) {
    const field = w.field.replace(/^authorizedUsers\./, `authorizedUsers[${index}].`);
    group.warnings.push({ ...w, field, message: `line ${row.line}: ${w.message}` });
  }
}

/**
 * Group-by: rows with the same key become one record whose members come one per row. Rows that
 * fail are emitted on their own; everything is emitted at the end, in line order.
 */
async function* groupedRows(
  rows: AsyncIterable<SourceRow>,
  mapping: MappingDefinition,
  ctx: MapContext,
): AsyncGenerator<ParsedRow> {
  const groupBy = mapping.groupBy!;
  const groups = new Map<string, Group>();
  const rejected: ParsedRow[] = [];
  for await (const row of rows) {
    const mapped = mapRow(mapping, row.cells, ctx);
    if (!mapped.user?.name) {
      const message = 'the row names no member (user.name)';
      mapped.issues.push({ field: 'authorizedUsers.name', code: 'required', message });
    }
    if (row.issues?.length || mapped.issues.length) rejected.push(plainRow(row, mapped));
    else addMember(groups, groupKey(mapped, groupBy.key), row, mapped);
  }
  const out: ParsedRow[] = [...rejected];
  for (const g of groups.values()) {
    const parsed: ParsedRow = {
      line: g.line,
      record: { ...g.record, [groupBy.collect]: g.users },
      issues: [],
      warnings: g.warnings,
      merge: groupBy.collect,
      memberLines: g.lines,
    };
    if (Object.keys(g.data).length) parsed.data = g.data;
    out.push(parsed);
  }
  yield* out.sort((a, b) => a.line - b.line);
}

/** Rows through a mapping (the default layout when none is given). */
export async function* mapRows(
  rows: AsyncIterable<SourceRow>,
  mapping: MappingDefinition | undefined,
  ctx: MapContext,
): AsyncGenerator<ParsedRow> {
  const used = mapping ?? DEFAULT_MAPPING;
  const context = { ...ctx, keepUnmapped: !mapping, rules: fieldRules(used) };
  if (used.groupBy) {
    yield* groupedRows(rows, used, context);
    return;
  }
  for await (const row of rows) yield plainRow(row, mapRow(used, row.cells, context));
}

const JSON_LISTS = ['inventors', 'classes', 'similarGroups', 'goodsServices', 'protectedAreaCodes'];
const JSON_OBJECT_LISTS = ['holders', 'authorizedUsers', 'events'];

/** Lists given as text are split like table cells; anything else of the wrong shape is refused. */
function jsonShapes(input: Record<string, unknown>, issues: ValidationIssue[]): Record<string, unknown> {
  const out = { ...input };
  for (const field of [...JSON_LISTS, ...JSON_OBJECT_LISTS]) {
    const value = out[field];
    if (value == null || Array.isArray(value)) continue;
    if (typeof value === 'string' && JSON_LISTS.includes(field))
      out[field] = value
        .split(/[;；]/u)
        .map((v) => v.trim())
        .filter(Boolean);
    else {
      issues.push({ field, code: 'json_field_type', message: `${field} must be a list` });
      delete out[field];
    }
  }
  if ((out.events as unknown[] | undefined)?.some((e) => typeof e !== 'object' || e === null)) {
    issues.push({ field: 'events', code: 'json_field_type', message: 'each event must be an object' });
    delete out.events;
  }
  textFields(out, JSON_TEXT, '', issues);
  for (const field of ['holders', 'authorizedUsers']) {
    (out[field] as unknown[] | undefined)?.forEach((p, i) => {
      if (p && typeof p === 'object')
        textFields(p as Record<string, unknown>, PARTY_TEXT, `${field}[${i}].`, issues);
    });
  }
  return out;
}

const JSON_TEXT: readonly string[] = ['subtype', ...SCALARS];
const PARTY_TEXT = [
  'name',
  'uscc',
  'idNumber',
  'regionCode',
  'countryCode',
  'address',
  'trademark',
  'announcementNo',
  'date',
];

/** Numbers become text (a number column exported as 113781974); objects and lists are refused. */
function textFields(
  target: Record<string, unknown>,
  fields: readonly string[],
  prefix: string,
  issues: ValidationIssue[],
) {
  for (const field of fields) {
    const value = target[field];
    if (value == null || typeof value === 'string') continue;
    if (typeof value === 'number') target[field] = String(value);
    else {
      issues.push({
        field: prefix + field,
        code: 'json_field_type',
        message: `${prefix}${field} must be text`,
      });
      delete target[field];
    }
  }
}

/** A JSON value read as a RightInput: holders may be plain names; source and type are filled in. */
export function jsonRecord(line: number, value: unknown, ctx: MapContext): ParsedRow {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const message = `record ${line} is not an object`;
    return { line, issues: [{ field: 'row', code: 'json_not_object', message }], warnings: [] };
  }
  const issues: ValidationIssue[] = [];
  const input = jsonShapes(value as Record<string, unknown>, issues);
  const type = input.type ?? ctx.type;
  if (!type)
    issues.push({ field: 'type', code: 'type_missing', message: 'no type: add "type" or choose one' });
  else if (ctx.type && type !== ctx.type) {
    const message = `a ${String(type)} record in an import of ${ctx.type}`;
    issues.push({ field: 'type', code: 'type_mismatch', message });
  }
  // Names given as plain strings become parties; anything else that is not an object is dropped
  // to an empty name, which validation reports as a missing name.
  const party = (p: unknown): PartyInput =>
    typeof p === 'string'
      ? { name: p }
      : p && typeof p === 'object'
        ? { ...(p as PartyInput) }
        : { name: '' };
  const text = (v: unknown) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const record = {
    ...input,
    type,
    number: text(input.number),
    title: text(input.title),
    holders: Array.isArray(input.holders) ? input.holders.map(party) : [],
    source: typeof input.source === 'string' && input.source ? input.source : ctx.source,
  } as RightInput;
  if (Array.isArray(input.authorizedUsers)) record.authorizedUsers = input.authorizedUsers.map(party);
  return { line, record, issues, warnings: [] };
}

/** JSON objects as tabular rows, for a mapping: top-level keys are the columns. */
export function jsonCells(value: unknown): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  if (value === null || typeof value !== 'object') return cells;
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v))
      cells[key] = v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(';');
    else if (v !== null && typeof v === 'object') cells[key] = JSON.stringify(v);
    else cells[key] = v as CellValue;
  }
  return cells;
}
