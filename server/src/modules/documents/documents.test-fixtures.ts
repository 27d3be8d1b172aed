/** A filled-in input for every template, for the documents tests (not used by the server). */
import type { DocumentInput, DocumentParty, DocumentTemplateId, FieldValue } from './documents.types.ts';

export const AUTHORITY = { name: '深圳市南山区市场监督管理局', regionName: '南山区' };

const COMPANY: DocumentParty = {
  role: 'respondent',
  name: '深圳市星河智联科技有限公司',
  uscc: '91440300MA5G8U3Q2X',
  address: '深圳市南山区粤海街道科技园南区R2-B栋5楼',
  representative: '李明',
};
const COMPLAINANT: DocumentParty = {
  role: 'complainant',
  name: '王小红',
  idNumberMasked: '4403**********1234',
};
const REQUESTER: DocumentParty = {
  role: 'requester',
  name: '广州鸿图光电股份有限公司',
  uscc: '91440101MA59ABCD1K',
  address: '广州市黄埔区科学大道18号',
  representative: '陈刚',
};
const AGENT: DocumentParty = { role: 'agent', name: '赵律师（广东知衡律师事务所）' };
const APPLICANT: DocumentParty = { ...REQUESTER, role: 'applicant' };
const MEDIATION_RESPONDENT: DocumentParty = { ...COMPANY, role: 'respondent' };

export const ENFORCEMENT_PARTIES = [COMPANY, COMPLAINANT];
export const ADJUDICATION_PARTIES = [REQUESTER, AGENT, COMPANY];
export const MEDIATION_PARTIES = [APPLICANT, MEDIATION_RESPONDENT];

const PATENT = {
  type: 'patent',
  number: 'ZL202010123456.7',
  title: '一种基于边缘计算的图像识别方法',
  status: 'valid',
};
const TRADEMARK = { type: 'trademark', number: '12345678', title: '星耀', status: 'valid' };
const CONTACT = { contactPerson: '张执法', contactPhone: '0755-26660000' };

type Sample = { parties: DocumentParty[]; fields: Record<string, FieldValue> };

const FACTS =
  '当事人于2025年10月至2026年1月期间，在其经营场所销售侵犯第12345678号注册商标专用权的蓝牙耳机共计320副';

export const SAMPLES: Record<DocumentTemplateId, Sample> = {
  filing_approval: {
    parties: [COMPANY],
    fields: {
      source: 'complaint',
      receivedOn: '2026-02-10',
      cause: '涉嫌销售侵犯注册商标专用权的商品',
      summary: '投诉人反映当事人销售假冒注册商标的蓝牙耳机。',
      opinion: '建议立案调查。',
      handlers: ['张执法', '刘办案'],
    },
  },
  no_filing_notice: {
    parties: ENFORCEMENT_PARTIES,
    fields: {
      receivedOn: '2026-02-10',
      summary: '当事人销售侵权耳机',
      reasons: '现有材料不能证明存在违法行为',
      ...CONTACT,
    },
  },
  acceptance_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: { receivedOn: '2026-02-20', acceptedOn: '2026-02-25', handlers: '张审理、刘审理、周审理' },
  },
  rejection_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: { receivedOn: '2026-02-20', reasons: '请求人已就同一专利侵权纠纷向人民法院起诉' },
  },
  correction_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: {
      receivedOn: '2026-02-20',
      corrections: '1. 专利权有效的证明\n2. 被请求人的主体资格证明',
      deadline: '2026-03-10',
    },
  },
  defence_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: { acceptedOn: '2026-02-25', attachments: ['请求书副本', '证据材料复印件'] },
  },
  penalty_notice: {
    parties: ENFORCEMENT_PARTIES,
    fields: {
      violationFacts: FACTS,
      evidence: ['现场检查笔录', '询问笔录', '商标权利人鉴定意见'],
      violation: '《中华人民共和国商标法》第五十七条第（三）项',
      legalBasis: '《中华人民共和国商标法》第六十条第二款',
      proposedFine: 150000,
      confiscation: '侵权蓝牙耳机320副',
      hearingEligible: true,
      ...CONTACT,
    },
  },
  hearing_notice: {
    parties: ENFORCEMENT_PARTIES.slice(0, 1),
    fields: {
      hearingDate: '2026-03-20 09:30',
      hearingPlace: '本局三楼听证室',
      presiding: '黄主持',
      clerk: '林记录',
    },
  },
  penalty_decision: {
    parties: [COMPANY],
    fields: {
      violationFacts: FACTS,
      evidence: ['现场检查笔录', '询问笔录'],
      noticeServedOn: '2026-03-06',
      statement: '当事人称系初次违法，请求从轻处罚',
      violation: '《中华人民共和国商标法》第五十七条第（三）项',
      legalBasis: '《中华人民共和国商标法》第六十条第二款',
      fine: 150000,
      confiscation: '侵权蓝牙耳机320副',
      reviewBody: '深圳市南山区人民政府',
      court: '深圳市南山区人民法院',
    },
  },
  no_penalty_decision: {
    parties: [COMPANY],
    fields: {
      violationFacts: '当事人销售侵权耳机5副，货值金额300元',
      reasons: '当事人初次违法且危害后果轻微并及时改正',
      legalBasis: '《中华人民共和国行政处罚法》第三十三条第一款',
    },
  },
  transfer_letter: {
    parties: [COMPANY],
    fields: {
      recipient: '深圳市公安局南山分局',
      suspectedCrime: '销售假冒注册商标的商品罪',
      illegalAmount: 86000,
      reasons: '当事人销售明知是假冒注册商标的商品，销售金额较大',
      attachments: ['案件调查报告', '涉案物品清单'],
    },
  },
  assistance_letter: {
    parties: [COMPANY],
    fields: {
      recipient: '深圳市福田区市场监督管理局',
      matters: ['核实当事人在福田区仓库的库存情况', '调取相关进货单据'],
      dueOn: '2026-03-31',
      ...CONTACT,
    },
  },
  supervision_notice: {
    parties: [COMPANY],
    fields: {
      recipient: '深圳市南山区市场监督管理局',
      reasons: '涉案金额较大，社会影响较大',
      requirements: ['依法从快查处', '及时报送办理进展'],
      reportBy: '2026-04-30',
    },
  },
  suspension_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: {
      suspensionGround: 'invalidation_pending',
      invalidationRequestNo: '4W123456',
      reasons: '被请求人已就涉案专利向国家知识产权局提出无效宣告请求',
      suspendedOn: '2026-03-12',
    },
  },
  resumption_notice: {
    parties: ADJUDICATION_PARTIES,
    fields: { suspendedOn: '2026-03-12', resumptionReason: '国家知识产权局已作出维持专利权有效的审查决定' },
  },
  adjudication_decision: {
    parties: ADJUDICATION_PARTIES,
    fields: {
      acceptedOn: '2026-02-25',
      claims:
        '请求人认为被请求人制造、销售的图像识别模组落入涉案专利权利要求1的保护范围，请求责令其停止侵权。',
      defenceSummary: '被请求人辩称其产品采用现有技术。',
      findings: '被控侵权产品包含涉案专利权利要求1的全部技术特征。',
      reasoning: '被请求人的现有技术抗辩不能成立，其行为构成侵权。',
      legalBasis: '《中华人民共和国专利法》第十一条、第六十五条',
      outcome: 'infringement_found',
      orderToStop: true,
      panelMembers: '张审理、刘审理、周审理',
    },
  },
  mediation_agreement: {
    parties: MEDIATION_PARTIES,
    fields: {
      disputeKind: 'infringement',
      claims: '申请人主张被申请人销售的产品侵犯其专利权，请求赔偿损失。',
      agreementTerms: '被申请人于2026年4月30日前向申请人支付赔偿金人民币80,000元\n被申请人停止销售涉案产品',
      performanceDeadline: '2026-04-30',
      copies: 3,
      mediator: '孙调解',
    },
  },
  mediation_termination: {
    parties: MEDIATION_PARTIES,
    fields: { acceptedOn: '2026-02-01', reasons: '双方对赔偿数额分歧较大' },
  },
  closing_report: {
    parties: [COMPANY],
    fields: {
      filedOn: '2026-02-12',
      cause: '销售侵犯注册商标专用权的商品',
      outcomeSummary: '罚款人民币150,000元，没收侵权商品',
      executionResult: '当事人已于2026年4月1日缴清罚款',
      closingSummary: '行政处罚决定已执行完毕，建议结案。',
    },
  },
};

const NUMBERS: Record<DocumentTemplateId, string> = {
  filing_approval: '深南市监知立字〔2026〕3号',
  no_filing_notice: '深南市监不立字〔2026〕1号',
  acceptance_notice: '深南知受字〔2026〕5号',
  rejection_notice: '深南知不受字〔2026〕2号',
  correction_notice: '深南知补字〔2026〕4号',
  defence_notice: '深南知答字〔2026〕5号',
  penalty_notice: '深南市监罚告字〔2026〕12号',
  hearing_notice: '深南市监听字〔2026〕2号',
  penalty_decision: '深南市监知罚字〔2026〕12号',
  no_penalty_decision: '深南市监不罚字〔2026〕1号',
  transfer_letter: '深南市监移字〔2026〕1号',
  assistance_letter: '深南市监协字〔2026〕7号',
  supervision_notice: '深市监督字〔2026〕9号',
  suspension_notice: '深南知中止字〔2026〕1号',
  resumption_notice: '深南知恢复字〔2026〕1号',
  adjudication_decision: '深南知裁字〔2026〕6号',
  mediation_agreement: '深南知调协字〔2026〕8号',
  mediation_termination: '深南知调终字〔2026〕3号',
  closing_report: '深南市监结字〔2026〕11号',
};

const DISPUTE_TITLE = '广州鸿图光电股份有限公司与深圳市星河智联科技有限公司专利侵权纠纷';
const ENFORCEMENT_TITLE = '深圳市星河智联科技有限公司涉嫌销售侵犯注册商标专用权商品案';

export function sampleInput(
  template: DocumentTemplateId,
  changes: Partial<DocumentInput> = {},
): DocumentInput {
  const sample = SAMPLES[template];
  const disputes = sample.parties.some((p) => p.role === 'requester' || p.role === 'applicant');
  return {
    template,
    documentNumber: NUMBERS[template],
    caseNumber: '深南市监知立〔2026〕3号',
    caseTitle: disputes ? DISPUTE_TITLE : ENFORCEMENT_TITLE,
    authority: AUTHORITY,
    issuedOn: '2026-03-05',
    parties: sample.parties,
    rights: [disputes ? PATENT : TRADEMARK],
    fields: { ...sample.fields },
    ...changes,
  };
}

/** The first party's name: the one a rendered document must show. */
export function partyName(template: DocumentTemplateId): string {
  return SAMPLES[template].parties[0]?.name ?? '';
}
