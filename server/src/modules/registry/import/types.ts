/**
 * The shapes of the import parsers: what a file turns into (ParsedRow), how a parse is asked for
 * (ParseOptions), and saved column mappings (MappingDefinition, plain JSON so they can be stored).
 */
import type { RightInput, RightType, ValidationIssue } from '@ipp/shared';

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'jsonl' | 'st96' | 'cnipa-xml' | 'cnipa-legacy-xml';

export interface ParsedRow {
  /**
   * Where the user finds the record: the 1-based line of a CSV record's first line, the worksheet
   * row, the JSON Lines line, the index of the record in a JSON array or an XML file's bag (1 for
   * a one-record file), or a group's first line. Non-decreasing within one parse, so an import can
   * resume after the last committed line.
   */
  line: number;
  record?: RightInput;
  /** Parse-level errors (unreadable date, wrong field count): the row is rejected. */
  issues: ValidationIssue[];
  /** Parse-level warnings (a year without a day): the record is kept. */
  warnings: ValidationIssue[];
  /** Source values RightInput has no field for (e.g. a GI's approval year and category). */
  data?: Record<string, unknown>;
  /**
   * Set on grouped records (e.g. enterprises authorized to use a GI): the record carries only
   * these members; merge them into the right of the same type and number instead of replacing it.
   */
  merge?: 'authorizedUsers';
  /** Grouped records: the line each member came from, in order. */
  memberLines?: number[];
}

export interface ParseOptions {
  /** The expected type: fills records that do not say, and rejects records of another type. */
  type?: RightType;
  mapping?: MappingDefinition;
  /** Written into RightInput.source; the file name by default. */
  source?: string;
  /** Skip detection. */
  format?: FileFormat;
  /** XLSX: the worksheet to read; the first by default. */
  sheet?: string;
  /** Tables for `lookup` transforms, by name (e.g. announcement number → date). */
  lookups?: Record<string, Record<string, string>>;
}

/** One cell as a reader gives it: CSV gives strings; XLSX also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

/** One row of a tabular source, by column header. */
export interface SourceRow {
  line: number;
  cells: Record<string, CellValue>;
  /** Problems the reader found (e.g. wrong field count): the row is rejected. */
  issues?: ValidationIssue[];
}

/** Single fields of RightInput a mapping can fill. */
export type ScalarField =
  | 'type'
  | 'subtype'
  | 'number'
  | 'publicationNumber'
  | 'grantNumber'
  | 'title'
  | 'imageRef'
  | 'regionCode'
  | 'filingDate'
  | 'publicationDate'
  | 'grantDate'
  | 'expiryDate'
  | 'creationDate'
  | 'firstCommercialUseDate'
  | 'approvingAuthority'
  | 'announcementNo'
  | 'sourceRecordId'
  | 'sourceUpdatedAt';

/** List fields; holders come as aligned lists (names, USCCs, … by position). */
export type ListField =
  | 'holders'
  | 'holderUsccs'
  | 'holderRegionCodes'
  | 'holderCountryCodes'
  | 'holderIdNumbers'
  | 'holderAddresses'
  | 'inventors'
  | 'classes'
  | 'similarGroups'
  | 'goodsServices'
  | 'protectedAreaCodes';

/** One member of a grouped record (an enterprise authorized to use a GI), one per row. */
export type UserField =
  | 'user.name'
  | 'user.uscc'
  | 'user.regionCode'
  | 'user.address'
  | 'user.trademark'
  | 'user.announcementNo'
  | 'user.date';

export type TargetField = ScalarField | ListField | UserField | `data.${string}`;

export type Transform =
  | { op: 'trim' | 'upper' | 'lower' }
  | { op: 'split'; separator: string }
  | { op: 'prefix' | 'suffix'; value: string }
  | { op: 'replace'; pattern: string; with: string; flags?: string }
  /** Replaces whole values (e.g. 发明 → invention); others pass unless `otherwise` is given. */
  | { op: 'map'; values: Record<string, string>; otherwise?: string }
  /** Values that mean "none" in this source ("-", "无"). */
  | { op: 'nullIf'; values: string[] }
  /** A date written in a fixed order: tokens YYYY, MM, M, DD, D, e.g. "D/M/YYYY". */
  | { op: 'date'; format: string }
  /** Replaces a value by its entry in ParseOptions.lookups[table]; missing → empty. */
  | { op: 'lookup'; table: string };

export interface FieldRule {
  /** A source column (header matched ignoring case, spaces, "_" and "-"); a list: the first present. */
  column?: string | string[];
  /** Several columns: "{announcement_no}/{product_name}". */
  template?: string;
  const?: string | string[];
  transforms?: Transform[];
  /** Used when this rule gives nothing. */
  fallback?: FieldRule;
}

export interface MappingDefinition {
  name: string;
  description: string;
  /** The type of every record (a constant); a `type` field rule may say otherwise per row. */
  type?: RightType;
  /** Target field → a column name (shorthand) or a rule. */
  fields: Partial<Record<TargetField, string | FieldRule>>;
  /**
   * One record per distinct key instead of one per row; each row adds one member from the
   * `user.*` fields. Groups are emitted after the whole file is read (memory grows with them).
   */
  groupBy?: { key: TargetField[]; collect: 'authorizedUsers' };
}
