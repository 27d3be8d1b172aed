/** The serious-dishonesty list, objections and credit repair: the server's /credit/… endpoints. */
import type { ListingState, ListingStep, RegionLevel } from '@ipp/shared';
import { api } from '../../app/api/client.ts';

export interface SubjectBrief {
  id: string;
  kind?: string;
  name: string;
  uscc: string | null;
  idNumberMasked?: string | null;
}

export interface ListingDto {
  id: string;
  state: ListingState;
  reason: string;
  legalBasis: string;
  recordIds: string[];
  regionCode: string;
  proposedOn: string;
  notifiedOn: string | null;
  statementDueOn: string | null;
  statement: string | null;
  decidedOn: string | null;
  publishedOn: string | null;
  publishUntil: string | null;
  removedOn: string | null;
  removalReason: string | null;
  version: number;
  updatedAt: string;
  subject: SubjectBrief | null;
}

export type { ListingState, ListingStep };

export interface StepRuleDto {
  step: ListingStep;
  label: string;
  required: ('statement' | 'opinion' | 'reason')[];
  legalBasis: string;
  explain: string;
}

export interface PeriodDto {
  amount: number;
  unit: string;
  basis: string;
  confirmed: boolean;
  explain: string;
}

export interface ListingDetailDto extends ListingDto {
  records: {
    id: string;
    category: string;
    severity: string;
    summary: string;
    decidedOn: string;
    status: string;
  }[];
  events: { id: number; at: string; kind: string; actorName: string | null; summary: string }[];
  steps: StepRuleDto[];
  /** While a county or city decision awaits the upper level's consent: who decided, whether the caller may consent. */
  approval: {
    decidedBy: { orgId: string | null; orgName: string | null; level: RegionLevel } | null;
    mayApprove: boolean;
  } | null;
  periods: Record<string, PeriodDto>;
}

export interface ObjectionDto {
  id: string;
  listingId: string;
  content: string;
  submittedBy: string | null;
  submittedAt: string;
  dueOn: string;
  status: 'open' | 'upheld' | 'dismissed';
  answer: string | null;
  listingState?: string;
  subject?: SubjectBrief;
}

export interface RepairDto {
  id: string;
  subjectId: string;
  listingId: string | null;
  recordId: string | null;
  appliedOn: string;
  commitments: string;
  proof: { name: string; reference: string }[];
  feedbackDueOn: string;
  decisionDueOn: string;
  state: 'applied' | 'accepted_for_review' | 'approved' | 'rejected';
  feedback: string | null;
  decidedOn: string | null;
  reason: string | null;
  overdue?: boolean;
  subject?: SubjectBrief;
}

export type RepairAction =
  | { action: 'feedback'; feedback: string }
  | { action: 'approve'; reason?: string }
  | { action: 'reject'; reason: string };

const id = (value: string) => encodeURIComponent(value);

export const listingApi = {
  listings: (query: { state?: string; page: number; pageSize: number }) =>
    api.get<{ items: ListingDto[] }>('/credit/listings', { ...query }),
  listing: (listingId: string) => api.get<ListingDetailDto>(`/credit/listings/${id(listingId)}`),
  propose: (body: { subjectId: string; reason: string; legalBasis: string; recordIds: string[] }) =>
    api.post<ListingDto>('/credit/listings', body),
  step: (
    listingId: string,
    step: ListingStep,
    body: { version: number; on?: string; [field: string]: unknown },
  ) => api.post<ListingDto>(`/credit/listings/${id(listingId)}/${step}`, body),
  objections: (query: { status?: string; listingId?: string }) =>
    api.get<{ items: ObjectionDto[] }>('/credit/objections', { ...query }),
  object: (body: { listingId: string; content: string }) =>
    api.post<ObjectionDto>('/credit/objections', body),
  answerObjection: (objectionId: string, body: { upheld: boolean; answer: string }) =>
    api.post<ObjectionDto>(`/credit/objections/${id(objectionId)}/answer`, body),
  repairs: (query: { state?: string; subjectId?: string }) =>
    api.get<{ items: RepairDto[]; periods: Record<string, PeriodDto> }>('/credit/repairs', { ...query }),
  applyForRepair: (body: {
    subjectId: string;
    listingId?: string;
    recordId?: string;
    commitments: string;
    proof: { name: string; reference: string }[];
  }) => api.post<RepairDto>('/credit/repairs', body),
  decideRepair: (repairId: string, body: RepairAction) =>
    api.post<RepairDto>(`/credit/repairs/${id(repairId)}/decision`, body),
};
