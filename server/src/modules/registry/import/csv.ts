/**
 * CSV (RFC 4180 and what spreadsheets write), streamed: quoted fields with doubled quotes and line
 * breaks, LF/CRLF/CR, comma, tab or semicolon; UTF-8 (with or without BOM) or GB18030. A small
 * tokenizer of our own rather than csv-parse, because each record must carry the line it starts on
 * as an editor shows it, and csv-parse counts a CRLF inside a quoted field as two lines.
 */
import type { ValidationIssue } from '@ipp/shared';
import { decodeFile } from './text.ts';
import type { SourceRow } from './types.ts';

interface CsvRecord {
  line: number;
  fields: string[];
  error?: string;
}

/** The delimiter the header line uses most (comma on a tie). */
export function guessDelimiter(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => [d, unquoted.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

type State = 'start' | 'plain' | 'quoted' | 'quote';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The state machine of RFC 4180 as spreadsheets write it, run over runs of ordinary characters
 * rather than one character at a time: a run is found with a regular expression and sliced off.
 * States: `start` of a field (a quote opens a quoted field), `plain` text (quotes are literal),
 * `quoted` (until a quote), `quote` (just after a quote in a quoted field: a second quote is a
 * literal one, anything else continues as plain text after the field).
 */
class Tokenizer {
  private state: State = 'start';
  private field = '';
  private fields: string[] = [];
  private afterCr = false;
  private line = 1;
  private start = 1;
  private done: CsvRecord[] = [];
  /** The end of a run of plain text: the delimiter or a line break. */
  private readonly plainEnd: RegExp;
  /** The end of a run inside quotes: a quote or a line break. */
  private readonly quotedEnd = /["\r\n]/g;
  constructor(private readonly delimiter: string) {
    // A delimiter of more than one character never matches, as it never did character by character.
    this.plainEnd = new RegExp(`[${delimiter.length === 1 ? escapeRegExp(delimiter) : ''}\\r\\n]`, 'g');
  }

  /** Feeds one chunk; returns the records it completed. */
  feed(chunk: string): CsvRecord[] {
    const n = chunk.length;
    let i = 0;
    // A CR at the end of the previous chunk: a LF right after it is the same line break.
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (chunk[0] === '\n') i = 1;
    }
    while (i < n) {
      const c = chunk[i]!;
      if (this.state === 'quoted') {
        this.quotedEnd.lastIndex = i;
        const end = this.quotedEnd.exec(chunk)?.index ?? n;
        if (end > i) this.field += chunk.slice(i, end);
        if (end === n) break;
        i = end + 1;
        if (chunk[end] === '"') this.state = 'quote';
        else {
          this.line++;
          this.field += '\n';
          i = this.skipLf(chunk, chunk[end]!, i);
        }
      } else if (this.state === 'quote' && c === '"') {
        this.field += '"';
        this.state = 'quoted';
        i++;
      } else if (c === '"' && this.state === 'start') {
        this.state = 'quoted';
        i++;
      } else if (c === this.delimiter) {
        this.endField();
        i++;
      } else if (c === '\n' || c === '\r') {
        this.endRecord();
        this.line++;
        this.start = this.line;
        i = this.skipLf(chunk, c, i + 1);
      } else {
        // Plain text up to the next delimiter or line break (a quote in it is literal).
        this.plainEnd.lastIndex = i + 1;
        const end = this.plainEnd.exec(chunk)?.index ?? n;
        this.field += chunk.slice(i, end);
        this.state = 'plain';
        i = end;
      }
    }
    const done = this.done;
    this.done = [];
    return done;
  }

  /** After a line break at i - 1: skips the LF of a CRLF (or remembers a CR that ends the chunk). */
  private skipLf(chunk: string, breakChar: string, i: number): number {
    if (breakChar !== '\r') return i;
    if (i === chunk.length) {
      this.afterCr = true;
      return i;
    }
    return chunk[i] === '\n' ? i + 1 : i;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'start';
  }

  private endRecord(): void {
    const quotedEmpty = this.state === 'quote';
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0] === '' && !quotedEmpty;
    if (!blank) this.done.push({ line: this.start, fields: this.fields });
    this.fields = [];
  }

  finish(): CsvRecord[] {
    if (this.state === 'quoted') {
      return [
        {
          line: this.start,
          fields: [],
          error: `a quoted field opened on line ${this.start} is never closed`,
        },
      ];
    }
    if (this.field !== '' || this.fields.length > 0 || this.state === 'quote') this.endRecord();
    return this.done;
  }
}

function issue(code: string, message: string): ValidationIssue {
  return { field: 'row', code, message };
}

/** Header → cells; a record with the wrong number of fields comes with an issue. */
function toRow(header: string[], record: CsvRecord): SourceRow {
  if (record.error)
    return { line: record.line, cells: {}, issues: [issue('csv_unclosed_quote', record.error)] };
  const { fields } = record;
  const cells: SourceRow['cells'] = {};
  header.forEach((name, i) => {
    cells[name] = fields[i] ?? null;
  });
  const extra = fields.slice(header.length).some((f) => f.trim() !== '');
  if (fields.length < header.length || extra) {
    const message = `line ${record.line} has ${fields.length} fields; the header has ${header.length}`;
    return { line: record.line, cells, issues: [issue('csv_field_count', message)] };
  }
  return { line: record.line, cells };
}

/** The line of a CSV file's last record (readCsv's last row), without making rows. */
export async function lastCsvLine(path: string, delimiter?: string): Promise<number> {
  let tokenizer: Tokenizer | null = null;
  let header = false;
  let last = 0;
  const see = (records: CsvRecord[]) => {
    for (const record of records) {
      if (header || record.error) last = record.line;
      else header = true;
    }
  };
  for await (const chunk of decodeFile(path)) {
    if (chunk === '') continue;
    tokenizer ??= new Tokenizer(delimiter ?? guessDelimiter(chunk.split(/\r?\n|\r/)[0] ?? ''));
    see(tokenizer.feed(chunk));
  }
  if (tokenizer) see(tokenizer.finish());
  return last;
}

/** Rows of a CSV file by header name; the first non-blank record is the header. */
export async function* readCsv(path: string, delimiter?: string): AsyncGenerator<SourceRow> {
  let tokenizer: Tokenizer | null = null;
  let header: string[] | null = null;
  const rows = function* (records: CsvRecord[]): Generator<SourceRow> {
    for (const record of records) {
      if (header) yield toRow(header, record);
      else if (record.error) yield toRow([], record);
      else header = record.fields.map((name, i) => name.trim() || `column_${i + 1}`);
    }
  };
  for await (const chunk of decodeFile(path)) {
    if (chunk === '') continue;
    tokenizer ??= new Tokenizer(delimiter ?? guessDelimiter(chunk.split(/\r?\n|\r/)[0] ?? ''));
    yield* rows(tokenizer.feed(chunk));
  }
  if (tokenizer) yield* rows(tokenizer.finish());
}
