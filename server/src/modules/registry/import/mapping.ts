/**
 * Applying a column mapping to one row: each target field takes a column, a template over several
 * columns, or a constant, passes it through the rule's transforms, and is then read by its kind
 * (date, list, type, text). Problems name the RightInput field and the column they came from.
 */
import type { PartyInput, RightInput, RightType, ValidationIssue } from '@ipp/shared';
import { describe, RowCells, ruleValue, toRule, type Value } from './rules.ts';
import type { CellValue, FieldRule, ListField, MappingDefinition, TargetField } from './types.ts';
import {
  CODE_SEPARATOR,
  cellText,
  NAME_SEPARATOR,
  readDate,
  readSubtype,
  readType,
  splitList,
} from './values.ts';

export type AuthorizedUser = NonNullable<RightInput['authorizedUsers']>[number];

export interface MapContext {
  source: string;
  type?: RightType;
  lookups?: Record<string, Record<string, string>>;
  /** Columns no rule reads go to `data` (the documented default layout does this). */
  keepUnmapped?: boolean;
  /** The mapping's fieldRules, made once for the whole file. */
  rules?: [TargetField, FieldRule][];
}

export interface MappedRow {
  record: RightInput;
  user: AuthorizedUser | null;
  /** Target field → value as read, for group keys. */
  values: Map<TargetField, Value>;
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  data: Record<string, unknown>;
}

const DATE_FIELDS = new Set<string>([
  'filingDate',
  'publicationDate',
  'grantDate',
  'expiryDate',
  'creationDate',
  'firstCommercialUseDate',
  'sourceUpdatedAt',
  'user.date',
]);
const ALIGNED: ListField[] = [
  'holders',
  'holderUsccs',
  'holderRegionCodes',
  'holderCountryCodes',
  'holderIdNumbers',
  'holderAddresses',
];
const CODE_LISTS = new Set<string>(['classes', 'similarGroups', 'protectedAreaCodes']);

/** RightInput's name for a target field, for issue fields ("user.date" → "authorizedUsers.date"). */
const issueField = (field: string) => field.replace(/^user\./, 'authorizedUsers.');

/** A mapping's fields with their rules (mapRows makes them once per file, not once per row). */
export function fieldRules(mapping: MappingDefinition): [TargetField, FieldRule][] {
  return (Object.entries(mapping.fields) as [TargetField, string | FieldRule][]).map(([field, raw]) => [
    field,
    toRule(raw),
  ]);
}

class RowReader {
  readonly issues: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  readonly data: Record<string, unknown> = {};
  readonly values = new Map<TargetField, Value>();

  read(mapping: MappingDefinition, cells: RowCells, ctx: MapContext): void {
    for (const [field, rule] of ctx.rules ?? fieldRules(mapping)) {
      const value = ruleValue(rule, cells, ctx.lookups);
      if (value == null) continue;
      if (field.startsWith('data.'))
        this.data[field.slice(5)] = Array.isArray(value) ? value : cellText(value);
      else if (DATE_FIELDS.has(field)) this.date(field, value, rule);
      else this.values.set(field, value);
    }
  }

  private date(field: TargetField, value: Value, rule: FieldRule): void {
    const reading = readDate(Array.isArray(value) ? value.join('') : value);
    if (!reading) return;
    if (reading.ok) {
      this.values.set(field, reading.value);
      return;
    }
    const shown = `${describe(rule)}: "${cellText(Array.isArray(value) ? value.join('') : value)}"`;
    if (reading.problem === 'unreadable') {
      this.issues.push({
        field: issueField(field),
        code: 'date_unreadable',
        message: `${shown} is not a date`,
      });
      return;
    }
    const key = `${field.replace(/^user\./, 'user')}Year`;
    if (!field.startsWith('user.')) this.data[key] = reading.year;
    const message = `${shown} gives no day; ${issueField(field)} is left empty${field.startsWith('user.') ? '' : ` (year kept as data.${key})`}`;
    this.warnings.push({ field: issueField(field), code: 'date_partial', message });
  }

  text(field: TargetField): string | null {
    const value = this.values.get(field);
    if (value == null) return null;
    return Array.isArray(value) ? value.join(';') : cellText(value);
  }

  list(field: ListField): string[] {
    const value = this.values.get(field);
    const input = value == null ? null : Array.isArray(value) ? value : (cellText(value) ?? '');
    const separator = CODE_LISTS.has(field) ? CODE_SEPARATOR : NAME_SEPARATOR;
    return splitList(input, separator, ALIGNED.includes(field));
  }
}

const PARTY_LISTS = [
  ['holderUsccs', 'uscc'],
  ['holderRegionCodes', 'regionCode'],
  ['holderCountryCodes', 'countryCode'],
  ['holderIdNumbers', 'idNumber'],
  ['holderAddresses', 'address'],
] as const;

/** Holders from aligned lists: the i-th USCC belongs to the i-th name. */
function holdersOf(reader: RowReader): PartyInput[] {
  const names = reader.list('holders');
  const lists = PARTY_LISTS.map(([field, key]) => ({ field, key, values: reader.list(field) }));
  for (const { field, values } of lists) {
    if (values.length > names.length) {
      const message = `${field} has ${values.length} entries for ${names.length} holder names; they must line up`;
      reader.issues.push({ field: 'holders', code: 'holder_list_length', message });
    }
  }
  return names.flatMap((name, i) => {
    if (!name) return [];
    const party: PartyInput = { name };
    for (const { key, values } of lists) {
      const value = values[i];
      if (value) party[key] = key === 'countryCode' ? value.toUpperCase() : value;
    }
    return [party];
  });
}

function typeOf(reader: RowReader, mapping: MappingDefinition, ctx: MapContext): RightType | null {
  const written = reader.text('type');
  const type = written ? readType(written) : (mapping.type ?? ctx.type ?? null);
  if (written && !type)
    reader.issues.push({ field: 'type', code: 'type_unknown', message: `"${written}" is not a right type` });
  else if (!type)
    reader.issues.push({
      field: 'type',
      code: 'type_missing',
      message: 'no type: add a type column or choose one',
    });
  else if (ctx.type && type !== ctx.type) {
    reader.issues.push({
      field: 'type',
      code: 'type_mismatch',
      message: `a ${type} record in an import of ${ctx.type}`,
    });
  }
  return type;
}

function hasUserField(values: Map<TargetField, Value>): boolean {
  for (const key of values.keys()) if (key.startsWith('user.')) return true;
  return false;
}

function userOf(reader: RowReader): AuthorizedUser | null {
  const name = reader.text('user.name');
  if (!name && !hasUserField(reader.values)) return null;
  const user: AuthorizedUser = { name: name ?? '' };
  const set = <K extends keyof AuthorizedUser>(key: K, field: TargetField) => {
    const value = reader.text(field);
    if (value) user[key] = value as AuthorizedUser[K];
  };
  set('uscc', 'user.uscc');
  set('regionCode', 'user.regionCode');
  set('address', 'user.address');
  set('trademark', 'user.trademark');
  set('announcementNo', 'user.announcementNo');
  set('date', 'user.date');
  return user;
}

/** RightInput's single-text fields other than type, number, title and subtype (shared with JSON input). */
export const SCALARS = [
  'publicationNumber',
  'grantNumber',
  'imageRef',
  'regionCode',
  'filingDate',
  'publicationDate',
  'grantDate',
  'expiryDate',
  'creationDate',
  'firstCommercialUseDate',
  'approvingAuthority',
  'announcementNo',
  'sourceRecordId',
  'sourceUpdatedAt',
] as const;
const LISTS = ['inventors', 'classes', 'similarGroups', 'goodsServices', 'protectedAreaCodes'] as const;

/** One row through a mapping: the record (always, for display), its member, and what went wrong. */
export function mapRow(
  mapping: MappingDefinition,
  cellsIn: Record<string, CellValue>,
  ctx: MapContext,
): MappedRow {
  const cells = new RowCells(cellsIn);
  const reader = new RowReader();
  reader.read(mapping, cells, ctx);
  const type = typeOf(reader, mapping, ctx);
  const record: RightInput = {
    type: (type ?? 'patent') as RightType,
    number: reader.text('number') ?? '',
    title: reader.text('title') ?? '',
    holders: holdersOf(reader),
    source: ctx.source,
  };
  const subtype = reader.text('subtype');
  if (subtype) record.subtype = readSubtype(subtype) as RightInput['subtype'];
  for (const field of SCALARS) {
    const value = reader.text(field);
    if (value) record[field] = value;
  }
  for (const field of LISTS) {
    const value = reader.list(field);
    if (value.length) record[field] = value;
  }
  if (ctx.keepUnmapped) {
    for (const [name, value] of Object.entries(cellsIn)) {
      if (!cells.used.has(name) && cellText(value) != null) reader.data[name] = cellText(value);
    }
  }
  const { issues, warnings, data, values } = reader;
  return { record, user: userOf(reader), values, issues, warnings, data };
}
