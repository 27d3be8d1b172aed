/**
 * Objections (异议) to a single credit record, as data: what may be objected to, the answer
 * period with its basis, and what an upheld objection does to the record. The period is the
 * listing objections' one (PERIODS.objectionAnswer) until a text for records is confirmed; it is
 * declared again here, with its own basis, so that a confirmed number for records is a change in
 * this file only.
 */
import { PERIODS, type Period } from './listing.rules.ts';

export type RecordResolution = 'revoke' | 'correct';

/** The fields an upheld objection may correct; others (category, dates) would change the publicity rule itself. */
export const CORRECTABLE_FIELDS = ['summary', 'legalBasis', 'severity'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const RECORD_OBJECTION_RULES = {
  answerPeriod: {
    amount: PERIODS.objectionAnswer.amount,
    unit: 'working_days',
    basis:
      '《国家知识产权局知识产权信用管理规定》（失信信息的异议处理；答复期限未见明文），参照《市场监督管理行政处罚程序规定》第十八条核查期限',
    confirmed: false,
    explain: `对信用记录的异议自提出之日起 ${PERIODS.objectionAnswer.amount} 个工作日内答复（待核实，与名单异议同一期限）`,
  } satisfies Period,
  submit: {
    /** Only a record still in force can be objected to; a repaired or revoked one has nothing left to contest. */
    statuses: ['active'] as readonly string[],
    explain: '仅对有效的信用记录受理异议；同一记录同一时间只办理一件异议；异议期间记录照常公示',
    basis: '《国家知识产权局知识产权信用管理规定》（异议申请）',
  },
  /** Who may object: the subject itself (its enterprise user) or an officer in scope on its behalf. */
  who: '当事人（本单位企业用户）或辖区内登记机关工作人员代为登记',
  resolutions: {
    revoke: {
      label: '撤销记录',
      from: ['active', 'repaired'] as readonly string[],
      explain: '异议成立且记录不应存在的，撤销记录，停止公示，并重新评价',
      basis: '《国家知识产权局知识产权信用管理规定》（异议成立的，及时更正或撤销）',
    },
    correct: {
      label: '更正记录',
      from: ['active'] as readonly string[],
      explain:
        '异议成立但记录本身应当保留的，更正所载内容（摘要、依据、严重程度），按原公示期继续公示，并重新评价',
      basis: '《国家知识产权局知识产权信用管理规定》（异议成立的，及时更正或撤销）',
    },
  } satisfies Record<
    RecordResolution,
    { label: string; from: readonly string[]; explain: string; basis: string }
  >,
  dismissed: { explain: '异议不成立的，记录保持不变，书面答复异议人并说明理由' },
} as const;
