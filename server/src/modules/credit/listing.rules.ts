/**
 * The serious-dishonesty list (严重违法失信名单) as data: its steps, the states they start from,
 * who may take them, what they must carry, and the periods that bind them, each with its basis.
 * Where the domain notes (/work/shared/notes/domain-rules.md §4) do not confirm a number, the rule
 * says so in `confirmed: false`, so that the numbers can be corrected here and nowhere else.
 */
import type { ListingState, ListingStep, Permission } from '@ipp/shared';
import { UPPER_APPROVAL_VERSIONS } from './listing.approval.ts';

export type { ListingState, ListingStep };
export type RemovalReason = 'repair' | 'expiry' | 'objection' | 'withdrawn';

export interface Period {
  amount: number;
  unit: 'working_days' | 'months';
  basis: string;
  confirmed: boolean;
  explain: string;
}

export const PERIODS = {
  statement: {
    amount: 5,
    unit: 'working_days',
    basis:
      '《市场监督管理严重违法失信名单管理办法》（列入前告知、陈述申辩）；参照《市场监督管理行政处罚程序规定》第五十七条',
    confirmed: false,
    explain:
      '告知送达后 5 个工作日内可陈述申辩（待核实：名单办法的期限按行政处罚告知同一期限，笔记 4A.4/1.13）',
  },
  publication: {
    amount: 36,
    unit: 'months',
    basis: '《市场监督管理严重违法失信名单管理办法》（公示期满移出）',
    confirmed: false,
    explain: '列入名单公示 3 年，期满自动移出（待核实，笔记 4A.3）',
  },
  earlyRemoval: {
    amount: 12,
    unit: 'months',
    basis: '《市场监督管理严重违法失信名单管理办法》；《市场监督管理信用修复管理办法》第七条',
    confirmed: true,
    explain: '列入名单满 1 年，且已履行义务、消除影响、未再受较重处罚的，可申请信用修复提前移出（笔记 4A.2）',
  },
  objectionAnswer: {
    amount: 15,
    unit: 'working_days',
    basis: '未见明文（笔记未载异议答复期限）；参照《市场监督管理行政处罚程序规定》第十八条核查期限',
    confirmed: false,
    explain: '异议自提出之日起 15 个工作日内答复（待核实）',
  },
  repairFeedback: {
    amount: 3,
    unit: 'working_days',
    basis: '《市场监督管理信用修复管理办法》（受理反馈）',
    confirmed: false,
    explain: '信用修复申请自提出之日起 3 个工作日内反馈是否受理（待核实，笔记未载）',
  },
  repairDecision: {
    amount: 15,
    unit: 'working_days',
    basis: '《市场监督管理信用修复管理办法》（作出决定）',
    confirmed: false,
    explain: '信用修复申请自提出之日起 15 个工作日内作出决定（待核实，笔记未载）',
  },
  repairBar: {
    amount: 12,
    unit: 'months',
    basis: '《知识产权信用管理规定》管理期 1 年（笔记 4B.4，仅地方参照）',
    confirmed: false,
    explain: '同一主体信用修复获准后 1 年内不再受理新的修复申请，办理中的申请未决前亦不受理（待核实）',
  },
} as const satisfies Record<string, Period>;

export interface StepRule {
  step: ListingStep;
  label: string;
  from: readonly ListingState[];
  /** The state after the step; a statement leaves the listing where it is. */
  to: ListingState;
  /**
   * Where the step lands instead of `to` when the law version in force on the act date needs the
   * upper level's consent to the deciding organization's decision (listing.approval.ts).
   */
  toWhenApprovalNeeded?: ListingState;
  permission: Permission;
  /**
   * in_scope: any organization whose jurisdiction covers the subject; upper_level: besides, one at a
   * higher level than the organization that took the decision (the consent of 令第44号).
   */
  jurisdiction: 'in_scope' | 'upper_level';
  required: readonly ('statement' | 'opinion' | 'reason')[];
  legalBasis: string;
  explain: string;
}

export const LISTING_STEPS: Record<ListingStep, StepRule> = {
  notify: {
    step: 'notify',
    label: '告知',
    from: ['proposed'],
    to: 'notified',
    permission: 'credit.listing.write',
    jurisdiction: 'in_scope',
    required: [],
    legalBasis: PERIODS.statement.basis,
    explain: '送达列入告知书，陈述申辩期自送达之日起计算',
  },
  statement: {
    step: 'statement',
    label: '陈述申辩',
    from: ['notified'],
    to: 'notified',
    permission: 'credit.listing.write',
    jurisdiction: 'in_scope',
    required: ['statement'],
    legalBasis: PERIODS.statement.basis,
    explain: '记录当事人的陈述申辩（可不提出，期满视为放弃）',
  },
  decide: {
    step: 'decide',
    label: '决定列入',
    from: ['notified'],
    to: 'decided',
    toWhenApprovalNeeded: 'awaiting_approval',
    permission: 'credit.listing.write',
    jurisdiction: 'in_scope',
    required: ['opinion'],
    legalBasis: '《市场监督管理严重违法失信名单管理办法》（列入决定）',
    explain:
      '收到陈述申辩或陈述申辩期届满后，方可作出列入决定；县级、市级部门的决定报上一级部门同意（依决定日期适用的规定）',
  },
  approve: {
    step: 'approve',
    label: '上级同意',
    from: ['awaiting_approval'],
    to: 'decided',
    permission: 'credit.listing.approve',
    jurisdiction: 'upper_level',
    required: ['opinion'],
    legalBasis: UPPER_APPROVAL_VERSIONS[0]?.basis ?? '',
    explain: '级别高于决定机关、辖区覆盖当事人所在地的部门同意列入决定，此后方可公示',
  },
  send_back: {
    step: 'send_back',
    label: '上级退回',
    from: ['awaiting_approval'],
    to: 'notified',
    permission: 'credit.listing.approve',
    jurisdiction: 'upper_level',
    required: ['reason'],
    legalBasis: UPPER_APPROVAL_VERSIONS[0]?.basis ?? '',
    explain: '上级部门不同意的，附理由退回；列入决定不成立，决定机关可重新审查后再作决定或撤回',
  },
  publish: {
    step: 'publish',
    label: '公示',
    from: ['decided'],
    to: 'published',
    permission: 'credit.listing.write',
    jurisdiction: 'in_scope',
    required: [],
    legalBasis: PERIODS.publication.basis,
    explain: PERIODS.publication.explain,
  },
  withdraw: {
    step: 'withdraw',
    label: '撤回',
    from: ['proposed', 'notified', 'awaiting_approval', 'decided'],
    to: 'withdrawn',
    permission: 'credit.listing.write',
    jurisdiction: 'in_scope',
    required: ['reason'],
    legalBasis: '依职权纠正',
    explain: '作出列入决定并公示之前可撤回拟列入',
  },
};

export const LISTING_STEP_NAMES = Object.keys(LISTING_STEPS) as ListingStep[];

/** Removal is not an officer's free choice: each reason has its own route onto it. */
export const REMOVALS: Record<
  Exclude<RemovalReason, 'withdrawn'>,
  { from: readonly ListingState[]; explain: string }
> = {
  expiry: { from: ['published'], explain: '公示期满自动移出' },
  repair: { from: ['published'], explain: '信用修复获准，提前移出（列入满 1 年）' },
  objection: {
    from: ['notified', 'awaiting_approval', 'decided', 'published'],
    explain: '异议成立，移出名单',
  },
};

/** A listing needs at least one active record of serious severity (办法 第二条, 笔记 4A.1). */
export const PROPOSE_RULE = {
  legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条',
  explain: '拟列入须以当事人至少一条有效的严重失信记录为依据，且由辖区覆盖当事人所在地的机关提出',
};

/** States in which a listing is still open: no second listing for the subject meanwhile. */
export const OPEN_STATES: readonly ListingState[] = [
  'proposed',
  'notified',
  'awaiting_approval',
  'decided',
  'published',
];
export const OBJECTION_STATES: readonly ListingState[] = [
  'notified',
  'awaiting_approval',
  'decided',
  'published',
];
