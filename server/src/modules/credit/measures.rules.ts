/**
 * Joint-punishment measures (联合惩戒措施) declared per list and per record category, each with
 * its basis. A measure applies while the fact behind it is current: a listing while it is
 * published and within its period, a record while it is active and within its publicity period.
 *
 * Sources (/work/shared/notes/domain-rules.md §4): 4B.3 (国知发保字〔2022〕8号 measures) is
 * CONFIRMED-R; the article numbers of 市场监督管理严重违法失信名单管理办法 are not confirmed and
 * are cited by title with 条号待核实.
 */
import type { RecordCategory } from './records.rules.ts';

export interface Measure {
  id: string;
  measure: string;
  basis: string;
  confirmed: boolean;
}

const SAMR_LIST = '市场监督管理严重违法失信名单管理办法（国家市场监督管理总局令第44号）（条号待核实）';
const CNIPA_RULES = '国家知识产权局知识产权信用管理规定（国知发保字〔2022〕8号）';

const m = (id: string, measure: string, basis: string, confirmed: boolean): Measure => ({
  id,
  measure,
  basis,
  confirmed,
});

/** 4B.3: the measures CNIPA applies to subjects with dishonest IP records (CONFIRMED-R). */
const CNIPA_MEASURES: Measure[] = [
  m('cnipa.funding', '财政资金资助项目从严审查', `${CNIPA_RULES} 惩戒措施`, true),
  m('cnipa.fee_reduction', '专利、商标费用减缴从严审查', `${CNIPA_RULES} 惩戒措施`, true),
  m('cnipa.priority', '优先审查、快速预审从严审查', `${CNIPA_RULES} 惩戒措施`, true),
  m('cnipa.awards', '不予参加国家知识产权局评优评奖、示范优势企业评定', `${CNIPA_RULES} 惩戒措施`, true),
  m('cnipa.key_supervision', '列为重点监管对象', `${CNIPA_RULES} 惩戒措施`, true),
  m('cnipa.no_commitment', '不适用信用承诺制便利措施', `${CNIPA_RULES} 惩戒措施`, true),
];

/**
 * The serious-dishonesty list: the SAMR measures (inspection frequency, no commitment system, no
 * honours) and, since the listing of IP dishonesty is also CNIPA dishonesty (4B.5), the IP-specific
 * ones: no fast pre-examination and no funding or awards.
 */
export const LISTING_MEASURES: Measure[] = [
  m(
    'list.no_fast_preexam',
    '不予适用快速预审',
    `${CNIPA_RULES} 惩戒措施；专利纠纷行政裁决和调解办法 第三十四条`,
    true,
  ),
  m('list.no_funding', '不予享受知识产权资助、奖励', `${CNIPA_RULES} 惩戒措施`, true),
  m('list.inspections', '列为重点监管对象，提高检查比例和频次', SAMR_LIST, false),
  m('list.no_commitment', '不适用告知承诺制', SAMR_LIST, false),
  m('list.no_honours', '不予授予市场监督管理部门荣誉称号等表彰奖励', SAMR_LIST, false),
  m('list.licensing', '审查行政许可、资质、资格、政府采购、招投标时作为重要考量因素', SAMR_LIST, false),
];

/**
 * Record categories: the CNIPA dishonesty categories (4B.1 items 1–6) carry the 4B.3 measures; an
 * ordinary administrative penalty is publicised but carries no joint punishment of its own.
 */
export const RECORD_MEASURES: Record<RecordCategory, Measure[]> = {
  penalty: [],
  adjudication_noncompliance: CNIPA_MEASURES,
  abnormal_patent_application: CNIPA_MEASURES,
  malicious_trademark: CNIPA_MEASURES,
  agency_violation: CNIPA_MEASURES,
  false_commitment: CNIPA_MEASURES,
  other: [],
};

export const LISTING_RULE = 'list.serious_dishonesty';

export interface AppliedMeasure {
  measure: string;
  /** What brings the measure: list.serious_dishonesty or record.<category>. */
  rule: string;
  measureId: string;
  basis: string;
  confirmed: boolean;
  /** The listing or record it comes from. */
  sourceId: string;
}

/** The measures that a set of current facts brings, each once (the first fact that brings it wins). */
export function measuresFor(facts: {
  listings: { id: string }[];
  records: { id: string; category: string }[];
}): AppliedMeasure[] {
  const out = new Map<string, AppliedMeasure>();
  const add = (measures: Measure[], rule: string, sourceId: string) => {
    for (const item of measures) {
      if (out.has(item.id)) continue;
      out.set(item.id, {
        measure: item.measure,
        rule,
        measureId: item.id,
        basis: item.basis,
        confirmed: item.confirmed,
        sourceId,
      });
    }
  };
  for (const listing of facts.listings) add(LISTING_MEASURES, LISTING_RULE, listing.id);
  for (const record of facts.records) {
    add(RECORD_MEASURES[record.category as RecordCategory] ?? [], `record.${record.category}`, record.id);
  }
  return [...out.values()];
}
