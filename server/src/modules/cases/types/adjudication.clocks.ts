/**
 * The clocks and the triage of patent infringement adjudication: statutory periods with their
 * articles (专利纠纷行政裁决和调解办法 2025; 专利行政执法办法 2015 for earlier requests) and the
 * rules that choose the simple, ordinary or green-channel procedure.
 */
import type { DeadlineRule, TriageRule } from '../engine/rules.ts';
import { num } from './common.ts';

export const ADJUDICATION_DEADLINES: DeadlineRule[] = [
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
];

export const ADJUDICATION_TRIAGE: TriageRule[] = [
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
];
