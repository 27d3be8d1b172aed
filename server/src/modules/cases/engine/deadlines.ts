/**
 * Deadline clocks: which clocks a state or transition starts, their due dates on the working-day
 * calendar, and pausing them during a suspension (the time is "not counted", e.g. 市场监督管理行政
 * 处罚程序规定 第六十四条第二款, 专利纠纷行政裁决和调解办法 第三十七条第二款).
 */
import { randomUUID } from 'node:crypto';
import type { caseDeadlines } from '../cases.tables.ts';
import {
  type CaseTypeRules,
  type CaseView,
  type DeadlineRule,
  type DeadlineUnit,
  type RuleEnv,
  versionFor,
} from './rules.ts';

export interface DueDate {
  dueOn: string;
  /** False when the period runs into a year whose holiday arrangement is not loaded yet. */
  complete: boolean;
}

/** The calendar arithmetic the engine needs; the calendar module provides it. */
export interface DueCalculator {
  today(): string;
  due(start: string, amount: number, unit: DeadlineUnit): DueDate;
  /** Days of the unit left from `from` to `to` (working days for working-day clocks). */
  remaining(from: string, to: string, unit: DeadlineUnit): number;
}

type DeadlineRow = typeof caseDeadlines.$inferInsert;

export function expiryLabel(rule: DeadlineRule): string {
  const action = rule.onExpiry;
  return action.kind === 'transition' ? `transition:${action.transition}` : action.kind;
}

export function newDeadline(
  rule: DeadlineRule,
  view: CaseView,
  caseId: string,
  state: string | null,
  startsOn: string,
  calendar: DueCalculator,
): DeadlineRow {
  const version = versionFor(rule, view.actDate);
  const due = calendar.due(startsOn, version.amount, version.unit);
  return {
    id: randomUUID(),
    caseId,
    ruleId: rule.id,
    label: rule.label.zh,
    state,
    amount: version.amount,
    unit: version.unit,
    basis: version.confirmed ? version.basis : `${version.basis}（待核实 unconfirmed）`,
    startsOn,
    dueOn: due.dueOn,
    onExpiry: expiryLabel(rule),
    status: 'open',
    createdAt: new Date(),
    calendarComplete: due.complete,
  };
}

/** The rules' deadlines by id, the ones that apply to this case only. */
export function applicableDeadlines(
  rules: CaseTypeRules,
  ids: readonly string[],
  view: CaseView,
): DeadlineRule[] {
  return ids
    .map((id) => {
      const rule = rules.deadlines.find((d) => d.id === id);
      if (!rule) throw new Error(`${rules.caseType}: unknown deadline ${id}`);
      return rule;
    })
    .filter((rule) => !rule.appliesWhen || rule.appliesWhen(view));
}

export function pauseDeadline(row: { dueOn: string; unit: string }, calendar: DueCalculator) {
  const unit = row.unit === 'months' ? 'calendar_days' : (row.unit as DeadlineUnit);
  return {
    status: 'paused',
    remainingWhenPaused: Math.max(0, calendar.remaining(calendar.today(), row.dueOn, unit)),
  };
}

export function resumeDeadline(
  row: { unit: string; remainingWhenPaused: number | null },
  calendar: DueCalculator,
) {
  const unit = row.unit === 'months' ? 'calendar_days' : (row.unit as DeadlineUnit);
  const due = calendar.due(calendar.today(), row.remainingWhenPaused ?? 0, unit);
  return { status: 'open', dueOn: due.dueOn, remainingWhenPaused: null, calendarComplete: due.complete };
}

/** The calendar arithmetic rules may use, from the same calculator. */
export function ruleEnv(calendar: DueCalculator): RuleEnv {
  return {
    today: calendar.today(),
    addWorkingDays: (start, days) => calendar.due(start, days, 'working_days').dueOn,
  };
}
