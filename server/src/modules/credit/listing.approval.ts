/**
 * Upper-level consent (上一级同意) to a listing decision, as versions of the law chosen by the date
 * of the decision — the pattern of the case engine's deadline versions (cases/engine/rules.ts).
 *
 * 令第44号 says a county- or city-level administration that decides to list a subject must have
 * the consent of the administration one level up. The consent comes before the decision stands,
 * so a county or city `decide` does not reach `decided` but waits in `awaiting_approval`; the upper
 * level approves (→ decided, publication may follow) or sends it back with reasons (→ notified,
 * where the deciding office may decide again). Province and national decisions need no consent.
 *
 * SAMR's revision draft of October 2025 removes the step. It is declared here with `from: null`
 * (not in force, never chosen): once adopted, set `from` to the day it takes effect and decisions
 * dated from then on go straight to `decided`.
 */
import type { RegionLevel } from '@ipp/shared';

export interface ApprovalVersion {
  /** Decisions dated on or after this day follow the version; null is a draft not in force. */
  from: string | null;
  /** The levels of the deciding organization whose decisions need the upper level's consent. */
  requiredFor: readonly RegionLevel[];
  basis: string;
  confirmed: boolean;
  explain: string;
}

export const UPPER_APPROVAL_VERSIONS: readonly ApprovalVersion[] = [
  {
    from: '2021-09-01',
    requiredFor: ['county', 'city'],
    basis:
      '《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号，2021-09-01 施行）：县级、设区的市级市场监督管理部门作出列入决定的，应当报经上一级市场监督管理部门同意',
    confirmed: true,
    explain:
      '县级、市级部门的列入决定须经上级部门同意后方可公示；上级（辖区覆盖当事人所在地、级别高于决定机关）可同意或附理由退回（笔记 4A.5；条款序号以官方文本为准）',
  },
  {
    from: null,
    requiredFor: [],
    basis: '《市场监督管理严重违法失信名单管理办法（修订征求意见稿）》（市场监管总局，2025 年 10 月）',
    confirmed: false,
    explain: '征求意见稿拟取消上一级同意环节；是否通过及施行日期待核实，施行后在此填写施行日期（笔记 4A.5）',
  },
];

const LEVEL_RANK: Record<RegionLevel, number> = { national: 0, province: 1, city: 2, county: 3 };

/**
 * The version in force for a decision dated `actDate`. A date before the first version takes the
 * earliest one, as the case engine does: the platform does not model the 2015 interim measures.
 */
export function approvalVersionFor(
  actDate: string,
  versions: readonly ApprovalVersion[] = UPPER_APPROVAL_VERSIONS,
): ApprovalVersion {
  const inForce = versions.filter((v): v is ApprovalVersion & { from: string } => v.from !== null);
  const applicable = inForce.filter((v) => v.from <= actDate).sort((a, b) => (a.from < b.from ? 1 : -1));
  const chosen = applicable[0] ?? [...inForce].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  if (!chosen) throw new Error('no upper-approval version in force');
  return chosen;
}

export function needsUpperApproval(
  level: RegionLevel,
  actDate: string,
  versions: readonly ApprovalVersion[] = UPPER_APPROVAL_VERSIONS,
): { required: boolean; version: ApprovalVersion } {
  const version = approvalVersionFor(actDate, versions);
  return { required: version.requiredFor.includes(level), version };
}

/** Whether an organization of `approver` level stands above the deciding organization's level. */
export function isHigherLevel(approver: RegionLevel, decider: RegionLevel): boolean {
  return LEVEL_RANK[approver] < LEVEL_RANK[decider];
}
