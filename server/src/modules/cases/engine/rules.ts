/**
 * The language case types are declared in. A case type is data: its states, the transitions
 * between them (who may take them, what they need, which documents they produce, what they do),
 * the deadlines each state starts with their legal basis and law versions, and triage rules. The
 * engine reads these tables; it holds no knowledge of any one case type.
 */
import type { CaseFieldDto, CaseType, Localized, Permission } from '@ipp/shared';

export type DeadlineUnit = 'working_days' | 'calendar_days' | 'months';

/** One version of a statutory period, in force for acts on or after `from`. */
export interface DeadlineVersion {
  from: string;
  amount: number;
  unit: DeadlineUnit;
  /** The article, e.g. 专利纠纷行政裁决和调解办法（2024）第二十条. */
  basis: string;
  /** Whether the article text itself was read (see docs/case-rules.md). */
  confirmed: boolean;
}

export type ExpiryAction =
  | { kind: 'remind' }
  | { kind: 'escalate' }
  | { kind: 'transition'; transition: string };

export interface DeadlineRule {
  id: string;
  label: Localized;
  versions: DeadlineVersion[];
  onExpiry: ExpiryAction;
  /** Case-wide clocks (the 90-day case limit) pause during suspension; step clocks do not run then. */
  pausesOnSuspension?: boolean;
  /** When set, the clock starts only for cases it holds for (30 days instead of 15 abroad, say). */
  appliesWhen?: (view: CaseView) => boolean;
}

export interface StateRule {
  label: Localized;
  terminal?: boolean;
  /** Deadlines started on entering this state and ended on leaving it. */
  deadlines?: string[];
}

/** Calendar arithmetic a rule may need (a hearing notice at least 7 working days ahead, say). */
export interface RuleEnv {
  today: string;
  addWorkingDays(start: string, days: number): string;
}

/**
 * What a transition needs of the case besides its form, each with the reason it is needed. Ids
 * starting with `input.` judge the submitted form and are checked on submit only.
 */
export interface Precondition<F = CaseFacts> {
  id: string;
  explain: Localized;
  holds(view: CaseView<F>, input: Record<string, unknown>, env: RuleEnv): boolean;
  /** The specifics when it fails (the computed legal maximum, say), added to the explanation. */
  detail?(view: CaseView<F>, input: Record<string, unknown>): string;
}

/**
 * Who may act, besides holding the permission: the handling organization's officials, officials
 * of an organization above the case's region (supervision, approvals), or anyone whose scope
 * covers the case.
 */
export type Jurisdiction = 'handling_org' | 'upper_level' | 'in_scope';

export type Effect =
  | { kind: 'assign_case_number' }
  | { kind: 'start_deadlines'; deadlines: string[] }
  | { kind: 'end_deadlines'; deadlines: string[] }
  | { kind: 'pause_clocks' }
  | { kind: 'resume_clocks' }
  | { kind: 'triage' }
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'set_facts'; keys: string[] }
  /** A named hook; `afterDocuments` runs it once the step's documents exist (to pass them on). */
  | { kind: 'hook'; name: string; afterDocuments?: boolean };

export interface TransitionRule<F = CaseFacts> {
  id: string;
  label: Localized;
  from: string[];
  to: string;
  permission: Permission;
  jurisdiction: Jurisdiction;
  fields: CaseFieldDto[];
  preconditions?: Precondition<F>[];
  documents?: string[];
  /** Values the documents need that the rules work out (hearing rights, the kind of hearing). */
  documentValues?: (view: CaseView<F>, input: Record<string, unknown>) => Record<string, unknown>;
  effects?: Effect[];
  /** Shown in red; asks for confirmation in the web. */
  danger?: boolean;
  /** Only the engine takes it (a deadline expiring); not offered to people. */
  automatic?: boolean;
}

/** A triage rule: the first whose condition holds chooses the procedure; the reason is kept. */
export interface TriageRule<F = CaseFacts> {
  id: string;
  procedure: string;
  explain: Localized;
  basis: string;
  when(view: CaseView<F>): boolean;
}

export type CaseFacts = Record<string, unknown>;

/** What rules see of a case: enough to decide, nothing to write through. */
export interface CaseView<F = CaseFacts> {
  caseType: CaseType;
  state: string;
  procedure: string | null;
  facts: F;
  actDate: string;
  parties: { role: string; kind: string; name: string; uscc: string | null }[];
  rights: { rightType: string; number: string; verification: Record<string, unknown> }[];
  evidenceCount: number;
}

export interface NumberFormat {
  /** The series the number runs in, e.g. enforcement filing. */
  series: string;
  /** e.g. 知罚 → 深南市监知罚〔2026〕12号; the organization abbreviation comes first. */
  kind: string;
}

export interface CaseTypeRules<F = CaseFacts> {
  caseType: CaseType;
  label: Localized;
  initial: string;
  states: Record<string, StateRule>;
  transitions: TransitionRule<F>[];
  deadlines: DeadlineRule[];
  triage?: TriageRule<F>[];
  intakeFields: CaseFieldDto[];
  /** Checks run on the parties at intake (the credit check, through the credit module). */
  intakeChecks?: 'credit'[];
  /** Which organization kinds handle this case type. */
  handlingOrgKinds: string[];
  readPermission: Permission;
  intakePermission: Permission;
  caseNumber: NumberFormat;
}

export function versionFor(rule: DeadlineRule, actDate: string): DeadlineVersion {
  const applicable = rule.versions
    .filter((v) => v.from <= actDate)
    .sort((a, b) => (a.from < b.from ? 1 : -1));
  const chosen = applicable[0] ?? [...rule.versions].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  if (!chosen) throw new Error(`deadline rule ${rule.id} has no versions`);
  return chosen;
}
