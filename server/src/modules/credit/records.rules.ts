/**
 * Credit record categories, their default severity and their publicity period, with the legal
 * basis of each. Periods marked 待核实 are not yet confirmed against the official text (see
 * /work/shared/notes domain rules §4); they are data, so a confirmed value is a one-line change.
 */
export type RecordCategory =
  | 'penalty'
  | 'adjudication_noncompliance'
  | 'abnormal_patent_application'
  | 'malicious_trademark'
  | 'agency_violation'
  | 'false_commitment'
  | 'other';

export type Severity = 'general' | 'serious';

export interface PublicityRule {
  months: number;
  basis: string;
  explain: string;
}

export interface CategoryRule {
  label: string;
  severity: Severity;
  legalBasis: string;
  publicity(detail: { fine?: number | null; warningOnly?: boolean }): PublicityRule;
}

/** 较低数额罚款: provinces set the amount; ¥10,000 is used until a local value is configured. */
export const LOW_FINE = 10_000;

const ONE_YEAR: PublicityRule = {
  months: 12,
  basis: '国家知识产权局知识产权信用管理规定（国知发保字〔2022〕8号）（管理期限待核实）',
  explain: '失信信息管理期限一年',
};

export const CATEGORY_RULES: Record<RecordCategory, CategoryRule> = {
  penalty: {
    label: '行政处罚',
    severity: 'general',
    legalBasis: '市场监督管理行政处罚信息公示规定（2021）',
    publicity: ({ fine, warningOnly }) =>
      warningOnly || (fine ?? 0) <= LOW_FINE
        ? {
            months: 3,
            basis: '市场监督管理行政处罚信息公示规定 第十三条',
            explain: '仅受通报批评或较低数额罚款，公示三个月',
          }
        : {
            months: 36,
            basis: '市场监督管理行政处罚信息公示规定 第十三条',
            explain: '其他行政处罚信息公示三年',
          },
  },
  adjudication_noncompliance: {
    label: '拒不履行行政裁决',
    severity: 'serious',
    legalBasis: '专利纠纷行政裁决和调解办法 第三十四条；国家知识产权局知识产权信用管理规定 第六项',
    publicity: () => ONE_YEAR,
  },
  abnormal_patent_application: {
    label: '非正常专利申请',
    severity: 'general',
    legalBasis: '专利法实施细则（2023）第一百条；国家知识产权局知识产权信用管理规定 第一项',
    publicity: () => ONE_YEAR,
  },
  malicious_trademark: {
    label: '恶意商标注册申请',
    severity: 'general',
    legalBasis: '商标法 第六十八条第四款；国家知识产权局知识产权信用管理规定 第二项',
    publicity: () => ONE_YEAR,
  },
  agency_violation: {
    label: '代理机构违法违规',
    severity: 'general',
    legalBasis: '专利代理条例；国家知识产权局知识产权信用管理规定 第三项',
    publicity: () => ONE_YEAR,
  },
  false_commitment: {
    label: '不实或未履行信用承诺',
    severity: 'general',
    legalBasis: '国家知识产权局知识产权信用管理规定 第五项',
    publicity: () => ONE_YEAR,
  },
  other: {
    label: '其他',
    severity: 'general',
    legalBasis: '',
    publicity: () => ONE_YEAR,
  },
};

export const RECORD_CATEGORIES = Object.keys(CATEGORY_RULES) as RecordCategory[];
