/**
 * Text files as a stream of decoded chunks. The encoding is decided from the first chunk: a BOM
 * (UTF-8 or UTF-16), else UTF-8 when the bytes are valid UTF-8, else GB18030 (the superset of GBK
 * and GB2312 that Chinese Excel and older systems write).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const CHUNK = 64 * 1024;

export function detectEncoding(sample: Uint8Array): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  try {
    // stream: true lets a character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The first bytes of a file, for detection. */
export async function readHead(path: string, size = CHUNK): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decoded text in chunks, BOM removed; a UTF-8 file that breaks later is refused, not garbled. */
export async function* decodeFile(path: string): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    const bytes = chunk as Buffer;
    if (!decoder) {
      const encoding = detectEncoding(bytes);
      decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    }
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      throw new Error(
        `${basename(path)} is not valid UTF-8 near byte ${offset}: save it as UTF-8 or GB18030 throughout`,
      );
    }
    offset += bytes.length;
  }
  if (decoder) yield decoder.decode();
}

/** Lines with their 1-based numbers (LF, CRLF or CR), streamed. */
export async function* readLines(
  chunks: AsyncIterable<string>,
): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    rest += chunk;
    const parts = rest.split(/\r\n|\n|\r(?!$)/);
    rest = parts.pop() ?? '';
    for (const text of parts) yield { line: ++line, text };
  }
  if (rest !== '') yield { line: ++line, text: rest.replace(/\r$/, '') };
}
