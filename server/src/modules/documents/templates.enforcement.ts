/**
 * Documents of administrative enforcement (行政处罚): filing, the penalty notice and hearing, the
 * decisions. Field keys follow the case engine's forms (violationFacts, fine, reasons, …).
 * Built-in values: {authority} {caseTitle} {caseNumber} {caseRef} {issuedOn} {documentNumber}
 * {addressee} {partyNames} {counterparties}.
 */
import type { DocumentTemplate, TemplateField } from './documents.types.ts';
import {
  APPEAL_FIELDS,
  appealParagraph,
  CONTACT,
  CONTACT_FIELDS,
  FINE_PAYMENT,
  HEARING_RIGHT,
  PENALTY_ENFORCEMENT,
  STATEMENT_RIGHTS,
} from './wording.ts';

const SOURCES = {
  complaint: '投诉',
  report: '举报',
  rights_holder: '权利人请求',
  department: '其他部门移送',
  inspection: '监督检查发现',
};

const FACTS_FIELDS: TemplateField[] = [
  { key: 'violationFacts', label: '违法事实', required: true },
  { key: 'evidence', label: '证据', required: false },
];

// The penalty is stated as its parts: a fine, confiscation, and any other penalty in words.
const PENALTY_ITEMS = (fine: string) => [
  { text: `罚款${fine}` },
  { text: '没收{confiscation}' },
  { text: '{penalty}' },
];

export const ENFORCEMENT_TEMPLATES = {
  filing_approval: {
    title: '立案审批表',
    titleEn: 'Case filing approval form',
    fields: [
      { key: 'source', label: '案件来源', required: true, options: SOURCES },
      { key: 'receivedOn', label: '发现线索或收到材料日期', required: true },
      { key: 'cause', label: '案由', required: false },
      { key: 'summary', label: '简要案情', required: true },
      { key: 'opinion', label: '承办人意见', required: true },
      { key: 'handlers', label: '承办人', required: false },
      { key: 'reviewerOpinion', label: '承办机构审核意见', required: false },
      { key: 'approverOpinion', label: '负责人审批意见', required: false },
    ],
    body: [
      {
        kind: 'rows',
        rows: [
          { label: '案件名称', value: '{caseTitle}' },
          { label: '案件编号', value: '{caseNumber}' },
          { label: '案件来源', value: '{source}' },
          { label: '发现线索或收到材料日期', value: '{receivedOn}' },
          { label: '案由', value: '{cause}' },
        ],
      },
      { kind: 'rights' },
      { kind: 'heading', text: '简要案情' },
      { kind: 'paragraph', text: '{summary}' },
      {
        kind: 'paragraph',
        text:
          '经核查，有证据初步证明当事人存在违反法律、法规、规章的行为，依法应当给予行政处罚，' +
          '属于本部门管辖，且在给予行政处罚的追诉时效内，符合《市场监督管理行政处罚程序规定》规定的立案条件。',
      },
      {
        kind: 'rows',
        rows: [
          { label: '承办人意见', value: '{opinion}' },
          { label: '承办人', value: '{handlers}', blank: true },
          { label: '承办机构审核意见', value: '{reviewerOpinion}', blank: true },
          { label: '负责人审批意见', value: '{approverOpinion}', blank: true },
        ],
      },
    ],
  },

  no_filing_notice: {
    title: '不予立案告知书',
    titleEn: 'Notice of decision not to file a case',
    addressee: 'party',
    addresseeRoles: ['complainant', 'informant', 'requester', 'applicant'],
    fields: [
      { key: 'receivedOn', label: '收到材料日期', required: true },
      { key: 'summary', label: '投诉举报事项', required: false },
      { key: 'reasons', label: '不予立案理由', required: true },
      { key: 'legalBasis', label: '法律依据', required: false },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: '本局于{receivedOn}收到你（单位）提交的投诉举报材料，反映：{summary}。' },
      { kind: 'paragraph', unless: 'summary', text: '本局于{receivedOn}收到你（单位）提交的投诉举报材料。' },
      { kind: 'paragraph', text: '经核查，{reasons}。根据{legalBasis}的规定，本局决定不予立案。' },
      { kind: 'paragraph', unless: 'legalBasis', text: '经核查，{reasons}。本局决定不予立案。' },
      { kind: 'paragraph', text: '特此告知。' },
      ...CONTACT,
    ],
  },

  penalty_notice: {
    title: '行政处罚告知书',
    titleEn: 'Notice of proposed administrative penalty',
    addressee: 'party',
    addresseeRoles: ['respondent', 'party'],
    fields: [
      ...FACTS_FIELDS,
      { key: 'violation', label: '违反的规定', required: false },
      { key: 'legalBasis', label: '处罚依据', required: true },
      { key: 'proposedFine', label: '拟罚款金额（元）', required: false, format: 'money' },
      { key: 'confiscation', label: '拟没收物品', required: false },
      { key: 'penalty', label: '其他拟作出的行政处罚', required: false },
      { key: 'hearingEligible', label: '属于听证范围', required: false },
      ...CONTACT_FIELDS,
    ],
    oneOf: [['proposedFine', 'confiscation', 'penalty']],
    body: [
      { kind: 'paragraph', text: '本局在办理{caseRef}过程中查明：{violationFacts}。' },
      { kind: 'paragraph', text: '以上事实，有{evidence}等证据为证。' },
      { kind: 'paragraph', text: '你（单位）的上述行为违反了{violation}的规定。' },
      {
        kind: 'list',
        items: PENALTY_ITEMS('{proposedFine}'),
        numbering: 'chinese',
        intro: '依据{legalBasis}的规定，本局拟对你（单位）作出如下行政处罚：',
      },
      STATEMENT_RIGHTS,
      HEARING_RIGHT,
      ...CONTACT,
    ],
  },

  hearing_notice: {
    title: '听证通知书',
    titleEn: 'Notice of hearing',
    altTitle: { when: 'oralHearing', title: '口头审理通知书', titleEn: 'Notice of oral hearing' },
    addressee: 'parties',
    fields: [
      { key: 'hearingDate', label: '时间', required: true },
      { key: 'hearingPlace', label: '地点', required: true },
      { key: 'presiding', label: '主持人', required: false },
      { key: 'panelMembers', label: '听证员或合议组成员', required: false },
      { key: 'clerk', label: '记录员', required: false },
      { key: 'oralHearing', label: '口头审理（行政裁决）', required: false },
      ...CONTACT_FIELDS,
    ],
    body: [
      {
        kind: 'paragraph',
        unless: 'oralHearing',
        text: '根据你（单位）的申请，本局定于{hearingDate}在{hearingPlace}就{caseRef}举行听证，请准时出席。',
      },
      {
        kind: 'paragraph',
        when: 'oralHearing',
        text: '本局定于{hearingDate}在{hearingPlace}对{caseRef}进行口头审理，请准时参加。',
      },
      { kind: 'paragraph', indent: false, text: '主持人：{presiding}' },
      { kind: 'paragraph', indent: false, text: '听证员（合议组成员）：{panelMembers}' },
      { kind: 'paragraph', indent: false, text: '记录员：{clerk}' },
      {
        kind: 'paragraph',
        unless: 'oralHearing',
        text:
          '根据《中华人民共和国行政处罚法》第六十四条的规定，你（单位）可以亲自参加听证，也可以委托一至二人代理；' +
          '委托代理人参加的，应当提交授权委托书。你（单位）认为主持人与本案有直接利害关系的，有权申请回避。' +
          '无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局终止听证。',
      },
      {
        kind: 'paragraph',
        when: 'oralHearing',
        text:
          '当事人可以委托代理人参加口头审理，代理人应当提交授权委托书。当事人认为审理人员与本案有利害关系的，' +
          '有权申请回避。无正当理由拒不参加或者未经许可中途退出的，对请求人按撤回请求处理，对被请求人按缺席处理。',
      },
      ...CONTACT,
    ],
  },

  penalty_decision: {
    title: '行政处罚决定书',
    titleEn: 'Administrative penalty decision',
    fields: [
      ...FACTS_FIELDS,
      { key: 'noticeServedOn', label: '告知书送达日期', required: false },
      { key: 'statement', label: '陈述申辩意见', required: false },
      { key: 'hearingRecord', label: '听证情况', required: false },
      { key: 'statementAdoption', label: '陈述申辩采纳情况', required: false },
      { key: 'violation', label: '违反的规定', required: false },
      { key: 'discretion', label: '裁量理由', required: false },
      { key: 'legalBasis', label: '处罚依据', required: true },
      { key: 'fine', label: '罚款金额（元）', required: false, format: 'money' },
      { key: 'confiscation', label: '没收物品', required: false },
      { key: 'penalty', label: '其他行政处罚', required: false },
      { key: 'paymentAccount', label: '缴款账户', required: false },
      ...APPEAL_FIELDS,
    ],
    oneOf: [['fine', 'confiscation', 'penalty']],
    body: [
      { kind: 'paragraph', text: '本局依法对{caseRef}进行了调查。经查：{violationFacts}。' },
      { kind: 'list', key: 'evidence', intro: '上述事实，主要有以下证据证明：' },
      {
        kind: 'paragraph',
        text: '本局于{noticeServedOn}向当事人送达了《行政处罚告知书》，告知了拟作出的行政处罚及当事人依法享有的权利。',
      },
      { kind: 'paragraph', text: '当事人在法定期限内提出了陈述、申辩意见：{statement}。' },
      { kind: 'paragraph', text: '本局依法举行了听证。听证情况：{hearingRecord}。' },
      { kind: 'paragraph', text: '{statementAdoption}。' },
      { kind: 'paragraph', text: '本局认为，当事人的上述行为违反了{violation}的规定。' },
      { kind: 'paragraph', text: '{discretion}。' },
      {
        kind: 'list',
        items: PENALTY_ITEMS('{fine}'),
        numbering: 'chinese',
        intro: '依据{legalBasis}的规定，本局决定对当事人作出如下行政处罚：',
      },
      ...FINE_PAYMENT,
      appealParagraph('行政处罚决定'),
      PENALTY_ENFORCEMENT,
    ],
  },

  no_penalty_decision: {
    title: '不予行政处罚决定书',
    titleEn: 'Decision not to impose an administrative penalty',
    fields: [
      ...FACTS_FIELDS,
      { key: 'reasons', label: '不予处罚理由', required: true },
      { key: 'legalBasis', label: '法律依据', required: true },
      { key: 'correction', label: '责令改正内容', required: false },
      ...APPEAL_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: '本局依法对{caseRef}进行了调查。经查：{violationFacts}。' },
      { kind: 'list', key: 'evidence', intro: '上述事实，主要有以下证据证明：' },
      {
        kind: 'paragraph',
        text: '本局认为，{reasons}。依据{legalBasis}的规定，本局决定对当事人不予行政处罚。',
      },
      { kind: 'paragraph', text: '同时，责令当事人{correction}。' },
      appealParagraph('决定'),
    ],
  },
} satisfies Record<string, DocumentTemplate>;
