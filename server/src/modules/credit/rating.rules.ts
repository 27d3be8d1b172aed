/**
 * Credit ratings as declared rules. An IP agency starts from 100 points and loses points for each
 * recorded fact (a credit record by category and severity, a published serious-dishonesty listing,
 * a broken credit commitment); the score gives the grade. Each deduction names its rule, so a
 * grade can always be explained fact by fact.
 *
 * Sources (see /work/shared/notes/domain-rules.md §4C): 专利代理信用评价管理办法（试行）rates
 * agencies A (incl. A+), B, C, D from a 100-point score reduced by negative records (CONFIRMED-R).
 * The point values and the grade thresholds below are NOT from a confirmed text: they are this
 * platform's settings, marked 待核实, and are data so that a confirmed value is a one-line change.
 */
import type { RecordCategory, Severity } from './records.rules.ts';

export type RatingScheme = 'agency' | 'enterprise';

export interface Deduction {
  rule: string;
  points: number;
  explain: string;
  /** The fact deducted for: a credit record, a listing or a commitment id. */
  recordId: string | null;
}

export interface GradeBand {
  grade: string;
  minScore: number;
  explain: string;
}

export interface SchemeRule {
  /** Stored in credit_ratings.scheme. */
  code: string;
  label: string;
  basis: string;
  confirmed: boolean;
  /** Highest band first. */
  bands: GradeBand[];
}

const AGENCY_BASIS = '专利代理信用评价管理办法（试行）（国家知识产权局办公室，2023）';
/** 企业信用风险分类 A/B/C/D: 关于推进企业信用风险分类管理进一步提升监管效能的意见（国市监信发〔2022〕6号）. */
const ENTERPRISE_BASIS = '关于推进企业信用风险分类管理进一步提升监管效能的意见（国市监信发〔2022〕6号）';

export const SCHEMES: Record<RatingScheme, SchemeRule> = {
  agency: {
    code: 'cnipa-agency-2023',
    label: '专利代理机构信用评价',
    basis: `${AGENCY_BASIS}：百分制，按不良记录扣分，评为A（含A+）、B、C、D级`,
    confirmed: false,
    bands: [
      { grade: 'A+', minScore: 95, explain: '95分及以上（阈值待核实）：减少检查、便利措施优先' },
      { grade: 'A', minScore: 85, explain: '85分及以上（阈值待核实）' },
      { grade: 'B', minScore: 70, explain: '70分及以上（阈值待核实）' },
      { grade: 'C', minScore: 60, explain: '60分及以上（阈值待核实）：列为关注对象' },
      { grade: 'D', minScore: 0, explain: '60分以下（阈值待核实）：重点监管' },
    ],
  },
  enterprise: {
    code: 'samr-risk-2022',
    label: '企业信用风险分类（平台内部评价）',
    basis: `${ENTERPRISE_BASIS}：A低风险、B一般风险、C较高风险、D高风险；本平台按知识产权信用事实扣分折算（折算方法为平台设定，待核实）`,
    confirmed: false,
    bands: [
      { grade: 'A', minScore: 90, explain: '90分及以上：信用风险低（阈值为平台设定）' },
      { grade: 'B', minScore: 75, explain: '75分及以上：信用风险一般（阈值为平台设定）' },
      { grade: 'C', minScore: 60, explain: '60分及以上：信用风险较高（阈值为平台设定）' },
      { grade: 'D', minScore: 0, explain: '60分以下：信用风险高（阈值为平台设定）' },
    ],
  },
};

export interface DeductionRule {
  id: string;
  points: number;
  explain: string;
  basis: string;
}

const CNIPA_RULES = '国家知识产权局知识产权信用管理规定（国知发保字〔2022〕8号）';
const UNCONFIRMED = '（分值为平台设定，待核实）';

/**
 * Points per credit record, by category and severity. A serious record weighs about twice a
 * general one; categories aimed at agencies' own conduct weigh most for agencies.
 */
export const RECORD_DEDUCTIONS: Record<RecordCategory, Record<Severity, DeductionRule>> = {
  penalty: {
    general: {
      id: 'record.penalty.general',
      points: 5,
      explain: `受到行政处罚${UNCONFIRMED}`,
      basis: AGENCY_BASIS,
    },
    serious: {
      id: 'record.penalty.serious',
      points: 15,
      explain: `受到较重行政处罚${UNCONFIRMED}`,
      basis: AGENCY_BASIS,
    },
  },
  adjudication_noncompliance: {
    general: {
      id: 'record.adjudication_noncompliance.general',
      points: 15,
      explain: `拒不履行行政裁决${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第六项`,
    },
    serious: {
      id: 'record.adjudication_noncompliance.serious',
      points: 25,
      explain: `有履行能力而拒不履行行政裁决，情节严重${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第六项`,
    },
  },
  abnormal_patent_application: {
    general: {
      id: 'record.abnormal_patent_application.general',
      points: 10,
      explain: `非正常专利申请${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第一项`,
    },
    serious: {
      id: 'record.abnormal_patent_application.serious',
      points: 20,
      explain: `非正常专利申请，情节严重${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第一项`,
    },
  },
  malicious_trademark: {
    general: {
      id: 'record.malicious_trademark.general',
      points: 10,
      explain: `恶意商标注册申请${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第二项`,
    },
    serious: {
      id: 'record.malicious_trademark.serious',
      points: 20,
      explain: `恶意商标注册申请，情节严重${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第二项`,
    },
  },
  agency_violation: {
    general: {
      id: 'record.agency_violation.general',
      points: 15,
      explain: `代理机构违法违规受到处罚${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第三项；${AGENCY_BASIS}`,
    },
    serious: {
      id: 'record.agency_violation.serious',
      points: 30,
      explain: `代理机构严重违法违规${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第三项；${AGENCY_BASIS}`,
    },
  },
  false_commitment: {
    general: {
      id: 'record.false_commitment.general',
      points: 5,
      explain: `不实或未履行信用承诺${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第五项`,
    },
    serious: {
      id: 'record.false_commitment.serious',
      points: 10,
      explain: `不实或未履行信用承诺，情节严重${UNCONFIRMED}`,
      basis: `${CNIPA_RULES} 失信行为第五项`,
    },
  },
  other: {
    general: {
      id: 'record.other.general',
      points: 3,
      explain: `其他失信信息${UNCONFIRMED}`,
      basis: CNIPA_RULES,
    },
    serious: {
      id: 'record.other.serious',
      points: 10,
      explain: `其他严重失信信息${UNCONFIRMED}`,
      basis: CNIPA_RULES,
    },
  },
};

/** A published serious-dishonesty listing outweighs any single record: it alone brings an agency below A. */
export const LISTING_DEDUCTION: DeductionRule = {
  id: 'listing.serious_dishonesty',
  points: 40,
  explain: `列入严重违法失信名单${UNCONFIRMED}`,
  basis: '市场监督管理严重违法失信名单管理办法（国家市场监督管理总局令第44号）',
};

/** A commitment checked and found not honoured is itself a dishonest fact (4B.1 item 5). */
export const BROKEN_COMMITMENT_DEDUCTION: DeductionRule = {
  id: 'commitment.broken',
  points: 5,
  explain: `信用承诺未履行${UNCONFIRMED}`,
  basis: `${CNIPA_RULES} 失信行为第五项`,
};

/**
 * How long a broken commitment weighs: the management period of dishonest information, one year
 * (4B.4, only a local analogue found; UNCONFIRMED for the CNIPA text).
 */
export const COMMITMENT_WEIGHT_MONTHS = 12;

export const SCHEME_OF_KIND: Record<string, RatingScheme | undefined> = {
  agency: 'agency',
  enterprise: 'enterprise',
  // Persons are not rated: no source provides a rating of natural persons, and a score of a
  // person would be personal data without a legal basis.
  person: undefined,
};
