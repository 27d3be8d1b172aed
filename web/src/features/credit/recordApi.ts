/** Credit records and the objections to them: the server's /credit/records/… endpoints. */
import { api } from '../../app/api/client.ts';
import type { ObjectionDto, PeriodDto, SubjectBrief } from './listingApi.ts';

export const RECORD_CATEGORIES = [
  'penalty',
  'adjudication_noncompliance',
  'abnormal_patent_application',
  'malicious_trademark',
  'agency_violation',
  'false_commitment',
  'other',
] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];
export type Severity = 'general' | 'serious';
export type SubjectKind = 'enterprise' | 'agency' | 'person';

export interface CreditRecordDto {
  id: string;
  subjectId: string;
  category: string;
  categoryLabel: string;
  severity: Severity;
  source: 'automatic' | 'manual';
  sourceRef: string | null;
  legalBasis: string;
  summary: string;
  decidedOn: string;
  publicityFrom: string;
  publicityUntil: string;
  publicityBasis: string;
  regionCode: string;
  documents: { name: string; reference: string }[];
  status: 'active' | 'repaired' | 'revoked';
  createdBy: string | null;
  createdAt: string;
  inPublicity: boolean;
  openObjection: boolean;
  subject: SubjectBrief;
}

export interface CreditRecordDetailDto extends CreditRecordDto {
  listings: { id: string; state: string }[];
}

export interface RecordQuery {
  subject?: string;
  category?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export interface RecordBody {
  subject: { kind: SubjectKind; name: string; uscc?: string; idNumber?: string; regionCode: string };
  category: RecordCategory;
  severity?: Severity;
  legalBasis: string;
  summary: string;
  decidedOn: string;
  publicityMonths?: number;
  documents: { name: string; reference: string }[];
  regionCode: string;
}

export interface RecordObjectionDto extends Omit<ObjectionDto, 'listingId'> {
  listingId: null;
  recordId: string;
  answeredBy: string | null;
  answeredOn: string | null;
  resolution: 'revoke' | 'correct' | null;
  correction: { before: Record<string, unknown>; after: Record<string, unknown> } | null;
}

export interface RecordObjectionsDto {
  items: RecordObjectionDto[];
  canAnswer: boolean;
  rules: { answerPeriod: PeriodDto };
}

export interface RecordAnswerBody {
  upheld: boolean;
  answer: string;
  resolution?: 'revoke' | 'correct';
  correction?: { summary?: string; legalBasis?: string; severity?: Severity };
  on?: string;
}

const id = (value: string) => encodeURIComponent(value);

export const recordApi = {
  list: (query: RecordQuery) =>
    api.get<{ items: CreditRecordDto[]; total: number }>('/credit/records', { ...query }),
  get: (recordId: string) => api.get<CreditRecordDetailDto>(`/credit/records/${id(recordId)}`),
  create: (body: RecordBody) => api.post<CreditRecordDto>('/credit/records', body),
  objections: (recordId: string) =>
    api.get<RecordObjectionsDto>(`/credit/records/${id(recordId)}/objections`),
  object: (recordId: string, body: { content: string; on?: string }) =>
    api.post<RecordObjectionDto>(`/credit/records/${id(recordId)}/objections`, body),
  answer: (recordId: string, objectionId: string, body: RecordAnswerBody) =>
    api.post<RecordObjectionDto & { openListings: string[] }>(
      `/credit/records/${id(recordId)}/objections/${id(objectionId)}/answer`,
      body,
    ),
};
