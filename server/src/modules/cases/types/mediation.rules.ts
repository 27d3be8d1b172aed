/**
 * 纠纷调解 — mediation of IP disputes by mediation organizations and protection centres, after
 * 人民调解法, 民事诉讼法（2023）第二百零五条 (judicial confirmation), 人民法院在线调解规则 and, for
 * patent-office mediation, 专利纠纷行政裁决和调解办法 第六十五条至第七十条. Sources: docs/case-rules.md.
 */

import { choice, field, optional, REASONS } from '../engine/fields.ts';
import type { CaseTypeRules } from '../engine/rules.ts';
import { hasParty } from './common.ts';

const HANDLE = 'cases.mediation.handle' as const;

export const mediationRules: CaseTypeRules = {
  caseType: 'mediation',
  label: { zh: '知识产权纠纷调解', en: 'IP dispute mediation' },
  initial: 'applied',
  // 知识产权信用管理规定: mediation bodies consult the credit check at intake; a listing does not
  // bar mediation, which is voluntary, but the mediator and the parties should know it.
  intakeChecks: ['credit'],
  handlingOrgKinds: ['mediation_org', 'protection_centre', 'ip_administration', 'market_regulation'],
  readPermission: 'cases.mediation.read',
  intakePermission: HANDLE,
  caseNumber: { series: 'case:mediation', kind: '知调' },
  intakeFields: [
    choice('origin', '来源', 'Origin', [
      ['application', '当事人申请', 'Application by a party'],
      ['court', '法院委派/委托', 'Referred by a court'],
      ['adjudication', '行政裁决中转入', 'From an adjudication'],
      ['enforcement', '行政执法中转入', 'From an enforcement case'],
    ]),
    choice('disputeKind', '纠纷类型', 'Dispute', [
      ['infringement', '侵权纠纷', 'Infringement'],
      ['ownership', '权属纠纷', 'Ownership'],
      ['contract', '合同纠纷', 'Contract'],
      ['remuneration', '职务发明报酬', 'Inventor remuneration'],
    ]),
    field('field', '技术/商品领域', 'Field'),
    field('claims', '调解请求', 'What is asked', 'textarea'),
    optional(field('language', '语言', 'Language')),
  ],
  states: {
    applied: { label: { zh: '申请登记', en: 'Applied' } },
    awaiting_consent: { label: { zh: '征询对方同意', en: 'Awaiting consent' }, deadlines: ['med.consent'] },
    selecting_mediator: { label: { zh: '选定调解员', en: 'Choosing the mediator' } },
    mediating: { label: { zh: '调解中', en: 'Mediating' } },
    agreement_drafted: { label: { zh: '协议待签署', en: 'Agreement to sign' } },
    signed: { label: { zh: '协议已签署', en: 'Agreement signed' }, deadlines: ['med.confirmation'] },
    confirmation_pending: { label: { zh: '司法确认中', en: 'Judicial confirmation pending' } },
    closed: { label: { zh: '调解成功结案', en: 'Closed: settled' }, terminal: true },
    failed: { label: { zh: '调解终止', en: 'Ended without agreement' }, terminal: true },
  },
  deadlines: [
    {
      id: 'med.consent',
      label: { zh: '被申请人答复是否同意调解', en: 'Respondent answers whether it consents' },
      versions: [
        {
          from: '2025-02-01',
          amount: 15,
          unit: 'calendar_days',
          basis: '专利纠纷行政裁决和调解办法 第六十五条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'transition', transition: 'consent_period_ends' },
    },
    {
      id: 'med.time_limit',
      label: { zh: '调解期限', en: 'Mediation time limit' },
      versions: [
        {
          from: '2022-01-01',
          amount: 30,
          unit: 'calendar_days',
          basis: '人民法院在线调解规则 第二十四条（诉前调解）',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
      appliesWhen: (view) =>
        view.facts['origin'] !== 'application' || view.facts['disputeKind'] !== 'ownership',
    },
    {
      id: 'med.time_limit_ownership',
      label: { zh: '权属纠纷调解期限', en: 'Ownership mediation time limit' },
      versions: [
        {
          from: '2025-02-01',
          amount: 2,
          unit: 'months',
          basis: '专利纠纷行政裁决和调解办法 第七十条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'escalate' },
      appliesWhen: (view) =>
        view.facts['origin'] === 'application' && view.facts['disputeKind'] === 'ownership',
    },
    {
      id: 'med.confirmation',
      label: { zh: '申请司法确认期限', en: 'Period to apply for judicial confirmation' },
      versions: [
        {
          from: '2011-01-01',
          amount: 30,
          unit: 'calendar_days',
          basis: '人民调解法 第三十三条',
          confirmed: true,
        },
        {
          from: '2024-01-01',
          amount: 30,
          unit: 'calendar_days',
          basis: '民事诉讼法（2023）第二百零五条；人民调解法 第三十三条',
          confirmed: true,
        },
      ],
      onExpiry: { kind: 'remind' },
    },
  ],
  transitions: [
    {
      id: 'request_consent',
      label: { zh: '送达对方征询意见', en: 'Ask the other party to consent' },
      from: ['applied'],
      to: 'awaiting_consent',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('deliveredOn', '送达日期', 'Delivered on', 'date')],
      preconditions: [hasParty('applicant', '申请人'), hasParty('respondent', '被申请人')],
    },
    {
      id: 'consent_given',
      label: { zh: '对方同意调解', en: 'Consent given' },
      from: ['awaiting_consent'],
      to: 'selecting_mediator',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [optional(field('consentNote', '同意情况', 'Consent', 'textarea'))],
      effects: [
        { kind: 'assign_case_number' },
        { kind: 'start_deadlines', deadlines: ['med.time_limit', 'med.time_limit_ownership'] },
      ],
    },
    {
      id: 'consent_refused',
      label: { zh: '对方不同意调解', en: 'Consent refused' },
      from: ['awaiting_consent'],
      to: 'failed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [REASONS],
      documents: ['mediation_termination'],
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'mediation_ended', afterDocuments: true }],
    },
    {
      id: 'consent_period_ends',
      label: { zh: '答复期满未同意', en: 'No answer in time' },
      from: ['awaiting_consent'],
      to: 'failed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [],
      automatic: true,
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'mediation_ended', afterDocuments: true }],
    },
    {
      id: 'assign_mediator',
      label: { zh: '选定调解员', en: 'Assign the mediator' },
      from: ['selecting_mediator'],
      to: 'mediating',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('mediatorId', '调解员', 'Mediator'),
        choice('chosenBy', '选定方式', 'Chosen by', [
          ['parties', '当事人共同选定', 'The parties'],
          ['platform', '平台推荐、调解组织指定', 'Suggested by the platform'],
        ]),
      ],
      effects: [{ kind: 'hook', name: 'assign_mediator' }],
    },
    {
      id: 'hold_session',
      label: { zh: '记录调解会议', en: 'Record a session' },
      from: ['mediating'],
      to: 'mediating',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('sessionDate', '日期', 'Date', 'date'),
        choice('sessionMode', '方式', 'Mode', [
          ['online', '在线', 'Online'],
          ['in_person', '现场', 'In person'],
        ]),
        optional(
          field('onlineConsent', '各方同意在线调解', 'All parties consent to online mediation', 'boolean'),
        ),
        field('minutes', '调解笔录', 'Minutes', 'textarea'),
      ],
      preconditions: [
        {
          id: 'input.online_consent',
          explain: {
            zh: '在线调解须经各方当事人同意（人民法院在线调解规则 第四条）',
            en: 'Online mediation needs every party’s consent',
          },
          holds: (_view, input) => input['sessionMode'] !== 'online' || input['onlineConsent'] === true,
        },
      ],
    },
    {
      id: 'draft_agreement',
      label: { zh: '制作调解协议', en: 'Draft the agreement' },
      from: ['mediating'],
      to: 'agreement_drafted',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        field('agreementTerms', '协议内容', 'Terms', 'textarea'),
        optional(field('performanceDeadline', '履行期限', 'Performance deadline', 'date')),
      ],
      documents: ['mediation_agreement'],
    },
    {
      id: 'sign_agreement',
      label: { zh: '各方签署协议', en: 'Parties sign' },
      from: ['agreement_drafted'],
      to: 'signed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('signedOn', '签署日期', 'Signed on', 'date'), field('signedBy', '签署人', 'Signed by')],
    },
    {
      id: 'apply_confirmation',
      label: { zh: '申请司法确认', en: 'Apply for judicial confirmation' },
      from: ['signed'],
      to: 'confirmation_pending',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [field('court', '受理法院', 'Court'), field('appliedOn', '申请日期', 'Applied on', 'date')],
      preconditions: [
        {
          // 民诉法解释 第三百五十五条第（五）项: agreements confirming ownership of IP are not accepted.
          id: 'no_ownership_confirmation',
          explain: {
            zh: '涉及知识产权确权的调解协议不予司法确认（民诉法解释 第三百五十五条）',
            en: 'Agreements confirming IP ownership cannot be judicially confirmed',
          },
          holds: (view) => view.facts['disputeKind'] !== 'ownership',
        },
      ],
    },
    {
      id: 'record_confirmation',
      label: { zh: '登记司法确认结果', en: 'Record the court’s ruling' },
      from: ['confirmation_pending'],
      to: 'closed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        choice('confirmationResult', '确认结果', 'Result', [
          ['valid', '裁定有效', 'Valid'],
          ['rejected', '驳回申请', 'Rejected'],
        ]),
        field('rulingNumber', '裁定书文号', 'Ruling number'),
      ],
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'mediation_ended', afterDocuments: true }],
    },
    {
      id: 'close_without_confirmation',
      label: { zh: '结案（不申请司法确认）', en: 'Close without confirmation' },
      from: ['signed'],
      to: 'closed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [optional(field('closingSummary', '结案说明', 'Closing note', 'textarea'))],
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'mediation_ended', afterDocuments: true }],
    },
    {
      id: 'fail',
      label: { zh: '调解不成，终止调解', en: 'End without agreement' },
      from: ['selecting_mediator', 'mediating', 'agreement_drafted'],
      to: 'failed',
      permission: HANDLE,
      jurisdiction: 'handling_org',
      fields: [
        REASONS,
        choice('nextStep', '后续途径', 'Next step', [
          ['adjudication', '请求行政裁决', 'Administrative adjudication'],
          ['litigation', '提起诉讼', 'Litigation'],
          ['none', '无', 'None'],
        ]),
        optional(
          field(
            'adjudicationOrgId',
            '移交的裁决机关（请求行政裁决时）',
            'Adjudicating authority to refer to',
            'org',
          ),
        ),
      ],
      documents: ['mediation_termination'],
      effects: [{ kind: 'close' }, { kind: 'hook', name: 'mediation_ended', afterDocuments: true }],
      danger: true,
    },
  ],
};
