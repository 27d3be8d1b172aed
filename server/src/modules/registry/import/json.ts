/**
 * JSON records, streamed: an array of records, an object whose "records" array holds them, a single
 * record object, or JSON Lines (one record per line). Arrays are cut into elements by a small
 * scanner that tracks strings and nesting, so a large file is never held whole; each element is
 * then parsed on its own. `line` is the record's 1-based index (JSON Lines: its line number).
 */
import { decodeFile, readLines } from './text.ts';

export interface JsonItem {
  line: number;
  value?: unknown;
  error?: string;
}

const WHOLE_LIMIT = 16 * 1024 * 1024;

class ArrayScanner {
  private depth = 0;
  private inString = false;
  private escape = false;
  private root: '[' | '{' | null = null;
  private target: number | null = null;
  private capturing = false;
  private buf = '';
  private lastKey = '';
  private key: string | null = null;
  /** A root object without "records" is one record: kept until the records array shows up. */
  private whole: string | null = '';
  private index = 0;
  readonly out: JsonItem[] = [];

  feed(chunk: string): void {
    for (const c of chunk) this.char(c);
    if (
      this.whole !== null &&
      (this.root !== '{' || this.target !== null || this.whole.length > WHOLE_LIMIT)
    ) {
      this.whole = null;
    }
  }

  private char(c: string): void {
    if (this.whole !== null) this.whole += c;
    if (this.inString) {
      this.stringChar(c);
      return;
    }
    if (this.target !== null && this.depth === this.target) {
      if (c === ',' || c === ']') {
        this.flush();
        if (c === ']') this.depth--;
        return;
      }
      if (!this.capturing && /\s/.test(c)) return;
      if (!this.capturing) this.capturing = true;
    }
    if (this.capturing) this.buf += c;
    if (c === '"') {
      this.inString = true;
      if (!this.capturing && this.depth === 1 && this.root === '{') this.key = '';
    } else if (c === '{' || c === '[') this.open(c);
    else if (c === '}' || c === ']') this.depth--;
  }

  private stringChar(c: string): void {
    if (this.capturing) this.buf += c;
    if (this.escape) this.escape = false;
    else if (c === '\\') this.escape = true;
    else if (c === '"') {
      this.inString = false;
      if (this.key !== null) this.lastKey = this.key;
      this.key = null;
      return;
    }
    if (this.key !== null) this.key += c;
  }

  private open(c: '{' | '['): void {
    if (this.depth === 0 && this.root === null) this.root = c;
    this.depth++;
    if (this.target !== null || this.capturing) return;
    if (c === '[' && this.depth === 1) this.target = 1;
    else if (c === '[' && this.depth === 2 && this.root === '{' && this.lastKey === 'records')
      this.target = 2;
  }

  private flush(): void {
    if (!this.capturing) return;
    const text = this.buf.trim();
    this.capturing = false;
    this.buf = '';
    this.index++;
    try {
      this.out.push({ line: this.index, value: JSON.parse(text) });
    } catch (error) {
      this.out.push({
        line: this.index,
        error: `record ${this.index} is not valid JSON: ${(error as Error).message}`,
      });
    }
  }

  finish(): void {
    if (this.root === '{' && this.target === null) {
      if (this.whole === null) this.out.push({ line: 1, error: 'the JSON object has no "records" array' });
      else this.out.push(parseOne(1, this.whole));
    } else if (this.root === null)
      this.out.push({ line: 1, error: 'the file holds no JSON array or object' });
  }
}

function parseOne(line: number, text: string): JsonItem {
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    return { line, error: `line ${line} is not valid JSON: ${(error as Error).message}` };
  }
}

export async function* readJson(path: string): AsyncGenerator<JsonItem> {
  const scanner = new ArrayScanner();
  for await (const chunk of decodeFile(path)) {
    scanner.feed(chunk);
    yield* scanner.out.splice(0);
  }
  scanner.finish();
  yield* scanner.out.splice(0);
}

export async function* readJsonLines(path: string): AsyncGenerator<JsonItem> {
  for await (const { line, text } of readLines(decodeFile(path))) {
    if (text.trim() !== '') yield parseOne(line, text);
  }
}
