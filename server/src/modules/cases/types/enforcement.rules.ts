/**
 * 行政执法 — administrative enforcement of IP by market regulation, after 市场监督管理行政处罚程序规定
 * (2018 令第2号, rev. 2022 令第61号, "程序规定") and 行政处罚法 (2021). Sources and their status are in
 * docs/case-rules.md.
 */

import { choice, field, OPINION, optional, REASONS } from '../engine/fields.ts';
import type { CaseTypeRules, Precondition } from '../engine/rules.ts';
import { dateAtLeastWorkingDaysAhead, hasParty, num } from './common.ts';
import { fineRange, hearingEligible, VIOLATION_KINDS } from './fines.ts';

const HANDLE = 'cases.enforcement.handle' as const;

function rangeOf(view: { facts: Record<string, unknown>; actDate: string }, input: Record<string, unknown>) {
  const amount = num(input['illegalAmount'] ?? view.facts['illegalAmount']);
  return fineRange(String(view.facts['violationKind']), amount, view.actDate);
}

const fineWithinRange = (key: string): Precondition => ({
  id: `input.${key}.range`,
  explain: { zh: '罚款须在法定幅度之内', en: 'The fine must lie within its legal range' },
  holds: (view, input) => {
    const range = rangeOf(view, input);
    return range !== null && num(input[key]) >= 0 && num(input[key]) <= range.max;
  },
  detail: (view, input) => {
    const range = rangeOf(view, input);
    return range
      ? `${range.explain}，即不超过 ${range.max} 元（${range.basis}）`
      : '违法类型没有对应的罚款规则';
  },
});

export const enforcementRules: CaseTypeRules = {
  caseType: 'enforcement',
  label: { zh: '行政执法', en: 'Administrative enforcement' },
  initial: 'intake',
  handlingOrgKinds: ['market_regulation', 'ip_administration'],
  readPermission: 'cases.enforcement.read',
  intakePermission: HANDLE,
  caseNumber: { series: 'case:enforcement', kind: '知立' },
  intakeFields: [
    choice('source', '线索来源', 'Source', [
      ['complaint', '投诉', 'Complaint'],
      ['report', '举报', 'Report'],
      ['rights_holder', '权利人请求', 'Rights holder'],
      ['department', '其他部门移送', 'Another department'],
      ['inspection', '监督检查发现', 'Inspection'],
    ]),
    choice('violationKind', '违法类型', 'Violation', VIOLATION_KINDS),
    field('receivedOn', '收到线索日期', 'Received on', 'date'),
    field('summary', '线索概要', 'Summary', 'textarea'),
  ],
  states: {
    intake: { label: { zh: '线索核查', en: 'Lead check' }, deadlines: ['enf.verify'] },
    filed: { label: { zh: '立案调查', en: 'Investigation' } },
    notified: { label: { zh: '处罚告知', en: 'Penalty notice served' }, deadlines: ['enf.statement'] },
    hearing: { label: { zh: '听证', en: 'Hearing' } },
    deciding: { label: { zh: '待作出决定', en: 'Awaiting decision' } },
    executing: { label: { zh: '决定执行', en: 'Execution' }, deadlines: ['enf.payment'] },
    closing: { label: { zh: '结案审批', en: 'Closing' }, deadlines: ['enf.closing'] },
    suspended: { label: { zh: '中止调查', en: 'Suspended' } },
    closed: { label: { zh: '已结案', en: 'Closed' }, terminal: true },
    not_filed: { label: { zh: '不予立案', en: 'Not filed' }, terminal: true },
    transferred: { label: { zh: '已移送公安', en: 'Transferred to police' }, terminal: true },
  },
  deadlines: [
    {
      id: 'enf.verify',
      label: { zh: '核查线索并决定是否立案', en: 'Check the lead and decide on filing' },
      versions: [
        {
          from: '2019-07-01',
          amount: 15,
          unit: 'working_days',
          basis: '市场监督管理行政处罚程序规定 第十八条第一款',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
    },
    {
      id: 'enf.case_limit',
      label: { zh: '办案期限（自立案之日起）', en: 'Case time limit from filing' },
      versions: [
        {
          from: '2021-07-15',
          amount: 90,
          unit: 'calendar_days',
          basis: '市场监督管理行政处罚程序规定 第六十四条；行政处罚法 第六十条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
      pausesOnSuspension: true,
    },
    {
      id: 'enf.statement',
      label: { zh: '当事人陈述、申辩或要求听证期限', en: 'Statement or hearing request period' },
      versions: [
        {
          from: '2021-07-15',
          amount: 5,
          unit: 'working_days',
          basis: '市场监督管理行政处罚程序规定 第五十七条第二款；行政处罚法 第六十四条、第八十五条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'transition', transition: 'statement_period_ends' },
    },
    {
      id: 'enf.payment',
      label: { zh: '缴纳罚没款期限', en: 'Payment period' },
      versions: [
        {
          from: '2021-07-15',
          amount: 15,
          unit: 'calendar_days',
          basis: '市场监督管理行政处罚程序规定 第七十二条；行政处罚法 第六十七条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
    {
      id: 'enf.closing',
      label: { zh: '结案期限', en: 'Closing period' },
      versions: [
        {
          from: '2019-07-01',
          amount: 15,
          unit: 'working_days',
          basis: '市场监督管理行政处罚程序规定 第七十七条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
  ],
  transitions: [
    {
      id: 'file',
      label: { zh: '立案', en: 'File the case' },
      from: ['intake'],
      to: 'filed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [OPINION],
      preconditions: [hasParty('respondent', '当事人（被调查人）')],
      documents: ['filing_approval'],
      effects: [{ kind: 'assign_case_number' }, { kind: 'start_deadlines', deadlines: ['enf.case_limit'] }],
    },
    {
      id: 'refuse_filing',
      label: { zh: '不予立案', en: 'Refuse filing' },
      from: ['intake'],
      to: 'not_filed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      documents: ['no_filing_notice'],
      effects: [{ kind: 'close' }],
      danger: true,
    },
    {
      id: 'transfer_region',
      label: { zh: '移送有管辖权的机关', en: 'Transfer to the competent authority' },
      from: ['intake', 'filed'],
      to: 'intake',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('toOrgId', '接收机关', 'Receiving authority', 'org'), REASONS],
      effects: [{ kind: 'hook', name: 'transfer_to_org' }],
    },
    {
      id: 'propose_penalty',
      label: { zh: '送达行政处罚告知书', en: 'Serve the notice of proposed penalty' },
      from: ['filed'],
      to: 'notified',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('violationFacts', '违法事实', 'Facts of the violation', 'textarea'),
        field('illegalAmount', '违法经营额/违法所得（元）', 'Illegal turnover or gains (yuan)', 'money', {
          min: 0,
        }),
        field('proposedFine', '拟罚款金额（元）', 'Proposed fine (yuan)', 'money', { min: 0 }),
        optional(field('confiscation', '拟没收物品', 'Items to confiscate', 'textarea')),
        field('legalBasis', '拟处罚依据', 'Legal basis'),
      ],
      preconditions: [fineWithinRange('proposedFine')],
      documents: ['penalty_notice'],
      documentValues: (view, input) => ({ hearingEligible: hearingEligible(view, input) }),
    },
    {
      id: 'statement_received',
      label: { zh: '记录陈述申辩', en: 'Record the statement' },
      from: ['notified'],
      to: 'deciding',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('statement', '陈述申辩意见', 'Statement', 'textarea'), OPINION],
    },
    {
      id: 'statement_period_ends',
      label: { zh: '陈述申辩期满（视为放弃）', en: 'Statement period over (waived)' },
      from: ['notified'],
      to: 'deciding',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [],
      automatic: true,
    },
    {
      id: 'request_hearing',
      label: { zh: '组织听证', en: 'Hold a hearing' },
      from: ['notified'],
      to: 'hearing',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('hearingDate', '听证日期', 'Hearing date', 'date'),
        field('hearingPlace', '听证地点', 'Hearing place'),
      ],
      preconditions: [dateAtLeastWorkingDaysAhead('hearingDate', 7, '行政处罚法 第六十四条第（二）项')],
      documents: ['hearing_notice'],
    },
    {
      id: 'hearing_held',
      label: { zh: '听证结束', en: 'Hearing held' },
      from: ['hearing'],
      to: 'deciding',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('hearingRecord', '听证笔录摘要', 'Hearing record', 'textarea')],
    },
    {
      id: 'decide_penalty',
      label: { zh: '作出行政处罚决定', en: 'Decide the penalty' },
      from: ['deciding'],
      to: 'executing',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('fine', '罚款金额（元）', 'Fine (yuan)', 'money', { min: 0 }),
        optional(field('confiscation', '没收物品', 'Confiscated items', 'textarea')),
        field('legalBasis', '处罚依据', 'Legal basis', 'text'),
      ],
      preconditions: [fineWithinRange('fine')],
      documents: ['penalty_decision'],
      effects: [{ kind: 'hook', name: 'penalty_decided' }],
    },
    {
      id: 'decide_no_penalty',
      label: { zh: '不予行政处罚', en: 'Decide no penalty' },
      from: ['deciding'],
      to: 'closing',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS, field('legalBasis', '不予处罚依据', 'Legal basis')],
      documents: ['no_penalty_decision'],
    },
    {
      id: 'record_execution',
      label: { zh: '登记执行情况', en: 'Record execution' },
      from: ['executing'],
      to: 'closing',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('executionResult', '执行情况', 'Execution', 'textarea'),
        optional(field('paidOn', '缴款日期', 'Paid on', 'date')),
      ],
    },
    {
      id: 'close',
      label: { zh: '结案', en: 'Close the case' },
      from: ['closing'],
      to: 'closed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('closingSummary', '结案报告', 'Closing report', 'textarea')],
      documents: ['closing_report'],
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'penalty_final' }],
    },
    {
      id: 'transfer_police',
      label: { zh: '移送公安机关', en: 'Transfer to public security' },
      from: ['filed', 'deciding'],
      to: 'transferred',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('recipient', '接收的公安机关', 'Receiving public security organ'),
        field('suspectedCrime', '涉嫌罪名', 'Suspected crime'),
        field('illegalAmount', '违法经营额（元）', 'Illegal turnover (yuan)', 'money', { min: 0 }),
        field(
          'reasonableSuspicion',
          '有合理怀疑需公安机关侦查',
          'Reasonable suspicion needing police measures',
          'boolean',
        ),
        REASONS,
      ],
      preconditions: [
        {
          // 移送规定 第三条第二款: for IP crimes a reasonable suspicion suffices; otherwise the
          // turnover threshold (5万, 立案追诉标准 for 假冒注册商标罪) must be met.
          id: 'input.criminal_threshold',
          explain: {
            zh: '移送须达到刑事追诉标准（违法经营额五万元以上）或有合理怀疑（行政执法机关移送涉嫌犯罪案件的规定 第三条）',
            en: 'Transfer needs the criminal threshold or a reasonable suspicion',
          },
          holds: (_view, input) =>
            num(input['illegalAmount']) >= 50_000 || input['reasonableSuspicion'] === true,
        },
      ],
      documents: ['transfer_letter'],
      effects: [{ kind: 'close' }],
      danger: true,
    },
    {
      // 商标法 第六十条第三款: the authority may mediate the amount of compensation at the
      // parties' request; the mediation runs as its own case and the enforcement case goes on.
      id: 'refer_to_mediation',
      label: { zh: '赔偿数额转调解', en: 'Refer compensation to mediation' },
      from: ['filed', 'notified', 'deciding', 'executing', 'closing'],
      to: '$same',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('mediationOrgId', '调解组织', 'Mediation organization', 'org')],
      preconditions: [hasParty('complainant', '投诉人（权利人）')],
      effects: [{ kind: 'hook', name: 'open_mediation' }],
    },
    {
      id: 'suspend',
      label: { zh: '中止调查', en: 'Suspend' },
      from: ['filed', 'deciding'],
      to: 'suspended',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      effects: [{ kind: 'pause_clocks' }],
    },
    {
      id: 'resume',
      label: { zh: '恢复调查', en: 'Resume' },
      from: ['suspended'],
      to: '$previous',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      effects: [{ kind: 'resume_clocks' }],
    },
  ],
};
