/** The cases the browser test registers and runs: their parties, rights, values and preferred paths. */
import { type CaseType, usccCheckCharacter } from '@ipp/shared';
import { patentCheckCharacter } from '../../src/modules/registry/numbers.ts';

/** Dates as the server's calendar counts them (China Standard Time). */
export function shanghaiDate(offsetDays = 0): string {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

export type FieldValue = string | number | boolean;

interface PartySpec {
  role: string;
  name: string;
  uscc?: string;
}

export interface CaseSpec {
  type: CaseType;
  title: string;
  parties: PartySpec[];
  rights: { typeLabel: string; number: string }[];
  /** Values for fields whose generic filling would not do (a precondition reads them). */
  values: Record<string, FieldValue>;
  /** The actions to prefer, in the order of the happy path. */
  path: string[];
  finalState: string;
  documents: string[];
}

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
const XINGHE = { name: '深圳市星河智联科技有限公司', uscc: uscc('91440300MA5G7K2L3') };

export const SPECS: CaseSpec[] = [
  {
    type: 'enforcement',
    title: '南山区某电子商行销售侵犯注册商标专用权商品案',
    parties: [{ role: 'respondent', name: '深圳市南山区某电子商行', uscc: uscc('92440305MA5K3P7Q2') }],
    rights: [{ typeLabel: '商标', number: '第56789012号' }],
    values: { illegalAmount: 30_000, proposedFine: 60_000, fine: 60_000 },
    path: ['file', 'propose_penalty', 'statement_received', 'decide_penalty', 'record_execution', 'close'],
    finalState: 'closed',
    documents: ['filing_approval', 'penalty_notice', 'penalty_decision', 'closing_report'],
  },
  {
    type: 'adjudication',
    title: '星河智联诉某科技公司侵犯发明专利权纠纷案',
    parties: [
      { role: 'requester', ...XINGHE },
      { role: 'respondent', name: '深圳市某某雷达科技有限公司', uscc: uscc('91440300MA5J8R4W1') },
    ],
    rights: [{ typeLabel: '专利', number: '' }],
    values: { panelMembers: '张明,李华,王芳', hearingDate: shanghaiDate(30) },
    path: [
      'accept',
      'serve_respondent',
      'defence_received',
      'assign_panel',
      'schedule_hearing',
      'hearing_held',
      'decide',
      'serve_decision',
      'close',
    ],
    finalState: 'closed',
    documents: [
      'acceptance_notice',
      'defence_notice',
      'hearing_notice',
      'adjudication_decision',
      'closing_report',
    ],
  },
  {
    type: 'mediation',
    title: '星河智联与某公司商标许可合同纠纷调解案',
    parties: [
      { role: 'applicant', ...XINGHE },
      { role: 'respondent', name: '深圳市某某贸易有限公司', uscc: uscc('91440300MA5L2T6X9') },
    ],
    rights: [],
    values: {},
    path: [
      'request_consent',
      'consent_given',
      'assign_mediator',
      'draft_agreement',
      'sign_agreement',
      'apply_confirmation',
      'record_confirmation',
    ],
    finalState: 'closed',
    documents: ['mediation_agreement'],
  },
];
// The adjudication needs a right the registry knows as valid: the demo invention patent.
SPECS[1]!.rights[0]!.number = `202110583421.${patentCheckCharacter('202110583421')}`;
