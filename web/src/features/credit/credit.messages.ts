/**
 * The credit pages' texts (zh-CN the reference, en-US the same keys), shaped like the app's
 * dictionaries so they can be spread into them; until then useCreditText reads them here.
 */
import { interpolate, useI18n } from '../../app/i18n/index.tsx';

export const creditZhCN = {
  'credit.ratings.title': '信用评价',
  'credit.ratings.intro':
    '代理机构按专利代理信用评价管理办法（试行）百分制扣分评为 A+、A、B、C、D 级；企业按信用风险分类评为 A–D 类。每一项扣分均列明规则、分值、依据和所依据的记录。分值与等级阈值为平台设定，待核实。',
  'credit.kind': '主体类型',
  'credit.kind.agency': '代理机构',
  'credit.kind.enterprise': '企业',
  'credit.kind.person': '自然人',
  'credit.grade': '等级',
  'credit.score': '得分',
  'credit.subject': '主体',
  'credit.uscc': '统一社会信用代码',
  'credit.computedAt': '评价时间',
  'credit.trigger': '触发',
  'credit.all': '全部',
  'credit.deductions': '扣分明细',
  'credit.noDeductions': '无扣分事项',
  'credit.rule': '规则',
  'credit.points': '扣分',
  'credit.explain': '说明与依据',
  'credit.fact': '所依据事实',
  'credit.history': '评价历史',
  'credit.recompute': '重新评价',
  'credit.recomputed': '评价已更新',
  'credit.unchanged': '评价结果未变化',
  'credit.current': '当前',
  'credit.lookup.title': '信用信息公示查询',
  'credit.lookup.intro':
    '输入统一社会信用代码或完整名称（不支持模糊查询），查询严重违法失信名单、公示期内的失信信息和适用的惩戒措施。自然人信息已隐去。',
  'credit.lookup.placeholder': '统一社会信用代码或完整名称',
  'credit.lookup.submit': '查询',
  'credit.lookup.required': '请输入统一社会信用代码或完整名称',
  'credit.lookup.notFound': '未查询到该主体的公示信用信息',
  'credit.lookup.asOf': '截至 {date}',
  'credit.listed': '已列入严重违法失信名单',
  'credit.notListed': '未列入严重违法失信名单',
  'credit.records': '公示期内的失信信息',
  'credit.noRecords': '无公示期内的失信信息',
  'credit.measures': '适用的惩戒措施',
  'credit.basis': '依据',
  'credit.unconfirmed': '待核实',
  'credit.publicity': '公示期',
  'credit.decidedOn': '决定日期',
  'credit.reason': '列入原因',
  'credit.decidedBy': '作出决定部门',
  'credit.publishUntil': '公示截止',
  'credit.list.title': '严重违法失信名单',
  'credit.list.download': '下载名单（CSV）',
  'credit.list.empty': '名单为空',
  'credit.agencyGrade': '代理机构信用等级',
} as const;

export type CreditMessageKey = keyof typeof creditZhCN;

export const creditEnUS: Record<CreditMessageKey, string> = {
  'credit.ratings.title': 'Credit ratings',
  'credit.ratings.intro':
    'Agencies are graded A+, A, B, C or D from a 100-point score under the patent agency credit rating measures (trial); enterprises get a risk class A–D. Each deduction names its rule, points, basis and the fact behind it. Point values and thresholds are platform settings, to be confirmed.',
  'credit.kind': 'Subject type',
  'credit.kind.agency': 'Agency',
  'credit.kind.enterprise': 'Enterprise',
  'credit.kind.person': 'Person',
  'credit.grade': 'Grade',
  'credit.score': 'Score',
  'credit.subject': 'Subject',
  'credit.uscc': 'USCC',
  'credit.computedAt': 'Rated at',
  'credit.trigger': 'Trigger',
  'credit.all': 'All',
  'credit.deductions': 'Deductions',
  'credit.noDeductions': 'No deductions',
  'credit.rule': 'Rule',
  'credit.points': 'Points',
  'credit.explain': 'Explanation and basis',
  'credit.fact': 'Fact',
  'credit.history': 'History',
  'credit.recompute': 'Recompute',
  'credit.recomputed': 'Rating updated',
  'credit.unchanged': 'The rating did not change',
  'credit.current': 'Current',
  'credit.lookup.title': 'Public credit information',
  'credit.lookup.intro':
    'Enter a USCC or the exact full name (no partial matches) to see the serious-dishonesty list, dishonesty records in their publicity period and the measures that apply. Persons are shown masked.',
  'credit.lookup.placeholder': 'USCC or exact full name',
  'credit.lookup.submit': 'Look up',
  'credit.lookup.required': 'Enter a USCC or the exact full name',
  'credit.lookup.notFound': 'No public credit information for this subject',
  'credit.lookup.asOf': 'As of {date}',
  'credit.listed': 'On the serious-dishonesty list',
  'credit.notListed': 'Not on the serious-dishonesty list',
  'credit.records': 'Records in publicity',
  'credit.noRecords': 'No records in publicity',
  'credit.measures': 'Measures that apply',
  'credit.basis': 'Basis',
  'credit.unconfirmed': 'to be confirmed',
  'credit.publicity': 'Publicity',
  'credit.decidedOn': 'Decided on',
  'credit.reason': 'Reason',
  'credit.decidedBy': 'Decided by',
  'credit.publishUntil': 'Published until',
  'credit.list.title': 'Serious-dishonesty list',
  'credit.list.download': 'Download (CSV)',
  'credit.list.empty': 'The list is empty',
  'credit.agencyGrade': 'Agency credit grade',
};

export function useCreditText() {
  const { locale } = useI18n();
  const dict = locale === 'en-US' ? creditEnUS : creditZhCN;
  return {
    locale,
    t: (key: CreditMessageKey, vars?: Record<string, string | number>) => interpolate(dict[key], vars),
  };
}

const GRADE_COLORS: Record<string, string> = { 'A+': 'green', A: 'green', B: 'blue', C: 'orange', D: 'red' };

export function gradeColor(grade: string): string {
  return GRADE_COLORS[grade] ?? 'default';
}
