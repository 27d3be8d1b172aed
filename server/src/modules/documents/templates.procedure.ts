/**
 * Documents of the procedure around a case: letters to other authorities (transfer, assistance,
 * supervision), suspension and resumption, and the closing report.
 */
import type { DocumentTemplate } from './documents.types.ts';
import { ATTACHMENTS, ATTACHMENTS_FIELD, CONTACT, CONTACT_FIELDS } from './wording.ts';

const SUSPENSION_GROUNDS = {
  invalidation_pending: '涉案专利的无效宣告请求已被受理',
  party_status: '当事人死亡、丧失行为能力或者终止，尚未确定权利义务承继人',
  force_majeure: '因不可抗力不能继续办理',
  dependent_case: '本案须以另案的审理结果为依据，而另案尚未审结',
};

export const PROCEDURE_TEMPLATES = {
  transfer_letter: {
    title: '案件移送函',
    titleEn: 'Letter transferring a case',
    altTitle: {
      when: 'suspectedCrime',
      title: '涉嫌犯罪案件移送书',
      titleEn: 'Transfer of a suspected criminal case',
    },
    addressee: 'recipient',
    fields: [
      { key: 'recipient', label: '受移送机关', required: true },
      { key: 'suspectedCrime', label: '涉嫌罪名（移送公安机关时）', required: false },
      { key: 'illegalAmount', label: '违法经营额（元）', required: false, format: 'money' },
      { key: 'reasons', label: '移送理由', required: true },
      { key: 'legalBasis', label: '法律依据', required: false },
      ATTACHMENTS_FIELD,
      ...CONTACT_FIELDS,
    ],
    body: [
      {
        kind: 'paragraph',
        when: 'suspectedCrime',
        text:
          '本局在查处{caseRef}过程中发现，{reasons}，涉嫌{suspectedCrime}，依法需要追究刑事责任。' +
          '根据《行政执法机关移送涉嫌犯罪案件的规定》第三条的规定，现将该案移送你单位，' +
          '请依法审查，并将立案或者不予立案的决定书面告知本局。',
      },
      { kind: 'paragraph', when: 'suspectedCrime', text: '经初步查明，违法经营额为{illegalAmount}。' },
      {
        kind: 'paragraph',
        unless: 'suspectedCrime',
        text: '本局在办理{caseRef}过程中发现，{reasons}。根据{legalBasis}的规定，现将该案移送你单位依法处理。',
      },
      {
        kind: 'paragraph',
        unless: ['suspectedCrime', 'legalBasis'],
        text: '本局在办理{caseRef}过程中发现，{reasons}。现将该案移送你单位依法处理。',
      },
      { kind: 'rights' },
      { kind: 'paragraph', unless: 'suspectedCrime', text: '请将处理结果函告本局。' },
      ATTACHMENTS,
      ...CONTACT,
    ],
  },

  assistance_letter: {
    title: '协助调查函',
    titleEn: 'Request for assistance in investigation',
    addressee: 'recipient',
    fields: [
      { key: 'recipient', label: '被请求协助单位', required: true },
      { key: 'matters', label: '协助调查事项', required: true },
      { key: 'legalBasis', label: '法律依据', required: false },
      { key: 'dueOn', label: '回复期限', required: false },
      ATTACHMENTS_FIELD,
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'list', key: 'matters', intro: '本局在办理{caseRef}过程中，需要你单位协助调查以下事项：' },
      { kind: 'rights' },
      { kind: 'paragraph', text: '根据{legalBasis}的规定，请予协助。' },
      { kind: 'paragraph', text: '请于{dueOn}前将协查结果函复本局。' },
      { kind: 'paragraph', unless: 'dueOn', text: '请及时将协查结果函复本局。' },
      { kind: 'paragraph', text: '感谢支持与配合。' },
      ATTACHMENTS,
      ...CONTACT,
    ],
  },

  supervision_notice: {
    title: '督办通知书',
    titleEn: 'Notice of supervision of a case',
    addressee: 'recipient',
    fields: [
      { key: 'recipient', label: '承办单位', required: true },
      { key: 'reasons', label: '督办事由', required: true },
      { key: 'requirements', label: '督办要求', required: true },
      { key: 'reportBy', label: '报告期限', required: true },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: '{caseRef}，{reasons}。为依法及时查处，本局决定对该案进行督办。' },
      { kind: 'rights' },
      { kind: 'list', key: 'requirements', numbering: 'chinese', intro: '现就有关事项通知如下：' },
      {
        kind: 'paragraph',
        text: '请于{reportBy}前将案件办理情况书面报告本局；案件办结后，请及时报送结案报告。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  suspension_notice: {
    title: '中止通知书',
    titleEn: 'Notice of suspension',
    addressee: 'parties',
    fields: [
      { key: 'suspensionGround', label: '中止事由', required: false, options: SUSPENSION_GROUNDS },
      { key: 'invalidationRequestNo', label: '无效宣告请求案件编号', required: false },
      { key: 'reasons', label: '中止理由', required: true },
      { key: 'legalBasis', label: '法律依据', required: false },
      { key: 'suspendedOn', label: '中止日期', required: false, fallback: '{issuedOn}' },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: '在办理{caseRef}过程中，因{suspensionGround}，{reasons}。' },
      { kind: 'paragraph', unless: 'suspensionGround', text: '在办理{caseRef}过程中，{reasons}。' },
      { kind: 'paragraph', text: '无效宣告请求案件编号：{invalidationRequestNo}。' },
      { kind: 'paragraph', text: '根据{legalBasis}的规定，本局决定自{suspendedOn}起中止办理本案。' },
      { kind: 'paragraph', unless: 'legalBasis', text: '本局决定自{suspendedOn}起中止办理本案。' },
      {
        kind: 'paragraph',
        text: '中止期间不计入案件办理期限。中止原因消除后，本局将恢复办理，并书面通知你（单位）。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  resumption_notice: {
    title: '恢复审理通知书',
    titleEn: 'Notice of resumption',
    addressee: 'parties',
    fields: [
      { key: 'suspendedOn', label: '中止日期', required: false },
      { key: 'resumptionReason', label: '恢复理由', required: true },
      { key: 'resumedOn', label: '恢复日期', required: false, fallback: '{issuedOn}' },
      ...CONTACT_FIELDS,
    ],
    body: [
      {
        kind: 'paragraph',
        text: '本局于{suspendedOn}中止办理的{caseRef}，{resumptionReason}，中止原因已经消除。',
      },
      {
        kind: 'paragraph',
        unless: 'suspendedOn',
        text: '本局中止办理的{caseRef}，{resumptionReason}，中止原因已经消除。',
      },
      {
        kind: 'paragraph',
        text: '本局决定自{resumedOn}起恢复审理，案件办理期限自恢复之日起继续计算。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  closing_report: {
    title: '结案审批表',
    titleEn: 'Case closing approval form',
    fields: [
      { key: 'filedOn', label: '立案（受理）日期', required: false },
      { key: 'cause', label: '案由', required: false },
      { key: 'outcomeSummary', label: '处理结果', required: false },
      { key: 'executionResult', label: '执行情况', required: false },
      { key: 'closingSummary', label: '结案报告', required: true },
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
          { label: '立案（受理）日期', value: '{filedOn}' },
          { label: '案由', value: '{cause}' },
        ],
      },
      { kind: 'rights' },
      {
        kind: 'rows',
        rows: [
          { label: '处理结果', value: '{outcomeSummary}' },
          { label: '执行情况', value: '{executionResult}' },
          { label: '结案报告', value: '{closingSummary}' },
          { label: '承办人', value: '{handlers}', blank: true },
          { label: '承办机构审核意见', value: '{reviewerOpinion}', blank: true },
          { label: '负责人审批意见', value: '{approverOpinion}', blank: true },
        ],
      },
    ],
  },
} satisfies Record<string, DocumentTemplate>;
