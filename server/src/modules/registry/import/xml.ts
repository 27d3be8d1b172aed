/**
 * XML helpers shared by the CNIPA and ST.96 readers: one parser configuration (namespace prefixes
 * dropped, every value kept as text so "09" stays "09"), and path lookups that treat one child and
 * many children alike.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export function parseXml(text: string): XmlNode {
  return parser.parse(text.replace(/^\uFEFF/, '')) as XmlNode;
}

/** Every node at a path below `node`; missing steps give an empty list. */
export function all(node: unknown, ...path: string[]): unknown[] {
  let current: unknown[] = node === undefined || node === null ? [] : [node];
  for (const key of path) {
    current = current.flatMap((n) =>
      n !== null && typeof n === 'object' && !Array.isArray(n) ? [(n as XmlNode)[key]].flat() : [],
    );
    current = current.filter((n) => n !== undefined && n !== null);
  }
  return current;
}

export function first(node: unknown, ...path: string[]): unknown {
  return all(node, ...path)[0];
}

/** The text of a node (its #text when it has attributes); placeholders "0" and "" are nothing. */
export function text(node: unknown): string | null {
  const value =
    typeof node === 'string' || typeof node === 'number'
      ? String(node)
      : node !== null && typeof node === 'object' && '#text' in node
        ? String((node as XmlNode)['#text'])
        : null;
  const trimmed = value?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed === '' || trimmed === '0' ? null : trimmed;
}

export function textAt(node: unknown, ...path: string[]): string | null {
  for (const n of all(node, ...path)) {
    const t = text(n);
    if (t !== null) return t;
  }
  return null;
}

export function attr(node: unknown, name: string): string | null {
  return node !== null && typeof node === 'object' ? (text((node as XmlNode)[`@${name}`]) ?? null) : null;
}

/** "20211210" or "2021-12-10" → "2021-12-10"; "00000000" and partial dates → null. */
export function xmlDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  return m && m[1] !== '0000' ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** IPC text as CNIPA prints it, with runs of spaces folded: "G09G    3/36    (2006.01)" → "G09G 3/36 (2006.01)". */
export function foldSpaces(value: string | null): string | null {
  return value ? value.replace(/\s+/g, ' ').trim() : null;
}
