/**
 * Calendar dates as 'YYYY-MM-DD' strings. Statutory periods count days as they fall in Beijing, so
 * dates carry no time or zone; arithmetic runs on UTC midnights, where every day has 24 hours.
 */

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function parts(day: string): [number, number, number] | null {
  const match = ISO_DATE.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC maps years 0–99 to 1900–1999; no statutory period reaches back that far.
  if (year < 1000 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return [year, month, date];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one). */
export function isIsoDate(day: string): boolean {
  return parts(day) !== null;
}

function dayNumber(day: string): number {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(day)} (expected YYYY-MM-DD).`);
  return Date.UTC(p[0], p[1] - 1, p[2]) / DAY_MS;
}

function isoOf(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Throws a RangeError unless `day` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(day: string): void {
  dayNumber(day);
}

export function addDays(day: string, n: number): string {
  return isoOf(dayNumber(day) + n);
}

/** Days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: string): Weekday {
  return ((((dayNumber(day) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(day: string): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function yearOf(day: string): number {
  assertIsoDate(day);
  return Number(day.slice(0, 4));
}

/**
 * The corresponding day n months later; a month without it ends the period on its last day
 * (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日), so 01-31 + 1 month = 02-28.
 */
export function addMonthsClamped(day: string, n: number): string {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(day)} (expected YYYY-MM-DD).`);
  const index = p[0] * 12 + (p[1] - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = Math.min(p[2], daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Today's date in Beijing (UTC+8 all year: China has kept no daylight saving time since 1991). */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
