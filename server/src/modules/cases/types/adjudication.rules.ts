/**
 * 行政裁决 — administrative adjudication of patent infringement disputes by the departments that
 * manage patent work, after 专利纠纷行政裁决和调解办法 (国家知识产权局令第81号, in force 2025-02-01,
 * "裁决办法") and, for requests before that date, 专利行政执法办法 (2015). Sources: docs/case-rules.md.
 */

import { choice, field, OPINION, optional, REASONS } from '../engine/fields.ts';
import type { CaseTypeRules } from '../engine/rules.ts';
import { dateAtLeastWorkingDaysAhead, HAS_RIGHT, hasParty, num, RIGHT_VALID } from './common.ts';

const HANDLE = 'cases.adjudication.handle' as const;
const ACTIVE = ['serving', 'defence', 'preparation', 'hearing_scheduled', 'deliberation'];

export const adjudicationRules: CaseTypeRules = {
  caseType: 'adjudication',
  label: { zh: '专利侵权纠纷行政裁决', en: 'Patent infringement adjudication' },
  initial: 'requested',
  handlingOrgKinds: ['ip_administration', 'market_regulation'],
  readPermission: 'cases.adjudication.read',
  intakePermission: HANDLE,
  caseNumber: { series: 'case:adjudication', kind: '专裁' },
  intakeFields: [
    field('accusedProduct', '被控侵权产品', 'Accused product'),
    field('claims', '请求事项', 'Claims', 'textarea'),
    field('receivedOn', '收到请求日期', 'Request received on', 'date'),
    optional(field('claimAmount', '涉案金额（元）', 'Amount in dispute (yuan)', 'money', { min: 0 })),
    optional(field('major', '重大、复杂或社会影响较大', 'Major dispute', 'boolean')),
    optional(
      field(
        'foreignRespondent',
        '被请求人在境内无固定住所',
        'Respondent has no domicile in China',
        'boolean',
      ),
    ),
  ],
  states: {
    requested: { label: { zh: '请求审查', en: 'Request under review' }, deadlines: ['adj.acceptance'] },
    correcting: { label: { zh: '待补正', en: 'Awaiting corrections' } },
    serving: { label: { zh: '送达被请求人', en: 'Serving the respondent' }, deadlines: ['adj.service'] },
    defence: {
      label: { zh: '答辩期', en: 'Defence period' },
      deadlines: ['adj.defence', 'adj.defence_abroad'],
    },
    preparation: { label: { zh: '审理准备', en: 'Preparation' } },
    hearing_scheduled: { label: { zh: '待口头审理', en: 'Hearing scheduled' } },
    deliberation: { label: { zh: '合议', en: 'Deliberation' } },
    suspended: { label: { zh: '中止审理', en: 'Suspended' } },
    mediating: { label: { zh: '调解中', en: 'In mediation' } },
    decided: { label: { zh: '裁决送达', en: 'Decision to serve' }, deadlines: ['adj.publish'] },
    performance: { label: { zh: '履行期', en: 'Performance' }, deadlines: ['adj.litigation'] },
    closed: { label: { zh: '已结案', en: 'Closed' }, terminal: true },
    rejected: { label: { zh: '不予受理', en: 'Not accepted' }, terminal: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, terminal: true },
  },
  deadlines: [
    {
      id: 'adj.acceptance',
      label: { zh: '受理审查', en: 'Acceptance review' },
      versions: [
        {
          from: '2015-07-01',
          amount: 5,
          unit: 'working_days',
          basis: '专利行政执法办法（2015）第十三条',
          confirmed: true,
        },
        {
          from: '2025-02-01',
          amount: 5,
          unit: 'working_days',
          basis: '专利纠纷行政裁决和调解办法 第二十条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
    },
    {
      id: 'adj.service',
      label: { zh: '向被请求人送达请求书副本', en: 'Serve the request on the respondent' },
      versions: [
        {
          from: '2015-07-01',
          amount: 5,
          unit: 'working_days',
          basis: '专利行政执法办法（2015）第十四条',
          confirmed: true,
        },
        {
          from: '2025-02-01',
          amount: 5,
          unit: 'working_days',
          basis: '专利纠纷行政裁决和调解办法 第二十二条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
    {
      id: 'adj.defence',
      label: { zh: '被请求人答辩期', en: 'Defence period' },
      versions: [
        {
          from: '2015-07-01',
          amount: 15,
          unit: 'calendar_days',
          basis: '专利行政执法办法（2015）第十四条',
          confirmed: true,
        },
        {
          from: '2025-02-01',
          amount: 15,
          unit: 'calendar_days',
          basis: '专利纠纷行政裁决和调解办法 第二十二条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'transition', transition: 'defence_period_ends' },
      appliesWhen: (view) => view.facts['foreignRespondent'] !== true,
    },
    {
      id: 'adj.defence_abroad',
      label: { zh: '被请求人答辩期（境内无固定住所）', en: 'Defence period (no domicile in China)' },
      versions: [
        {
          from: '2025-02-01',
          amount: 30,
          unit: 'calendar_days',
          basis: '专利纠纷行政裁决和调解办法 第二十二条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'transition', transition: 'defence_period_ends' },
      appliesWhen: (view) => view.facts['foreignRespondent'] === true,
    },
    {
      id: 'adj.case_limit',
      label: { zh: '结案期限（自立案之日起）', en: 'Case time limit from filing' },
      versions: [
        {
          from: '2015-07-01',
          amount: 3,
          unit: 'months',
          basis: '专利行政执法办法（2015）第二十一条',
          confirmed: true,
        },
        {
          from: '2025-02-01',
          amount: 3,
          unit: 'months',
          basis: '专利纠纷行政裁决和调解办法 第三十七条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
      pausesOnSuspension: true,
    },
    {
      id: 'adj.publish',
      label: { zh: '公开裁决书', en: 'Publish the decision' },
      versions: [
        {
          from: '2025-02-01',
          amount: 20,
          unit: 'working_days',
          basis: '专利纠纷行政裁决和调解办法 第八十三条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
    {
      id: 'adj.litigation',
      label: { zh: '当事人起诉期限', en: 'Period to sue against the decision' },
      versions: [
        {
          from: '2021-06-01',
          amount: 15,
          unit: 'calendar_days',
          basis: '专利法（2020）第六十五条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
  ],
  triage: [
    {
      // The green channel is for major disputes; the basis is 裁决办法's fast handling of major
      // cases and local green-channel rules — marked unconfirmed until the national text is read.
      id: 'green_channel',
      procedure: 'green_channel',
      explain: {
        zh: '重大、复杂或社会影响较大的纠纷，或涉案金额在五百万元以上，进入绿色通道优先办理',
        en: 'Major disputes (or ≥ ¥5M) take the green channel',
      },
      basis: '专利纠纷行政裁决和调解办法 第三十七条；地方绿色通道规定（待核实）',
      when: (view) => view.facts['major'] === true || num(view.facts['claimAmount']) >= 5_000_000,
    },
    {
      id: 'simple',
      procedure: 'simple',
      explain: {
        zh: '事实清楚、权利义务关系明确、争议不大（单一专利、单一被请求人、专利有效），适用简易程序',
        en: 'Clear facts, one patent, one respondent, valid patent: simple procedure',
      },
      basis: '地方专利侵权纠纷行政裁决简易程序规定（待核实）',
      when: (view) =>
        view.rights.length === 1 &&
        view.parties.filter((p) => p.role === 'respondent').length === 1 &&
        num(view.facts['claimAmount']) < 1_000_000 &&
        view.rights.every((r) => (r.verification['right'] as { valid?: boolean } | null)?.valid === true),
    },
    {
      id: 'ordinary',
      procedure: 'ordinary',
      explain: { zh: '其余纠纷适用普通程序', en: 'All other disputes: ordinary procedure' },
      basis: '专利纠纷行政裁决和调解办法 第二十条',
      when: () => true,
    },
  ],
  transitions: [
    {
      id: 'accept',
      label: { zh: '立案受理', en: 'Accept' },
      from: ['requested'],
      to: 'serving',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [OPINION],
      preconditions: [
        hasParty('requester', '请求人'),
        hasParty('respondent', '被请求人'),
        HAS_RIGHT,
        RIGHT_VALID,
      ],
      documents: ['acceptance_notice'],
      effects: [
        { kind: 'assign_case_number' },
        { kind: 'triage' },
        { kind: 'start_deadlines', deadlines: ['adj.case_limit'] },
      ],
    },
    {
      id: 'ask_correction',
      label: { zh: '通知补正', en: 'Ask for corrections' },
      from: ['requested'],
      to: 'correcting',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('corrections', '需补正的内容', 'What to correct', 'textarea'),
        field('deadline', '补正期限', 'Correct by', 'date'),
      ],
      documents: ['correction_notice'],
    },
    {
      id: 'corrected',
      label: { zh: '已补正', en: 'Corrections received' },
      from: ['correcting'],
      to: 'requested',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('correctionNote', '补正情况', 'Corrections received', 'textarea')],
    },
    {
      id: 'refuse',
      label: { zh: '不予受理', en: 'Refuse' },
      from: ['requested', 'correcting'],
      to: 'rejected',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      documents: ['rejection_notice'],
      effects: [{ kind: 'close' }],
      danger: true,
    },
    {
      id: 'serve_respondent',
      label: { zh: '送达答辩通知', en: 'Serve the respondent' },
      from: ['serving'],
      to: 'defence',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('servedOn', '送达日期', 'Served on', 'date')],
      documents: ['defence_notice'],
    },
    {
      id: 'defence_received',
      label: { zh: '收到答辩书', en: 'Defence received' },
      from: ['defence'],
      to: 'preparation',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('defenceSummary', '答辩要点', 'Defence', 'textarea')],
    },
    {
      id: 'defence_period_ends',
      label: { zh: '答辩期满', en: 'Defence period over' },
      from: ['defence'],
      to: 'preparation',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [],
      automatic: true,
    },
    {
      id: 'assign_panel',
      label: { zh: '组成合议组', en: 'Assign the panel' },
      from: ['preparation'],
      to: 'preparation',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field(
          'panelMembers',
          '合议组成员（逗号分隔，三人以上单数）',
          'Panel members (comma-separated, odd, ≥ 3)',
        ),
        optional(field('technicalInvestigatorId', '技术调查官', 'Technical investigator', 'text')),
      ],
      preconditions: [
        {
          id: 'input.panel_size',
          explain: {
            zh: '合议组由三人以上单数组成（裁决办法 第二十条）',
            en: 'The panel has an odd number of at least three',
          },
          holds: (_view, input) => {
            const members = String(input['panelMembers'] ?? '')
              .split(/[,，、]/)
              .filter((m) => m.trim());
            return members.length >= 3 && members.length % 2 === 1;
          },
        },
      ],
      effects: [{ kind: 'hook', name: 'assign_panel' }],
    },
    {
      id: 'schedule_hearing',
      label: { zh: '安排口头审理', en: 'Schedule the oral hearing' },
      from: ['preparation'],
      to: 'hearing_scheduled',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('hearingDate', '口头审理日期', 'Hearing date', 'date'),
        field('hearingPlace', '地点', 'Place'),
        optional(field('evidenceExchange', '证据交换情况', 'Evidence exchange', 'textarea')),
      ],
      preconditions: [
        {
          id: 'panel.assigned',
          explain: { zh: '须先组成合议组', en: 'Assign the panel first' },
          holds: (view) => typeof view.facts['panelMembers'] === 'string',
        },
        dateAtLeastWorkingDaysAhead('hearingDate', 3, '专利纠纷行政裁决和调解办法 第二十六条'),
      ],
      documents: ['hearing_notice'],
      documentValues: () => ({ oralHearing: true }),
    },
    {
      id: 'hearing_held',
      label: { zh: '口头审理结束', en: 'Hearing held' },
      from: ['hearing_scheduled'],
      to: 'deliberation',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('hearingRecord', '口头审理笔录摘要', 'Hearing record', 'textarea')],
    },
    {
      id: 'suspend',
      label: { zh: '中止审理', en: 'Suspend' },
      from: ACTIVE,
      to: 'suspended',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        choice('suspensionGround', '中止事由', 'Ground', [
          ['invalidation_pending', '涉案专利无效宣告请求已被受理', 'Invalidation request accepted'],
          ['party_status', '当事人死亡、丧失行为能力或终止', 'Party status'],
          ['force_majeure', '不可抗力', 'Force majeure'],
          ['dependent_case', '以另案结果为依据', 'Depends on another case'],
        ]),
        optional(field('invalidationRequestNo', '无效宣告请求案件编号', 'Invalidation case number')),
        REASONS,
      ],
      documents: ['suspension_notice'],
      effects: [{ kind: 'pause_clocks' }],
    },
    {
      id: 'resume',
      label: { zh: '恢复审理', en: 'Resume' },
      from: ['suspended'],
      to: '$previous',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('resumptionReason', '恢复理由（如无效宣告审查决定）', 'Why it resumes', 'textarea')],
      documents: ['resumption_notice'],
      effects: [{ kind: 'resume_clocks' }],
    },
    {
      id: 'to_mediation',
      label: { zh: '转入调解', en: 'Hand over to mediation' },
      from: ['preparation', 'deliberation'],
      to: 'mediating',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('mediationOrgId', '调解组织', 'Mediation organization', 'org')],
      effects: [{ kind: 'pause_clocks' }, { kind: 'hook', name: 'open_mediation' }],
    },
    {
      id: 'mediation_failed',
      label: { zh: '调解不成，恢复审理', en: 'Mediation failed: resume' },
      from: ['mediating'],
      to: '$previous',
      permission: HANDLE,
      jurisdiction: 'in_scope',
      fields: [optional(REASONS)],
      effects: [{ kind: 'resume_clocks' }],
    },
    {
      id: 'settled',
      label: { zh: '调解成功结案', en: 'Settled by mediation' },
      from: ['mediating'],
      to: 'closed',
      permission: HANDLE,
      jurisdiction: 'in_scope',
      fields: [optional(field('settlement', '调解结果', 'Settlement', 'textarea'))],
      effects: [{ kind: 'close' }],
    },
    {
      id: 'decide',
      label: { zh: '作出裁决', en: 'Decide' },
      from: ['deliberation'],
      to: 'decided',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        choice('outcome', '裁决结果', 'Outcome', [
          ['infringement_found', '侵权成立', 'Infringement found'],
          ['not_found', '侵权不成立', 'No infringement'],
        ]),
        field('orderToStop', '责令立即停止侵权行为', 'Order to stop', 'boolean'),
        field('reasoning', '裁决理由', 'Reasoning', 'textarea'),
      ],
      preconditions: [
        {
          id: 'input.order_needs_infringement',
          explain: { zh: '侵权不成立时不得责令停止侵权', en: 'No order to stop without infringement' },
          holds: (_view, input) => !(input['orderToStop'] === true && input['outcome'] === 'not_found'),
        },
      ],
      documents: ['adjudication_decision'],
    },
    {
      id: 'serve_decision',
      label: { zh: '送达裁决书', en: 'Serve the decision' },
      from: ['decided'],
      to: 'performance',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('decisionServedOn', '送达日期', 'Served on', 'date')],
    },
    {
      id: 'record_noncompliance',
      label: { zh: '登记不履行裁决', en: 'Record non-compliance' },
      from: ['performance'],
      to: 'performance',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('noncompliance', '不履行情况', 'Non-compliance', 'textarea'),
        choice('partyRole', '不履行方', 'Party', [
          ['respondent', '被请求人', 'Respondent'],
          ['requester', '请求人', 'Requester'],
        ]),
      ],
      preconditions: [
        {
          id: 'order.given',
          explain: { zh: '仅当裁决责令停止侵权时适用', en: 'Only when the decision ordered to stop' },
          holds: (view) => view.facts['orderToStop'] === true,
        },
      ],
      effects: [{ kind: 'hook', name: 'record_noncompliance' }],
    },
    {
      id: 'close',
      label: { zh: '结案', en: 'Close' },
      from: ['performance'],
      to: 'closed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('closingSummary', '结案报告', 'Closing report', 'textarea')],
      documents: ['closing_report'],
      effects: [{ kind: 'close' }],
    },
    {
      id: 'withdraw',
      label: { zh: '请求人撤回请求', en: 'Withdrawn by the requester' },
      from: ['requested', 'correcting', ...ACTIVE],
      to: 'withdrawn',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      effects: [{ kind: 'close' }],
      danger: true,
    },
  ],
};
