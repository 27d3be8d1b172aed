/**
 * Standard wording that the law requires a document to carry, kept in one place so that every
 * template cites the same articles the same way. Fields used here are declared by the templates.
 */
import type { Block, TemplateField } from './documents.types.ts';

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

const PENALTY_LAW = '《中华人民共和国行政处罚法》';

/** 行政处罚告知书: the right to state and defend within five working days (处罚法 62–64, 程序规定 57). */
export const STATEMENT_RIGHTS: Block = {
  kind: 'paragraph',
  text:
    `根据${PENALTY_LAW}第六十二条、第六十三条、第六十四条和《市场监督管理行政处罚程序规定》第五十七条的规定，` +
    '你（单位）享有陈述、申辩的权利，可以自收到本告知书之日起五个工作日内向本局提出陈述、申辩意见，' +
    '并提交相关证据材料。逾期未提出陈述、申辩意见的，视为放弃此权利。',
};

/** Shown only when the proposed penalty is one that entitles the party to a hearing (处罚法 63). */
export const HEARING_RIGHT: Block = {
  kind: 'paragraph',
  when: 'hearingEligible',
  text:
    '本局拟作出的行政处罚属于听证范围，你（单位）有权要求举行听证。要求听证的，' +
    '应当自收到本告知书之日起五个工作日内向本局提出；逾期未提出的，视为放弃听证权利。',
};

/** Review and litigation (复议法: sixty days; 诉讼法 46: six months); names the bodies of the case. */
export function appealParagraph(decision: string): Block {
  return {
    kind: 'paragraph',
    text:
      `当事人如不服本${decision}，可以自收到本决定书之日起六十日内依照《中华人民共和国行政复议法》的规定` +
      '向{reviewBody}申请行政复议，或者自收到本决定书之日起六个月内依照《中华人民共和国行政诉讼法》的规定' +
      '向{court}提起行政诉讼。',
  };
}

// Named when known; else the wording still gives the route and the period, as 处罚法 第五十九条 asks.
export const APPEAL_FIELDS: TemplateField[] = [
  { key: 'reviewBody', label: '行政复议机关', required: false, fallback: '行政复议机关' },
  { key: 'court', label: '管辖人民法院', required: false, fallback: '有管辖权的人民法院' },
];

/** Payment of the fine (field `fine`) within fifteen days and the 3% daily surcharge (处罚法 67, 72). */
export const FINE_PAYMENT: Block[] = [
  {
    kind: 'paragraph',
    text:
      `根据${PENALTY_LAW}第六十七条的规定，当事人应当自收到本决定书之日起十五日内，` +
      '将罚款{fine}缴至{paymentAccount}。',
  },
  {
    kind: 'paragraph',
    unless: 'paymentAccount',
    text:
      `根据${PENALTY_LAW}第六十七条的规定，当事人应当自收到本决定书之日起十五日内，` +
      '到指定的银行或者通过电子支付系统缴纳罚款{fine}。',
  },
  {
    kind: 'paragraph',
    when: 'fine',
    text: `到期不缴纳罚款的，本局可以依照${PENALTY_LAW}第七十二条的规定，每日按罚款数额的百分之三加处罚款。`,
  },
];

/** Enforcement does not stop during review or litigation (处罚法 73), and what follows inaction. */
export const PENALTY_ENFORCEMENT: Block = {
  kind: 'paragraph',
  text:
    '申请行政复议或者提起行政诉讼期间，本行政处罚决定不停止执行，法律另有规定的除外。' +
    '逾期不申请行政复议、不提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。',
};

/** 专利法 第六十五条: fifteen days to sue under the administrative litigation law. */
export const ADJUDICATION_APPEAL: Block = {
  kind: 'paragraph',
  text:
    '根据《中华人民共和国专利法》第六十五条的规定，当事人不服本裁决的，' +
    '可以自收到本裁决书之日起十五日内依照《中华人民共和国行政诉讼法》向人民法院起诉；' +
    '侵权人期满不起诉又不停止侵权行为的，本局可以申请人民法院强制执行。',
};

/** 人民调解法 第三十三条, 民事诉讼法 第二百零五条: judicial confirmation within thirty days. */
export const JUDICIAL_CONFIRMATION: Paragraph = {
  kind: 'paragraph',
  text:
    '根据《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》第二百零五条的规定，' +
    '双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。',
};

/** Whom to contact about the document, each line when given. */
export const CONTACT: Block[] = [
  { kind: 'paragraph', indent: false, text: '联系人：{contactPerson}' },
  { kind: 'paragraph', indent: false, text: '联系电话：{contactPhone}' },
  { kind: 'paragraph', indent: false, text: '联系地址：{contactAddress}' },
];

export const CONTACT_FIELDS: TemplateField[] = [
  { key: 'contactPerson', label: '联系人', required: false },
  { key: 'contactPhone', label: '联系电话', required: false },
  { key: 'contactAddress', label: '联系地址', required: false },
];

/** A list of attached materials, when given. */
export const ATTACHMENTS: Block = { kind: 'list', key: 'attachments', intro: '附件：' };
export const ATTACHMENTS_FIELD: TemplateField = { key: 'attachments', label: '附件', required: false };
