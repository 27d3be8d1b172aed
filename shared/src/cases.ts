/**
 * The case-handling contract shared by server and web: case types, the shapes of a case, its
 * timeline, deadlines and available actions (which come from the server's rules), and queues.
 */

export const CASE_TYPES = ['enforcement', 'adjudication', 'mediation'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_TYPE_LABELS: Record<CaseType, { zh: string; en: string }> = {
  enforcement: { zh: '行政执法', en: 'Administrative enforcement' },
  adjudication: { zh: '行政裁决', en: 'Administrative adjudication' },
  mediation: { zh: '纠纷调解', en: 'Dispute mediation' },
};

export const CASE_QUEUES = [
  'mine',
  'org',
  'due_soon',
  'overdue',
  'supervised',
  'open',
  'closed',
  'all',
] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];

export type Localized = { zh: string; en: string };

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'org'
  | 'user';

/** A form field a transition asks for, declared in the rules and rendered by the web. */
export interface CaseFieldDto {
  key: string;
  label: Localized;
  type: FieldType;
  required: boolean;
  options?: { value: string; label: Localized }[];
  min?: number;
  max?: number;
  help?: Localized;
}

export interface CaseActionDto {
  id: string;
  label: Localized;
  to: string;
  fields: CaseFieldDto[];
  documents: string[];
  /** Why it cannot be taken now (a precondition), or null when it can. */
  blockedBy: Localized | null;
  danger: boolean;
}

export interface CasePartyDto {
  id: string;
  role: string;
  kind: 'enterprise' | 'person' | 'agent' | 'organization';
  name: string;
  uscc: string | null;
  idNumberMasked: string | null;
  contact: string | null;
  address: string | null;
}

export interface CaseRightDto {
  id: string;
  rightType: string;
  number: string;
  rightId: string | null;
  verification: Record<string, unknown>;
  checkedAt: string;
}

export interface CaseDeadlineDto {
  id: string;
  ruleId: string;
  label: string;
  amount: number;
  unit: 'working_days' | 'calendar_days' | 'months';
  basis: string;
  startsOn: string;
  dueOn: string;
  onExpiry: string;
  status: 'open' | 'met' | 'cancelled' | 'expired' | 'paused';
  calendarComplete: boolean;
}

export interface CaseEventDto {
  id: number;
  at: string;
  kind: string;
  transition: string | null;
  fromState: string | null;
  toState: string | null;
  actorName: string | null;
  orgName: string | null;
  summary: string;
  payload: Record<string, unknown> | null;
}

export interface CaseFileDto {
  id: string;
  category: 'evidence' | 'attachment' | 'document';
  name: string;
  mediaType: string;
  size: number;
  sm3: string;
  template: string | null;
  documentNumber: string | null;
  description: string | null;
  uploadedByName: string | null;
  createdAt: string;
}

export interface CaseSummaryDto {
  id: string;
  caseType: CaseType;
  caseNumber: string | null;
  title: string;
  state: string;
  stateLabel: Localized;
  procedure: string | null;
  regionCode: string;
  regionName: string | null;
  orgId: string;
  orgName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  supervised: boolean;
  nextDueOn: string | null;
  overdue: boolean;
  openedAt: string;
  closedAt: string | null;
  version: number;
}

export interface CaseDetailDto extends CaseSummaryDto {
  procedureReason: string | null;
  facts: Record<string, unknown>;
  actDate: string;
  parentCaseId: string | null;
  parties: CasePartyDto[];
  rights: CaseRightDto[];
  deadlines: CaseDeadlineDto[];
  events: CaseEventDto[];
  files: CaseFileDto[];
  notes: { id: string; text: string; authorName: string | null; createdAt: string }[];
  assignments: { role: string; name: string; expertId: string | null; assignedAt: string }[];
  actions: CaseActionDto[];
  supervision: SupervisionDto | null;
  assistance: AssistanceDto[];
}

export interface SupervisionDto {
  id: string;
  caseId: string;
  supervisorOrgName: string;
  reason: string;
  reportEveryDays: number;
  status: 'active' | 'closed';
  openedAt: string;
  reports: {
    id: string;
    dueOn: string;
    status: 'due' | 'submitted' | 'overdue';
    content: string | null;
    submittedAt: string | null;
  }[];
}

export interface AssistanceDto {
  id: string;
  caseId: string;
  caseNumber: string | null;
  fromOrgName: string;
  toOrgName: string;
  subject: string;
  request: string;
  dueOn: string;
  basis: string;
  status: 'open' | 'answered' | 'overdue';
  answer: string | null;
  answeredAt: string | null;
}

export interface CaseListDto {
  items: CaseSummaryDto[];
  total: number;
  counts: Record<CaseQueue, number>;
}

export interface CaseTypeRulesDto {
  caseType: CaseType;
  label: Localized;
  states: { id: string; label: Localized; terminal: boolean }[];
  intakeFields: CaseFieldDto[];
  /** Every field the type's transitions ask for (labels for the facts they record). */
  stepFields: CaseFieldDto[];
}
