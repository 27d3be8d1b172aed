/**
 * A page of 集中查询's matches, newest filing first: read from the newest rights (a bounded walk of
 * the filing-date index, or slices of the newest months the text index finds itself, ADR 0014 and
 * 0018) before every match is fetched and sorted. The search's conditions and reading plan are
 * search.queries.ts.
 */
import { desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { rightSearch, rights } from './registry.tables.ts';
import { currentStatus, RIGHT_HEADING_COLUMNS } from './rights.queries.ts';
import { expiredPageIds } from './search.expired.ts';
import { type PagePlan, pagePlan, type SearchFilter, searchConditions } from './search.queries.ts';

const s = rightSearch;

const PAGE_COLUMNS = {
  ...RIGHT_HEADING_COLUMNS,
  holderNames: rights.holderNames,
  status: currentStatus,
  regionCode: rights.regionCode,
  classMain: rights.classMain,
};

/** Newest filing first; the order `right_search_filing_order_idx` is built in. */
const ORDER = [sql`${s.filingDate} desc nulls last`, desc(s.rightId)];
/** The same order, written so that no index provides it: the matches are fetched and sorted. */
const SORTED = [sql`coalesce(${s.filingDate}, '-infinity'::date) desc`, desc(s.rightId)];
/** The page's rights in the same order, read from `rights` (same values as the search table's). */
const RIGHTS_ORDER = [sql`${rights.filingDate} desc nulls last`, desc(rights.id)];

/** Deeper pages than this are not looked for in the newest slices. */
const SLICE_MAX_NEED = 200;

export type PageRow = Awaited<ReturnType<typeof pageOf>>[number];

/** The ids of a page, chosen on the search table. */
type PageIds = ReturnType<typeof pageIds>;

function pageIds(db: Executor, where: SQL | undefined, limit: number, offset: number, order = ORDER) {
  return db
    .select({ id: s.rightId })
    .from(s)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

/** The page's own rows, read from `rights` by primary key only for the ids chosen. */
function pageOf(db: Executor, ids: PageIds) {
  const page = ids.as('page');
  return db
    .select(PAGE_COLUMNS)
    .from(page)
    .innerJoin(rights, eq(rights.id, page.id))
    .orderBy(...RIGHTS_ORDER);
}

function plannedPage(db: Executor, where: SQL | undefined, limit: number, offset: number, order = ORDER) {
  return pageOf(db, pageIds(db, where, limit, offset, order));
}

/**
 * The matches among the `rows` newest rights, in order, stopping at `need`: a walk of the
 * filing-date index that cannot run past `rows`. The inner query is named `right_search` so that
 * `where` (built on the table) reads its rows.
 */
function walkedPage(db: Executor, where: SQL | undefined, need: number, rows: number): Promise<PageRow[]> {
  const newest = db
    .select()
    .from(s)
    .orderBy(...ORDER)
    .limit(rows)
    .as('right_search');
  const ids = db
    .select({ id: s.rightId })
    .from(newest)
    .where(where)
    .orderBy(...ORDER)
    .limit(need) as unknown as PageIds;
  return pageOf(db, ids);
}

/**
 * An unsure term's candidates are counted up to this many before any slice. Counting reads each
 * candidate's row (PostgreSQL checks its visibility), so the count stops early: a full company
 * name's handful is then sorted at once (a slice costs ~10 ms of index work at 10M rights, four
 * of them 40), and a term with many matches pays for this many rows before its slices.
 */
const COUNTED_FIRST = 250;

/** Whether the candidates are at most COUNTED_FIRST: a count that stops after one more. */
async function fewCandidates(db: Executor, candidates: SQL): Promise<boolean> {
  const result = (await db.execute(
    sql`select count(*)::int as n from (select from ${s} where ${candidates} limit ${COUNTED_FIRST + 1}) c`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0) <= COUNTED_FIRST;
}

/** The year of the newest filing date, from the page-order index; null when no right has one. */
async function newestFilingYear(db: Executor): Promise<number | null> {
  const [row] = await db
    .select({ date: s.filingDate })
    .from(s)
    .orderBy(...ORDER)
    .limit(1);
  return row?.date ? Number(row.date.slice(0, 4)) : null;
}

/**
 * Page `page` of a search's matches: a text search by its reading plan (searchPage); expired
 * rights without text by windows of recent expiries (search.expired.ts); any other search
 * without text off the page-order index of one of its filters, which the planner chooses
 * (ADR 0023).
 */
export async function readPage(db: Executor, filter: SearchFilter, page: number, pageSize: number) {
  const plan = pagePlan(filter, page * pageSize);
  if (!plan && filter.status === 'expired') {
    const others = searchConditions({ ...filter, status: undefined });
    const ids = await expiredPageIds(db, others, page, pageSize, filter.type);
    if (ids) return ids.length ? pageOf(db, idsOf(db, ids)) : [];
  }
  return searchPage(db, searchConditions(filter), page, pageSize, plan);
}

/** Rights chosen by id, as a page's ids (pageOf orders them). */
function idsOf(db: Executor, ids: string[]): PageIds {
  return db.select({ id: s.rightId }).from(s).where(inArray(s.rightId, ids)) as unknown as PageIds;
}

/**
 * One page of matches, newest filing first. Without text the planner chooses. With text,
 * PostgreSQL's choice is not trusted (its estimates of phrases are products, and it cannot know
 * when matches bunch in time): the plan's bounded walk and newest slices go first, and a page they
 * do not fill is taken from every match, fetched and sorted. A slice or walk that fills the page
 * is the page: every right it did not read was filed earlier. A slice's matches are fetched and
 * sorted too (SORTED): the text index finds them among its months (ADR 0014), and no walk of the
 * date index is needed.
 */
export async function searchPage(
  db: Executor,
  where: SQL | undefined,
  page: number,
  pageSize: number,
  plan: PagePlan | null = null,
) {
  const need = page * pageSize;
  const offset = (page - 1) * pageSize;
  if (!plan) return plannedPage(db, where, pageSize, offset);
  if (plan.walk) {
    const walked = await walkedPage(db, where, need, plan.walk);
    if (walked.length === need) return walked.slice(offset);
  }
  const sliceable = plan.slices.length > 0 && need <= SLICE_MAX_NEED;
  const lastYear =
    sliceable && !(plan.unsure && (await fewCandidates(db, plan.candidates)))
      ? await newestFilingYear(db)
      : null;
  const sliced = lastYear ? await slicedPage(db, plan, need, lastYear) : null;
  if (sliced) return sliced.slice(offset);
  return plannedPage(db, where, pageSize, offset, SORTED);
}

/** At most this many slices are read before every match is fetched and sorted. */
const MAX_SLICES = 6;

/**
 * The newest `need` matches from slices of the newest rights, or null when the slices hold fewer.
 * A slice after the first reads only the months before the previous one's (every match there is
 * older than those found) for what the page still needs, and is sized by the matches found so far
 * (plan.widen): a page one match short looks a month or two further back, not four times as far.
 */
async function slicedPage(
  db: Executor,
  plan: PagePlan,
  need: number,
  lastYear: number,
): Promise<PageRow[] | null> {
  const found: PageRow[] = [];
  let until: string | null = null;
  let from = plan.slices[0] ?? null;
  for (let n = 1; from && n <= MAX_SLICES; n++) {
    if (!until || from < until) {
      const rows = await plannedPage(db, plan.sliced(from, lastYear, until), need - found.length, 0, SORTED);
      found.push(...rows);
      if (found.length === need) return found;
      until = from;
    }
    const remaining = need - found.length;
    from = plan.widen && until ? plan.widen(until, found.length, remaining) : (plan.slices[n] ?? null);
  }
  return null;
}
