/**
 * Reading cell values the way people write them: dates in the common Chinese and ISO forms (and
 * Excel's own), lists separated by semicolons, Chinese labels for types and subtypes.
 */
import { RIGHT_SUBTYPES, RIGHT_TYPES, type RightSubtype, type RightType } from '@ipp/shared';
import { isIsoDate } from '../terms.ts';
import type { CellValue } from './types.ts';

/** A cell as text: dates as ISO days, numbers without exponent, empty → null. */
export function cellText(value: CellValue | undefined): string | null {
  if (value == null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  return text === '' ? null : text;
}

export type DateReading =
  | { ok: true; value: string }
  | { ok: false; problem: 'unreadable' | 'year_only' | 'month_only'; year?: number };

const pad = (n: string) => n.padStart(2, '0');

function day(y: string, m: string, d: string): DateReading {
  const value = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(value) ? { ok: true, value } : { ok: false, problem: 'unreadable' };
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * 2014-01-01, 2014/1/1, 2014.1.1, 20140101, 2014年1月1日, 2014-01-01T08:00:00 (the day as
 * written), Excel dates and serial numbers. A year or year-month alone is reported as such.
 */
export function readDate(value: CellValue | undefined): DateReading | null {
  if (value == null || value === '') return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, problem: 'unreadable' }
      : { ok: true, value: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number' && value > 0 && value < 2958466 && !/^\d{4}$|^\d{8}$/.test(String(value))) {
    return {
      ok: true,
      value: new Date(EXCEL_EPOCH + Math.floor(value) * 86400000).toISOString().slice(0, 10),
    };
  }
  const s = String(value).normalize('NFKC').trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/u.exec(s);
  if (m) return day(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})\s*年?$/u.exec(s);
  if (m) return { ok: false, problem: 'year_only', year: Number(m[1]) };
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/u.exec(s);
  if (m) return { ok: false, problem: 'month_only', year: Number(m[1]) };
  return { ok: false, problem: 'unreadable' };
}

/** A date in a stated order ("D/M/YYYY", "YYYYMMDD"); null when it does not fit. */
export function readDateWithFormat(text: string, format: string): string | null {
  const order: string[] = [];
  const pattern = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/YYYY|MM|M|DD|D/g, (token) => {
    order.push(token[0]!);
    return token.length === 1 ? '(\\d{1,2})' : token === 'YYYY' ? '(\\d{4})' : '(\\d{2})';
  });
  const m = new RegExp(`^${pattern}$`).exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const part = (p: string) => m[order.indexOf(p) + 1] ?? '';
  const result = day(part('Y'), part('M'), part('D'));
  return result.ok ? result.value : null;
}

/** Names and free text: split on semicolons only (names may hold commas: "Co., Ltd."). */
export const NAME_SEPARATOR = /[;；]/u;
/** Codes: semicolons, commas or 、 (a class list "9, 35" or "G06F 16/27; H04L 9/32"). */
export const CODE_SEPARATOR = /[;；,，、]/u;

/** Splits, trims; keeps empty positions when `aligned` (holder lists line up by position). */
export function splitList(value: string | string[] | null, separator: RegExp, aligned = false): string[] {
  if (value == null) return [];
  const parts = (Array.isArray(value) ? value : value.split(separator)).map((p) => p.trim());
  return aligned ? parts : parts.filter((p) => p !== '');
}

const TYPE_LABELS: Record<string, RightType> = {
  专利: 'patent',
  商标: 'trademark',
  集成电路布图设计: 'ic_layout',
  布图设计: 'ic_layout',
  地理标志: 'gi',
};

const SUBTYPE_LABELS: Record<string, RightSubtype> = {
  发明: 'invention',
  发明专利: 'invention',
  实用新型: 'utility_model',
  实用新型专利: 'utility_model',
  外观设计: 'design',
  外观设计专利: 'design',
  商品商标: 'trademark',
  服务商标: 'trademark',
  普通商标: 'trademark',
  集体商标: 'collective_mark',
  证明商标: 'certification_mark',
  地理标志产品: 'product_gi',
  地理标志证明商标: 'gi_certification_mark',
  地理标志集体商标: 'gi_collective_mark',
  农产品地理标志: 'agri_product_gi',
};

/** A type as a code ("patent") or a Chinese label ("专利"); null when it is neither. */
export function readType(text: string): RightType | null {
  const s = text.trim();
  const lower = s.toLowerCase() as RightType;
  return RIGHT_TYPES.includes(lower) ? lower : (TYPE_LABELS[s] ?? null);
}

const SUBTYPES = new Set<string>(Object.values(RIGHT_SUBTYPES).flat());

/** A subtype as a code or a Chinese label; unknown text is passed on for validation to name. */
export function readSubtype(text: string): string {
  const s = text.trim();
  return SUBTYPES.has(s.toLowerCase()) ? s.toLowerCase() : (SUBTYPE_LABELS[s] ?? s);
}
