import type {
  AssistanceDto,
  CaseDetailDto,
  CaseListDto,
  CaseQueue,
  CaseSummaryDto,
  CaseType,
  CaseTypeRulesDto,
  SupervisionDto,
} from '@ipp/shared';
import { api, buildUrl } from '../../app/api/client.ts';

export interface CaseListQuery {
  queue: CaseQueue;
  q?: string;
  state?: string;
  page: number;
  pageSize: number;
}

export type PartyKind = 'enterprise' | 'person' | 'agent' | 'organization';

export interface PartyInput {
  role: string;
  kind: PartyKind;
  name: string;
  uscc?: string;
  idNumber?: string;
  contact?: string;
  address?: string;
}

export interface RightInput {
  rightType: string;
  number: string;
}

export interface IntakeBody {
  title: string;
  facts: Record<string, unknown>;
  parties: PartyInput[];
  rights?: RightInput[];
}

export interface TransitionBody {
  transition: string;
  version: number;
  input: Record<string, unknown>;
}

export type SupervisionItem = SupervisionDto & { case: CaseSummaryDto };

export interface Authority {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  regionName: string;
}

export interface Expert {
  id: string;
  kind: 'mediator' | 'technical_investigator';
  name: string;
  regionCode: string;
  expertise: string[];
  languages: string[];
  qualifications: string[];
  trainingHours: number;
  rating: number | null;
  openCases: number;
}

export interface Escalation {
  caseId: string;
  caseType: CaseType;
  caseNumber: string | null;
  title: string;
  at: string;
  summary: string;
}

export interface MediatorSuggestion {
  expertId: string;
  name: string;
  score: number;
  reasons: string[];
  conflict: string | null;
}

export type FileCategory = 'evidence' | 'attachment';

export interface FileUpload {
  file: File;
  category: FileCategory;
  description?: string;
}

/** A random v4 UUID; crypto.randomUUID exists only in secure contexts, so plain-HTTP intranets get the fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const typed = (type: CaseType) => `/${type}`;
const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
const idempotent = (key: string) => ({ headers: { 'Idempotency-Key': key } });

export const casesApi = {
  rules: (type: CaseType) => api.get<CaseTypeRulesDto>(`${typed(type)}/rules`),
  list: (type: CaseType, query: CaseListQuery) => api.get<CaseListDto>(`${typed(type)}/cases`, { ...query }),
  /** Silent: the case page shows "not found" itself. */
  get: (type: CaseType, id: string) =>
    api.get<CaseDetailDto>(`${typed(type)}${casePath(id)}`, undefined, { silent: true }),
  /** The key is made when the form opens, so a retried submission is recognized by the server. */
  create: (type: CaseType, body: IntakeBody, key: string) =>
    api.post<CaseDetailDto>(`${typed(type)}/cases`, body, idempotent(key)),
  /** Silent: the action form places field errors and handles a version conflict itself. */
  transition: (type: CaseType, id: string, body: TransitionBody, key: string) =>
    api.post<CaseDetailDto>(`${typed(type)}${casePath(id)}/transitions`, body, {
      ...idempotent(key),
      silent: true,
    }),

  addNote: (id: string, text: string) => api.post<unknown>(`${casePath(id)}/notes`, { text }),
  addRight: (id: string, body: RightInput) => api.post<unknown>(`${casePath(id)}/rights`, body),
  addParty: (id: string, body: PartyInput) => api.post<unknown>(`${casePath(id)}/parties`, body),
  assign: (id: string, assigneeId: string) => api.post<unknown>(`${casePath(id)}/assignee`, { assigneeId }),
  upload: (id: string, { file, category, description }: FileUpload) => {
    // Fields first: the server reads the multipart stream in order and the file ends it.
    const form = new FormData();
    form.append('category', category);
    if (description) form.append('description', description);
    form.append('file', file, file.name);
    return api.post<unknown>(`${casePath(id)}/files`, form);
  },
  /** A plain URL: the browser sends the session cookie; PDFs and images come inline. */
  fileUrl: (id: string, fileId: string) => buildUrl(`${casePath(id)}/files/${encodeURIComponent(fileId)}`),

  authorities: (q?: string, kind?: string) =>
    api.get<{ items: Authority[] }>('/cases/authorities', { q, kind }),
  experts: (kind: 'mediator' | 'technical_investigator') =>
    api.get<{ items: Expert[] }>('/mediation/experts', { kind }),
  supervision: () => api.get<{ items: SupervisionItem[]; escalations: Escalation[] }>('/supervision'),
  supervise: (id: string, body: { reason: string; reportEveryDays: number }) =>
    api.post<unknown>(`${casePath(id)}/supervision`, body),
  report: (id: string, content: string) =>
    api.post<unknown>(`${casePath(id)}/supervision/reports`, { content }),

  assistance: (direction: 'incoming' | 'outgoing') =>
    api.get<{ items: AssistanceDto[] }>('/assistance', { direction }),
  requestAssistance: (id: string, body: { toOrgId: string; subject: string; request: string }) =>
    api.post<unknown>(`/enforcement${casePath(id)}/assistance`, body),
  answerAssistance: (id: string, answer: string) =>
    api.post<unknown>(`/assistance/${encodeURIComponent(id)}/answer`, { answer }),

  /** Silent: suggestions are a help; the form works without them. */
  mediatorSuggestions: (id: string) =>
    api.get<{ items: MediatorSuggestion[] }>(`/mediation${casePath(id)}/mediator-suggestions`, undefined, {
      silent: true,
    }),
};
