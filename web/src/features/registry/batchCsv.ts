import { RIGHT_TYPE_LABELS, RIGHT_TYPES, type RightType } from '@ipp/shared';
import type { BatchVerifyItem } from './registryApi.ts';

export const BATCH_LIMIT = 1000;

export interface BatchLineError {
  line: number;
  problem: 'type' | 'number' | 'asOf';
  value: string;
}

const TYPE_ALIASES = new Map<string, RightType>();
for (const type of RIGHT_TYPES) {
  TYPE_ALIASES.set(type, type);
  TYPE_ALIASES.set(RIGHT_TYPE_LABELS[type].zh.toLowerCase(), type);
  TYPE_ALIASES.set(RIGHT_TYPE_LABELS[type].en.toLowerCase(), type);
}
for (const [alias, type] of [
  ['ic', 'ic_layout'],
  ['布图设计', 'ic_layout'],
  ['集成电路', 'ic_layout'],
  ['地标', 'gi'],
  ['tm', 'trademark'],
] as const) {
  TYPE_ALIASES.set(alias, type);
}

const HEADER_FIRST_CELLS = new Set(['type', '类型', '权利类型']);

/** One CSV line into cells; quoted cells may contain commas and doubled quotes. */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',' || ch === '，' || ch === '\t') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

export interface ParsedBatch {
  items: BatchVerifyItem[];
  /** The 1-based line of each item in the input, for the result table. */
  lines: number[];
  errors: BatchLineError[];
}

function parseLine(raw: string, line: number): BatchVerifyItem | BatchLineError {
  const [typeCell = '', number = '', holder = '', asOf = ''] = parseCsvLine(raw);
  const type = TYPE_ALIASES.get(typeCell.toLowerCase());
  if (!type) return { line, problem: 'type', value: typeCell };
  if (!number) return { line, problem: 'number', value: raw };
  if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return { line, problem: 'asOf', value: asOf };
  return { type, number, ...(holder ? { holder } : {}), ...(asOf ? { asOf } : {}) };
}

/** Lines of "type,number[,holder[,asOf]]"; blank lines, # comments and a header line are skipped. */
export function parseBatch(text: string): ParsedBatch {
  const parsed: ParsedBatch = { items: [], lines: [], errors: [] };
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, raw] of rows.entries()) {
    const line = index + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (index === 0 && HEADER_FIRST_CELLS.has((parseCsvLine(raw)[0] ?? '').toLowerCase())) continue;
    const result = parseLine(raw, line);
    if ('problem' in result) {
      parsed.errors.push(result);
    } else {
      parsed.items.push(result);
      parsed.lines.push(line);
    }
  }
  return parsed;
}

/** Reads an uploaded CSV: UTF-8 first; files saved by Excel in GBK are decoded as GBK instead. */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('gbk').decode(bytes);
  } catch {
    return utf8;
  }
}

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

/** Saves text as a CSV file; the BOM makes Excel read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
