/**
 * The page of a search for expired rights without text (ADR 0023). Most expired rights expired by
 * their term: their base status is still "in force" and no index orders them by filing date
 * without first passing the millions still in force, which are newer. But a right of a type
 * lasts at least that type's term floor (right_search_term_floor): filed on or after a cut day
 * C, it expires on or after C + floor. So the term-expired rights filed since C are all among
 * those of each type expiring since C + the type's floor — a window of recent expiry dates the
 * partial index right_search_expired_idx reads — and a page whose every row was filed since C is
 * the page of all matches. The cut moves back until the page is such a page; the rights expired
 * by an expiry event are read off the status index in page order.
 */
import { and, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { rightSearch, rightSearchTermFloor } from './registry.tables.ts';
import { termEnded } from './search.status.ts';

const s = rightSearch;

/**
 * How far before the newest possible term-expired filing (today − the shortest floor) each cut
 * lies, in days: a month first (at 10M rights, a few thousand expire in one), then four times as
 * far each time, to 84 years, past which every match is fetched and sorted.
 */
export const EXPIRED_CUTS = [30, 120, 480, 1_920, 7_680, 30_720] as const;

interface CutRow {
  id: string;
  inside: boolean;
}

/**
 * The ids of page `page` of the expired rights that pass `others` (the search's other filters),
 * in page order; null when no cut holds the page (too few such rights with a filing date): the
 * caller then fetches and sorts every match.
 */
export async function expiredPageIds(
  db: Executor,
  others: SQL | undefined,
  page: number,
  pageSize: number,
  cuts: readonly number[] = EXPIRED_CUTS,
): Promise<string[] | null> {
  const floors = await db.select().from(rightSearchTermFloor);
  if (floors.length === 0) return null;
  const shortest = Math.min(...floors.map((f) => f.days));
  const need = page * pageSize;
  for (const back of cuts) {
    const rows = await cutPage(db, others, floors, shortest + back, need);
    if (rows.length === need && rows[need - 1]!.inside) return rows.slice(need - pageSize).map((r) => r.id);
  }
  return null;
}

/**
 * The `need` first expired rights in page order among those expired by an event and those filed
 * at most `cutDays` ago that their term ended, each marked `inside` when filed since the cut.
 */
async function cutPage(
  db: Executor,
  others: SQL | undefined,
  floors: { type: string; days: number }[],
  cutDays: number,
  need: number,
): Promise<CutRow[]> {
  const cut = sql`current_date - ${cutDays}::int`;
  const window = floors.map(
    (f) => sql`(${s.type} = ${f.type} and ${s.expiryDate} >= ${cut} + ${f.days}::int)`,
  );
  const byTerm = and(termEnded(), gte(s.filingDate, cut), sql`(${sql.join(window, sql` or `)})`, others);
  const byEvent = and(eq(s.statusBase, 'expired'), others);
  const result = (await db.execute(sql`
    select u.right_id as id, coalesce(u.filing_date >= ${cut}, false) as inside from (
      (select ${s.rightId}, ${s.filingDate} from ${s} where ${byEvent}
        order by ${s.filingDate} desc nulls last, ${s.rightId} desc limit ${need})
      union all
      (select ${s.rightId}, ${s.filingDate} from ${s} where ${byTerm}
        order by coalesce(${s.filingDate}, '-infinity'::date) desc, ${s.rightId} desc limit ${need})
    ) u
    order by u.filing_date desc nulls last, u.right_id desc limit ${need}`)) as unknown as { rows: CutRow[] };
  return result.rows;
}
