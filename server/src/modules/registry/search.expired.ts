/**
 * The page of a search for expired rights without text (ADR 0023). Most expired rights expired by
 * their term: their base status is still "in force", and in filing order every one of them lies
 * behind the millions still in force, which are newer. But a right of a type lasts at least that
 * type's term floor (right_search_term_floor): one that expired before a day E was filed before
 * E − floor. So the term-expired rights of a type that expired in the last W days hold every one
 * filed since today − W − floor — its reach — and they are found on the partial index
 * right_search_expired_idx, a window of recent expiry dates, off the index alone. Each type's
 * window widens until it holds the page's worth of rights filed within its reach, or its reach
 * lies below the page's last row; the rights expired by an event are read off the status index in
 * page order.
 */
import { and, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { rightSearch, rightSearchTermFloor } from './registry.tables.ts';
import { termEnded } from './search.status.ts';
import { addDays } from './terms.ts';
import { todayInChinaSql } from './today.ts';

const s = rightSearch;

/**
 * The windows of recent expiry dates a type's rights are read in, in days: a month first (at 10M
 * rights, about 10,000 patents expire in one: 3 ms off the index), then four times as long each
 * time — or just long enough to reach the page's last row — to 84 years, past which every match is
 * fetched and sorted.
 */
const EXPIRED_WINDOWS = [30, 120, 480, 1_920, 7_680, 30_720] as const;

interface Found {
  id: string;
  filing: string | null;
}

/** A type's window of `days`: the rights read in it, all filed since `reach`, and all of those. */
interface Window {
  type: string;
  floor: number;
  days: number;
  rows: Found[];
  reach: string;
}

const DAY_MS = 86_400_000;

/** Page order: newest filing first (no filing date last), then id. */
const byPageOrder = (a: Found, b: Found) => {
  const [x, y] = [a.filing ?? '', b.filing ?? ''];
  return x !== y ? (x < y ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

/**
 * The ids of page `page` of the expired rights that pass `others` (the search's other filters;
 * `type`, when they ask for one, leaves the other types' windows unread), in page order; null
 * when the windows cannot vouch for the page (it reaches past the rights with a filing date, or
 * past the longest window): the caller then fetches and sorts every match.
 */
export async function expiredPageIds(
  db: Executor,
  others: SQL | undefined,
  page: number,
  pageSize: number,
  type: string | undefined,
  windows: readonly number[] = EXPIRED_WINDOWS,
): Promise<string[] | null> {
  const need = page * pageSize;
  const [floors, [today], byEvent] = await Promise.all([
    db
      .select()
      .from(rightSearchTermFloor)
      .where(type ? eq(rightSearchTermFloor.type, type) : undefined),
    db
      .execute(sql`select ${todayInChinaSql()}::text as today`)
      .then((r) => (r as unknown as { rows: { today: string }[] }).rows),
    expiredByEvent(db, others, need),
  ]);
  const open: Window[] = floors.map((f) => ({
    type: f.type,
    floor: f.days,
    days: 0,
    rows: [],
    reach: '9999-12-31',
  }));
  const now = Date.parse(today!.today);
  for (;;) {
    const pageRows = [...byEvent, ...open.flatMap((w) => w.rows)].sort(byPageOrder).slice(0, need);
    const last = pageRows.length === need ? pageRows[need - 1]!.filing : null;
    // A window vouches for its type when it holds a page of its own within its reach, or when
    // every right it has not read was filed before the page's last row.
    const short = open.filter((w) => !(w.rows.length === need || (last && w.reach <= last)));
    // No window holds a right without a filing date: a page that reaches them is not vouched for.
    if (short.length === 0) return last ? pageRows.slice(need - pageSize).map((r) => r.id) : null;
    const widened = short.map((w) => {
      const scheduled = windows.find((days) => days > w.days);
      // No longer than what reaches the page's last row: the type's window need not reach further.
      const reaching = last ? Math.round((now - Date.parse(last)) / DAY_MS) - w.floor : Infinity;
      return scheduled === undefined ? null : Math.min(scheduled, Math.max(reaching, w.days + 1));
    });
    if (widened.includes(null)) return null;
    await Promise.all(
      short.map(async (w, i) => {
        w.days = widened[i]!;
        w.reach = addDays(today!.today, -(w.days + w.floor));
        w.rows = await expiredByTerm(db, others, w.type, w.days, w.reach, need);
      }),
    );
  }
}

/** The newest `need` rights expired by an expiry event, off the status index in page order. */
async function expiredByEvent(db: Executor, others: SQL | undefined, need: number): Promise<Found[]> {
  return db
    .select({ id: s.rightId, filing: s.filingDate })
    .from(s)
    .where(and(eq(s.statusBase, 'expired'), others))
    .orderBy(sql`${s.filingDate} desc nulls last`, sql`${s.rightId} desc`)
    .limit(need);
}

/**
 * The newest `need` rights of `type` whose term ended in the last `days` days and that were filed
 * since `reach`: fetched by expiry date and sorted (no index orders them by filing).
 */
async function expiredByTerm(
  db: Executor,
  others: SQL | undefined,
  type: string,
  days: number,
  reach: string,
  need: number,
): Promise<Found[]> {
  return db
    .select({ id: s.rightId, filing: s.filingDate })
    .from(s)
    .where(
      and(
        termEnded(),
        eq(s.type, type),
        sql`${s.expiryDate} >= ${todayInChinaSql()} - ${days}::int`,
        gte(s.filingDate, reach),
        others,
      ),
    )
    .orderBy(sql`coalesce(${s.filingDate}, '-infinity'::date) desc`, sql`${s.rightId} desc`)
    .limit(need);
}
