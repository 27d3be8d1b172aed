/**
 * Which reader a file needs, from its first bytes (the extension only breaks ties): XLSX is a zip
 * with an xl/ part; XML is told apart by its root element; JSON by its first character; text with
 * a delimiter in its first line is CSV.
 */
import { extname } from 'node:path';
import { detectEncoding, readHead } from './text.ts';
import type { FileFormat } from './types.ts';

const ST96_ROOTS = new Set([
  'PatentPublication',
  'TrademarkApplication',
  'DesignApplication',
  'GIApplication',
]);

/** The root element's qualified name, skipping the declaration, comments, PIs and DOCTYPE. */
export function xmlRootName(text: string): string | null {
  const body = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  return /<([A-Za-z_][\w:.-]*)/.exec(body)?.[1] ?? null;
}

export function xmlFormat(text: string): FileFormat | null {
  const root = xmlRootName(text);
  if (!root) return null;
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  if (local === 'PatentDocumentAndRelated') return 'cnipa-xml';
  if (local === 'cn-patent-document') return 'cnipa-legacy-xml';
  if (ST96_ROOTS.has(local) && /wipo\.int\/standards\/XMLSchema\/ST96/i.test(text)) return 'st96';
  return null;
}

function jsonFormat(text: string, extension: string): FileFormat {
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (text.startsWith('[')) return 'json';
  // One object per line is JSON Lines; an object spread over lines (or one holding "records") is JSON.
  const newline = text.search(/\r?\n/);
  const first = newline < 0 ? text : text.slice(0, newline);
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return newline < 0 && Array.isArray(value.records) ? 'json' : 'jsonl';
  } catch {
    return 'json';
  }
}

export async function detectFormat(path: string): Promise<FileFormat | null> {
  const head = await readHead(path);
  const extension = extname(path).toLowerCase();
  if (head.length === 0) return null;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const names = head.toString('latin1');
    return names.includes('xl/') || names.includes('[Content_Types].xml') ? 'xlsx' : null;
  }
  const encoding = detectEncoding(head);
  // NUL bytes mean binary (old .xls, images) unless a BOM says UTF-16 (Excel's "Unicode text").
  if (!encoding.startsWith('utf-16') && head.includes(0)) return null;
  const text = new TextDecoder(encoding)
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return xmlFormat(text);
  if (text.startsWith('[') || text.startsWith('{')) return jsonFormat(text, extension);
  const firstLine = text.split(/\r?\n|\r/)[0] ?? '';
  if (/[,\t;]/.test(firstLine) || ['.csv', '.tsv', '.txt'].includes(extension)) return 'csv';
  return null;
}
