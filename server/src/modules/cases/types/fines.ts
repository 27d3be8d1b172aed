/**
 * Fine ranges of the violations market regulation handles in IP cases, as rules: the maximum a
 * decision may set, with the article it comes from. Law versions are chosen by the date of the act.
 */
export interface FineRange {
  max: number;
  basis: string;
  explain: string;
}

interface FineRule {
  kind: string;
  label: string;
  from: string;
  range(amount: number): FineRange;
}

const FINE_RULES: FineRule[] = [
  {
    // 商标法（2019）第六十条第二款: turnover ≥ 5万 → up to 5×; none or < 5万 → up to 25万.
    kind: 'trademark_infringement',
    label: '侵犯注册商标专用权',
    from: '2019-11-01',
    range: (turnover) =>
      turnover >= 50_000
        ? {
            max: turnover * 5,
            basis: '《商标法》（2019）第六十条第二款',
            explain: `违法经营额 ${turnover} 元（五万元以上），可处违法经营额五倍以下罚款`,
          }
        : {
            max: 250_000,
            basis: '《商标法》（2019）第六十条第二款',
            explain: '没有违法经营额或违法经营额不足五万元，可处二十五万元以下罚款',
          },
  },
  {
    // 专利法（2020）第六十八条: gains > 5万 → up to 5× gains; none or ≤ 5万 → up to 25万.
    kind: 'patent_counterfeiting',
    label: '假冒专利',
    from: '2021-06-01',
    range: (gains) =>
      gains > 50_000
        ? {
            max: gains * 5,
            basis: '《专利法》（2020）第六十八条',
            explain: `违法所得 ${gains} 元（五万元以上），可处违法所得五倍以下罚款`,
          }
        : {
            max: 250_000,
            basis: '《专利法》（2020）第六十八条',
            explain: '没有违法所得或违法所得在五万元以下，可处二十五万元以下罚款',
          },
  },
  {
    // 专利法实施细则（2023）第一百条: non-genuine filing → warning, fine up to 10万.
    kind: 'non_genuine_patent_filing',
    label: '非正常专利申请',
    from: '2024-01-20',
    range: () => ({
      max: 100_000,
      basis: '《专利法实施细则》（2023）第一百条',
      explain: '可处十万元以下罚款',
    }),
  },
];

export const VIOLATION_KINDS = FINE_RULES.map(
  (r) => [r.kind, r.label, r.kind.replaceAll('_', ' ')] as [string, string, string],
);

export function fineRange(kind: string, amount: number, actDate: string): FineRange | null {
  const rule =
    FINE_RULES.filter((r) => r.kind === kind && r.from <= actDate).at(-1) ??
    FINE_RULES.find((r) => r.kind === kind);
  return rule ? rule.range(amount) : null;
}

/** 行政处罚法（2021）第五十一条 / 程序规定 第六十六条: on-the-spot decisions up to these amounts. */
export function summaryProcedureAllowed(fine: number, partyKind: string): boolean {
  return partyKind === 'person' ? fine <= 200 : fine <= 3_000;
}

/**
 * Whether the party may ask for a hearing: 行政处罚法 第六十三条 gives it for 较大数额 fines and
 * confiscations; 市场监督管理行政处罚听证办法 第五条 sets 较大数额 at ¥10,000 for a person and
 * ¥100,000 for an organization (待核实: the article text was not read; provinces may adjust).
 * A confiscation is treated as eligible: its value is not known when the notice is served.
 */
export function hearingEligible(
  view: { parties: { role: string; kind: string }[] },
  input: Record<string, unknown>,
): boolean {
  const amount = Number(input['proposedFine'] ?? 0);
  const respondents = view.parties.filter((p) => p.role === 'respondent');
  const threshold =
    respondents.every((p) => p.kind === 'person') && respondents.length > 0 ? 10_000 : 100_000;
  return amount >= threshold || Boolean(input['confiscation']);
}
