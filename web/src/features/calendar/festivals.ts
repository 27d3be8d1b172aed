import type { CalendarDayEntry } from './calendarApi.ts';

export interface FestivalRow {
  name: string;
  /** Runs of consecutive days off, first and last day. */
  ranges: [string, string][];
  daysOff: number;
  makeUp: CalendarDayEntry[];
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A year's days grouped as the notice reads: each festival with its days off and make-up days. */
export function festivalsOf(days: readonly CalendarDayEntry[]): FestivalRow[] {
  const byName = new Map<string, FestivalRow>();
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  for (const entry of sorted) {
    let row = byName.get(entry.name);
    if (!row) {
      row = { name: entry.name, ranges: [], daysOff: 0, makeUp: [] };
      byName.set(entry.name, row);
    }
    if (entry.kind === 'workday') {
      row.makeUp.push(entry);
      continue;
    }
    row.daysOff++;
    const last = row.ranges.at(-1);
    if (last && nextDay(last[1]) === entry.day) last[1] = entry.day;
    else row.ranges.push([entry.day, entry.day]);
  }
  // In the notice's order: by the first day off (a make-up day may come before it).
  const first = (row: FestivalRow) => row.ranges[0]?.[0] ?? row.makeUp[0]?.day ?? '';
  return [...byName.values()].sort((a, b) => first(a).localeCompare(first(b)));
}
