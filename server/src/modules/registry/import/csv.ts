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

class Tokenizer {
  private state: State = 'start';
  private field = '';
  private fields: string[] = [];
  private afterCr = false;
  private line = 1;
  private start = 1;
  private done: CsvRecord[] = [];
  constructor(private readonly delimiter: string) {}

  /** Feeds one chunk; returns the records it completed. */
  feed(chunk: string): CsvRecord[] {
    for (const c of chunk) {
      if (this.afterCr) {
        this.afterCr = false;
        if (c === '\n') continue;
      }
      if (this.state === 'quoted') this.quoted(c);
      else if (this.state === 'quote' && c === '"') {
        this.field += '"';
        this.state = 'quoted';
      } else this.plain(c);
    }
    const done = this.done;
    this.done = [];
    return done;
  }

  private quoted(c: string): void {
    if (c === '"') this.state = 'quote';
    else if (c === '\n' || c === '\r') {
      this.afterCr = c === '\r';
      this.line++;
      this.field += '\n';
    } else this.field += c;
  }

  // 'quote' (a closing quote) continues here like plain text after the field.
  private plain(c: string): void {
    if (c === '"' && this.state === 'start') this.state = 'quoted';
    else if (c === this.delimiter) this.endField();
    else if (c === '\n' || c === '\r') {
      this.afterCr = c === '\r';
      this.endRecord();
      this.line++;
      this.start = this.line;
    } else {
      this.field += c;
      this.state = 'plain';
    }
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
