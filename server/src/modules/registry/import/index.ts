/**
 * Files → RightInput records, without a database: detect the format, read it as a stream, map
 * columns, and hand back ParsedRows (line, record, parse-level issues). validateRight (../
 * validation.ts) then checks each record; parseAndValidate does both for callers that want that.
 * The column layout, mappings and issue codes are described in docs/registry-import.md.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ValidationIssue } from '@ipp/shared';
import { type NormalizedRight, validateRight } from '../validation.ts';
import { readCnipaDocument, readCnipaLegacyDocument } from './cnipa.ts';
import { lastCsvLine, readCsv } from './csv.ts';
import { detectFormat } from './detect.ts';
import { readJson, readJsonLines } from './json.ts';
import type { MapContext } from './mapping.ts';
import { jsonCells, jsonRecord, mapRows } from './rows.ts';
import { readSt96 } from './st96.ts';
import { detectEncoding } from './text.ts';
import type { FileFormat, MappingDefinition, ParsedRow, ParseOptions, SourceRow } from './types.ts';
import { readXlsx } from './xlsx.ts';
import { parseXml } from './xml.ts';

export {
  BUILTIN_MAPPINGS,
  checkMappingDefinition,
  loadAnnouncementDates,
  resolveMapping,
} from './builtin-mappings.ts';
export { detectFormat } from './detect.ts';
export {
  countryFromAddress,
  looksLikeOrganization,
  regionFromAddress,
  regionReference,
} from './reference.ts';
export { DEFAULT_MAPPING } from './rows.ts';
export type * from './types.ts';

async function* jsonRows(
  path: string,
  format: 'json' | 'jsonl',
  mapping: MappingDefinition | undefined,
  ctx: MapContext,
): AsyncGenerator<ParsedRow> {
  const items = format === 'json' ? readJson(path) : readJsonLines(path);
  const unreadable = (line: number, message: string): ValidationIssue[] => [
    { field: 'row', code: 'json_unreadable', message: `line ${line}: ${message}` },
  ];
  if (mapping) {
    const rows = async function* (): AsyncGenerator<SourceRow> {
      for await (const item of items) {
        yield item.error
          ? { line: item.line, cells: {}, issues: unreadable(item.line, item.error) }
          : { line: item.line, cells: jsonCells(item.value) };
      }
    };
    yield* mapRows(rows(), mapping, ctx);
    return;
  }
  for await (const item of items) {
    yield item.error
      ? { line: item.line, issues: unreadable(item.line, item.error), warnings: [] }
      : jsonRecord(item.line, item.value, ctx);
  }
}

/** XML files are small (one document each): read whole. */
async function* xmlRows(path: string, format: FileFormat, ctx: MapContext): AsyncGenerator<ParsedRow> {
  const bytes = await readFile(path);
  let parts: { record: ParsedRow['record']; data: Record<string, unknown> }[];
  try {
    const document = parseXml(new TextDecoder(detectEncoding(bytes)).decode(bytes));
    if (format === 'st96') parts = readSt96(document, ctx.source);
    else if (format === 'cnipa-xml')
      parts = [readCnipaDocument(document.PatentDocumentAndRelated, ctx.source)];
    else parts = [readCnipaLegacyDocument(document['cn-patent-document'], ctx.source)];
  } catch (error) {
    const message = `${basename(path)} could not be read as ${format}: ${(error as Error).message}`;
    yield { line: 1, issues: [{ field: 'row', code: 'xml_unreadable', message }], warnings: [] };
    return;
  }
  for (const [i, { record, data }] of parts.entries()) {
    const issues: ValidationIssue[] = [];
    if (ctx.type && record && record.type !== ctx.type) {
      issues.push({
        field: 'type',
        code: 'type_mismatch',
        message: `a ${record.type} record in an import of ${ctx.type}`,
      });
    }
    yield { line: i + 1, record, issues, warnings: [], data };
  }
}

/**
 * The records of a file, streamed. Throws when the format is not recognized or the file cannot be
 * read at all; problems with single records come back as issues on their rows.
 */
export async function* parseFile(path: string, options: ParseOptions = {}): AsyncGenerator<ParsedRow> {
  const format = options.format ?? (await detectFormat(path));
  if (!format) throw new Error(`${basename(path)} is not CSV, XLSX, JSON, ST.96 or CNIPA XML`);
  const ctx: MapContext = {
    source: options.source ?? basename(path),
    type: options.type,
    lookups: options.lookups,
  };
  if (format === 'csv') yield* mapRows(readCsv(path), options.mapping, ctx);
  else if (format === 'xlsx') yield* mapRows(readXlsx(path, options.sheet), options.mapping, ctx);
  else if (format === 'json' || format === 'jsonl') yield* jsonRows(path, format, options.mapping, ctx);
  else yield* xmlRows(path, format, ctx);
}

/**
 * The line of the last record parseFile(path, options) gives, for a job's progress, without mapping
 * or validating anything: where every source row is one record (CSV, XLSX, JSON without a group-by
 * mapping), the last source row's line; grouped mappings and XML files (whole documents, small)
 * are parsed.
 */
export async function lastRecordLine(path: string, options: ParseOptions = {}): Promise<number> {
  const format = options.format ?? (await detectFormat(path));
  if (!format) throw new Error(`${basename(path)} is not CSV, XLSX, JSON, ST.96 or CNIPA XML`);
  let last = 0;
  if (!options.mapping?.groupBy) {
    if (format === 'csv') return lastCsvLine(path);
    if (format === 'xlsx') {
      for await (const row of readXlsx(path, options.sheet)) last = row.line;
      return last;
    }
    if (format === 'json' || format === 'jsonl') {
      for await (const item of format === 'json' ? readJson(path) : readJsonLines(path)) last = item.line;
      return last;
    }
  }
  for await (const row of parseFile(path, { ...options, format })) last = row.line;
  return last;
}

export interface CheckedRow extends ParsedRow {
  /** Parse issues and validation errors together: the row is rejected when there are any. */
  errors: ValidationIssue[];
  normalized?: NormalizedRight;
}

/** parseFile followed by validateRight on every record; warnings of both stages together. */
export async function* parseAndValidate(
  path: string,
  options: ParseOptions = {},
): AsyncGenerator<CheckedRow> {
  for await (const row of parseFile(path, options)) {
    const validation = row.record ? validateRight(row.record) : null;
    const errors = [...row.issues, ...(validation?.errors ?? [])];
    const checked: CheckedRow = {
      ...row,
      errors,
      warnings: [...row.warnings, ...(validation?.warnings ?? [])],
    };
    if (errors.length === 0 && validation?.normalized) checked.normalized = validation.normalized;
    yield checked;
  }
}
