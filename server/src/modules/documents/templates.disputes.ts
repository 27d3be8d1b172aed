/**
 * Documents of dispute handling (专利侵权纠纷行政裁决, 调解): acceptance, correction, the respondent's
 * copy, the decision, the mediation agreement and its termination. Field keys follow the case
 * engine's forms (receivedOn, claims, reasons, agreementTerms, …).
 */
import type { DocumentTemplate } from './documents.types.ts';
import {
  ADJUDICATION_APPEAL,
  ATTACHMENTS,
  ATTACHMENTS_FIELD,
  CONTACT,
  CONTACT_FIELDS,
  JUDICIAL_CONFIRMATION,
} from './wording.ts';

const RECEIVED = '你（单位）于{receivedOn}提交的关于{caseTitle}的请求书及有关材料，本局已收悉。';
const REQUESTERS = ['requester', 'applicant'];
const DISPUTE_KINDS = {
  infringement: '侵权纠纷',
  ownership: '权属纠纷',
  contract: '合同纠纷',
  remuneration: '职务发明奖励报酬纠纷',
};

export const DISPUTE_TEMPLATES = {
  acceptance_notice: {
    title: '受理通知书',
    titleEn: 'Notice of acceptance',
    addressee: 'party',
    addresseeRoles: REQUESTERS,
    fields: [
      { key: 'receivedOn', label: '收到请求日期', required: true },
      { key: 'acceptedOn', label: '受理日期', required: false, fallback: '{issuedOn}' },
      { key: 'handlers', label: '承办人员', required: false },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: RECEIVED },
      { kind: 'paragraph', text: '经审查，该请求符合受理条件，本局决定自{acceptedOn}起予以受理。' },
      { kind: 'paragraph', text: '本案案件编号为{caseNumber}。' },
      { kind: 'paragraph', text: '本案承办人员为{handlers}。' },
      { kind: 'rights' },
      {
        kind: 'paragraph',
        text:
          '本局将依法把请求书副本及有关材料送达被请求人。在本案办理过程中，请你（单位）如实陈述事实、' +
          '提供证据，遵守办案秩序；联系方式等情况发生变化的，请及时告知本局。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  rejection_notice: {
    title: '不予受理通知书',
    titleEn: 'Notice of non-acceptance',
    addressee: 'party',
    addresseeRoles: REQUESTERS,
    fields: [
      { key: 'receivedOn', label: '收到请求日期', required: true },
      { key: 'reasons', label: '不予受理理由', required: true },
      { key: 'legalBasis', label: '法律依据', required: false },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: RECEIVED },
      {
        kind: 'paragraph',
        text: '经审查，{reasons}，不符合受理条件。根据{legalBasis}的规定，本局决定不予受理。',
      },
      {
        kind: 'paragraph',
        unless: 'legalBasis',
        text: '经审查，{reasons}，不符合受理条件，本局决定不予受理。',
      },
      {
        kind: 'paragraph',
        text:
          '你（单位）如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，' +
          '或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  correction_notice: {
    title: '补正通知书',
    titleEn: 'Notice to supplement or correct materials',
    addressee: 'party',
    addresseeRoles: REQUESTERS,
    fields: [
      { key: 'receivedOn', label: '收到请求日期', required: true },
      { key: 'corrections', label: '需补正的内容', required: true },
      { key: 'deadline', label: '补正期限', required: true },
      ...CONTACT_FIELDS,
    ],
    body: [
      { kind: 'paragraph', text: RECEIVED },
      { kind: 'list', key: 'corrections', intro: '经审查，所提交的材料尚需补正以下内容：' },
      {
        kind: 'paragraph',
        text: '请你（单位）于{deadline}前补正并提交本局。逾期未补正或者补正后仍不符合要求的，本局将依法不予受理。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },

  defence_notice: {
    title: '答辩通知书',
    titleEn: 'Notice to submit a defence',
    addressee: 'party',
    addresseeRoles: ['respondent'],
    fields: [
      { key: 'acceptedOn', label: '受理日期', required: false },
      { key: 'foreignRespondent', label: '被请求人在境内无固定住所', required: false },
      { key: 'copies', label: '答辩书份数', required: false },
      ATTACHMENTS_FIELD,
      ...CONTACT_FIELDS,
    ],
    body: [
      {
        kind: 'paragraph',
        text: '{counterparties}就{caseRef}向本局提出处理请求，本局已于{acceptedOn}依法受理。',
      },
      {
        kind: 'paragraph',
        unless: 'acceptedOn',
        text: '{counterparties}就{caseRef}向本局提出处理请求，本局已依法受理。',
      },
      { kind: 'paragraph', text: '现将请求书副本及有关证据材料送达你（单位）。' },
      { kind: 'rights' },
      {
        kind: 'paragraph',
        unless: 'foreignRespondent',
        text: '请你（单位）自收到本通知书之日起十五日内向本局提交答辩书及有关证据材料。',
      },
      {
        kind: 'paragraph',
        when: 'foreignRespondent',
        text: '你（单位）在中华人民共和国境内没有固定住所，请自收到本通知书之日起三十日内向本局提交答辩书及有关证据材料。',
      },
      { kind: 'paragraph', text: '答辩书一式{copies}份。' },
      { kind: 'paragraph', text: '逾期不提交答辩书的，不影响本局依法处理。' },
      { kind: 'paragraph', text: '特此通知。' },
      ATTACHMENTS,
      ...CONTACT,
    ],
  },

  adjudication_decision: {
    title: '专利侵权纠纷行政裁决书',
    titleEn: 'Administrative decision on a patent infringement dispute',
    fields: [
      { key: 'acceptedOn', label: '受理日期', required: false },
      { key: 'proceedings', label: '审理经过', required: false },
      { key: 'claims', label: '请求人的请求及理由', required: true },
      { key: 'defenceSummary', label: '被请求人答辩意见', required: false },
      { key: 'hearingRecord', label: '口头审理情况', required: false },
      { key: 'findings', label: '审理查明的事实', required: false },
      { key: 'reasoning', label: '本局认为', required: true },
      {
        key: 'legalBasis',
        label: '法律依据',
        required: false,
        fallback: '《中华人民共和国专利法》第六十五条',
      },
      { key: 'outcome', label: '裁决结果（infringement_found / not_found）', required: false },
      { key: 'orderToStop', label: '责令立即停止侵权行为', required: false },
      { key: 'decision', label: '裁决内容（逐项）', required: false },
      { key: 'panelMembers', label: '合议组成员', required: false },
    ],
    oneOf: [['outcome', 'decision']],
    body: [
      { kind: 'paragraph', text: '{caseTitle}一案，本局于{acceptedOn}受理后，依法进行了审理。' },
      { kind: 'paragraph', unless: 'acceptedOn', text: '{caseTitle}一案，本局受理后，依法进行了审理。' },
      { kind: 'paragraph', text: '{proceedings}。' },
      { kind: 'paragraph', text: '本案现已审理终结。' },
      { kind: 'rights' },
      { kind: 'heading', text: '请求人称' },
      { kind: 'paragraph', text: '{claims}' },
      { kind: 'heading', text: '被请求人辩称', when: 'defenceSummary' },
      { kind: 'paragraph', text: '{defenceSummary}' },
      { kind: 'paragraph', unless: 'defenceSummary', text: '被请求人在规定期限内未提交答辩意见。' },
      { kind: 'heading', text: '口头审理情况', when: 'hearingRecord' },
      { kind: 'paragraph', text: '{hearingRecord}' },
      { kind: 'heading', text: '经审理查明', when: 'findings' },
      { kind: 'paragraph', text: '{findings}' },
      { kind: 'heading', text: '本局认为' },
      { kind: 'paragraph', text: '{reasoning}' },
      {
        kind: 'list',
        key: 'decision',
        items: [
          {
            text: '被请求人的被控侵权行为构成对涉案专利权的侵犯。',
            unless: 'decision',
            when: 'outcome=infringement_found',
          },
          { text: '责令被请求人立即停止侵权行为。', unless: 'decision', when: 'orderToStop' },
          { text: '驳回请求人的处理请求。', unless: 'decision', when: 'outcome=not_found' },
        ],
        numbering: 'chinese',
        intro: '依照{legalBasis}的规定，裁决如下：',
      },
      ADJUDICATION_APPEAL,
      { kind: 'paragraph', indent: false, text: '合议组成员：{panelMembers}' },
    ],
  },

  mediation_agreement: {
    title: '调解协议书',
    titleEn: 'Mediation agreement',
    fields: [
      { key: 'disputeKind', label: '纠纷类型', required: false, options: DISPUTE_KINDS },
      { key: 'claims', label: '纠纷主要事实及调解请求', required: true },
      { key: 'agreementTerms', label: '协议内容', required: true },
      { key: 'performanceDeadline', label: '履行期限', required: false },
      { key: 'copies', label: '协议份数', required: false },
      { key: 'mediator', label: '调解员', required: false },
    ],
    body: [
      { kind: 'paragraph', indent: false, text: '纠纷类型：{disputeKind}' },
      { kind: 'rights' },
      { kind: 'heading', text: '纠纷主要事实及调解请求' },
      { kind: 'paragraph', text: '{claims}' },
      {
        kind: 'list',
        key: 'agreementTerms',
        numbering: 'chinese',
        intro: '就{caseRef}，经本局主持调解，双方当事人在自愿、合法的基础上达成如下协议：',
      },
      { kind: 'paragraph', text: '各方应当于{performanceDeadline}前履行本协议约定的义务。' },
      { kind: 'paragraph', text: '本协议自双方当事人签字（盖章）之日起生效。' },
      { kind: 'paragraph', text: '本协议一式{copies}份，双方当事人各执一份，本局留存一份，具有同等效力。' },
      // Agreements confirming IP ownership are not open to judicial confirmation (民诉法解释 第三百五十五条).
      { ...JUDICIAL_CONFIRMATION, unless: 'disputeKind=ownership' },
      { kind: 'signatures', extra: [{ label: '调解员', value: '{mediator}' }] },
    ],
  },

  mediation_termination: {
    title: '调解终止通知书',
    titleEn: 'Notice of termination of mediation',
    addressee: 'parties',
    fields: [
      { key: 'acceptedOn', label: '受理日期', required: false },
      { key: 'reasons', label: '终止调解理由', required: true },
      ...CONTACT_FIELDS,
    ],
    body: [
      {
        kind: 'paragraph',
        text: '本局于{acceptedOn}受理的{caseRef}，在调解过程中，{reasons}，未能达成调解协议。本局决定终止调解。',
      },
      {
        kind: 'paragraph',
        unless: 'acceptedOn',
        text: '本局受理的{caseRef}，在调解过程中，{reasons}，未能达成调解协议。本局决定终止调解。',
      },
      {
        kind: 'paragraph',
        text: '当事人可以依法请求行政裁决，或者依照《中华人民共和国民事诉讼法》向人民法院起诉。',
      },
      { kind: 'paragraph', text: '特此通知。' },
      ...CONTACT,
    ],
  },
} satisfies Record<string, DocumentTemplate>;
