/** Document numbers (文号) and dates as official documents print them (GB/T 9704). */

/**
 * 机关代字 + 类别字 + 〔年份〕 + 序号 + 号, e.g. 深南市监知罚字〔2026〕12号. The year takes the hexagonal
 * brackets 〔〕 (U+3014/3015) that GB/T 9704 prescribes, never 【】 or []; the sequence has no leading zeros.
 */
export function formatDocumentNumber(
  pattern: { prefix: string; kind: string },
  year: number,
  seq: number,
): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`bad document year: ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`bad document sequence: ${seq}`);
  const prefix = pattern.prefix.trim();
  const kind = pattern.kind.trim();
  if (!prefix) throw new RangeError('a document number needs the authority prefix (机关代字)');
  // Some authorities' kinds already end with 字 (知罚字); do not print it twice.
  const word = kind === '' || kind.endsWith('字') ? kind : `${kind}字`;
  return `${prefix}${word}〔${year}〕${seq}号`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/;

/** 2026-03-05 → 2026年3月5日; 2026-03-20 09:30 → 2026年3月20日9时30分; anything else as given. */
export function chineseDate(value: string): string {
  const m = DATE.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const date = `${y}年${Number(mo)}月${Number(d)}日`;
  if (h === undefined || mi === undefined) return date;
  return mi === '00' ? `${date}${Number(h)}时` : `${date}${Number(h)}时${Number(mi)}分`;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
