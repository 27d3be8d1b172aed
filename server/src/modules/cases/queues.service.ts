/**
 * Work queues: my cases, my organization's, due soon, overdue, under supervision, open and closed,
 * each within the caller's jurisdiction, with counts for every queue in one answer.
 */
import type { CaseListDto, CaseQueue } from '@ipp/shared';
import { and, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { regionInScope } from '../../platform/access/scope.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { regionNames } from '../region/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { summaryOf } from './case-detail.ts';
import { caseRules } from './case-types.ts';
import { cases } from './cases.tables.ts';
import { namesOfOrgs, namesOfUsers } from './names.ts';

export interface QueueQuery {
  queue?: CaseQueue;
  q?: string;
  state?: string;
  page?: number;
  pageSize?: number;
}

/** Working days ahead that count as "due soon". */
const DUE_SOON_WORKING_DAYS = 3;

function nextDue() {
  return sql<
    string | null
  >`(select min(d.due_on)::text from case_deadlines d where d.case_id = "cases"."id" and d.status = 'open')`;
}

export function queueCondition(queue: CaseQueue, context: ServiceContext, today: string, soon: string): SQL {
  const open = isNull(cases.closedAt);
  switch (queue) {
    case 'mine':
      return and(open, eq(cases.assigneeId, context.actor.id ?? '00000000-0000-0000-0000-000000000000'))!;
    case 'org':
      return and(open, eq(cases.orgId, context.actor.org?.id ?? '00000000-0000-0000-0000-000000000000'))!;
    case 'due_soon':
      return and(
        open,
        sql`exists (select 1 from case_deadlines d where d.case_id = "cases"."id" and d.status = 'open' and d.due_on >= ${today} and d.due_on <= ${soon})`,
      )!;
    case 'overdue':
      return and(
        open,
        sql`exists (select 1 from case_deadlines d where d.case_id = "cases"."id" and (d.status = 'expired' or (d.status = 'open' and d.due_on < ${today})))`,
      )!;
    case 'supervised':
      return eq(cases.supervised, true);
    case 'open':
      return open;
    case 'closed':
      return isNotNull(cases.closedAt);
    default:
      return sql`true`;
  }
}

const QUEUES: CaseQueue[] = ['mine', 'org', 'due_soon', 'overdue', 'supervised', 'open', 'closed', 'all'];

export async function listCases(
  context: ServiceContext,
  caseType: string,
  query: QueueQuery,
): Promise<CaseListDto> {
  const rules = caseRules(caseType);
  assertPermission(context.actor, rules.readPermission);
  const calendar = await dueCalculator(context.db);
  const today = calendar.today();
  const soon = calendar.due(today, DUE_SOON_WORKING_DAYS, 'working_days').dueOn;
  const base = [eq(cases.caseType, caseType), regionInScope(context.actor.scope, cases.regionCode)];
  if (query.state) base.push(eq(cases.state, query.state));
  if (query.q?.trim()) {
    const like = `%${query.q.trim()}%`;
    base.push(or(ilike(cases.title, like), ilike(cases.caseNumber, like))!);
  }
  const counts = await context.db
    .select(
      Object.fromEntries(
        QUEUES.map((q) => [
          q,
          sql<number>`count(*) filter (where ${queueCondition(q, context, today, soon)})::int`,
        ]),
      ) as Record<CaseQueue, SQL<number>>,
    )
    .from(cases)
    .where(and(...base));
  const queue = query.queue ?? 'open';
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const page = Math.max(query.page ?? 1, 1);
  const rows = await context.db
    .select({ row: cases, nextDueOn: nextDue() })
    .from(cases)
    .where(and(...base, queueCondition(queue, context, today, soon)))
    .orderBy(sql`${nextDue()} asc nulls last`, desc(cases.openedAt), cases.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [org, region, user] = await Promise.all([
    namesOfOrgs(
      context.db,
      rows.map((r) => r.row.orgId),
    ),
    regionNames(
      context.db,
      rows.map((r) => r.row.regionCode),
    ),
    namesOfUsers(
      context.db,
      rows.flatMap((r) => (r.row.assigneeId ? [r.row.assigneeId] : [])),
    ),
  ]);
  const countRow = counts[0] ?? ({} as Record<CaseQueue, number>);
  return {
    items: rows.map((r) => summaryOf(r.row, { org, region, user }, r.nextDueOn, today)),
    total: countRow[queue] ?? 0,
    counts: Object.fromEntries(QUEUES.map((q) => [q, Number(countRow[q] ?? 0)])) as Record<CaseQueue, number>,
  };
}
