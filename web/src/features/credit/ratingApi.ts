/** The credit ratings, commitments and public credit information endpoints (server: modules/credit). */
import { api, buildUrl } from '../../app/api/client.ts';

export interface Deduction {
  rule: string;
  points: number;
  explain: string;
  recordId: string | null;
}

export interface Rating {
  id?: string;
  scheme: string;
  score: number;
  grade: string;
  deductions: Deduction[];
  trigger?: string;
  current?: boolean;
  computedAt?: string;
  stored?: boolean;
}

export interface PublicSubject {
  id: string;
  kind: 'enterprise' | 'agency' | 'person' | string;
  name: string;
  uscc: string | null;
  regionCode: string;
}

export interface ListingInfo {
  reason: string;
  legalBasis: string;
  decidedOn: string | null;
  publishedOn: string | null;
  publishUntil: string | null;
}

export interface RecordInPublicity {
  category: string;
  categoryLabel: string;
  severity: string;
  summary: string | null;
  legalBasis: string;
  decidedOn: string;
  publicityFrom: string;
  publicityUntil: string;
  publicityBasis: string;
}

export interface AppliedMeasure {
  measure: string;
  rule: string;
  basis: string;
  confirmed: boolean;
}

export interface LookupSubject {
  subject: PublicSubject;
  listed: boolean;
  listings: ListingInfo[];
  recordsInPublicity: RecordInPublicity[];
  rating: { scheme: string; grade: string } | null;
  measures: AppliedMeasure[];
}

export interface LookupResult {
  found: boolean;
  asOf: string;
  subjects: LookupSubject[];
}

export interface PublicListItem extends ListingInfo {
  subject: PublicSubject;
  decidedBy: string;
}

export interface RatingListItem {
  subject: PublicSubject;
  rating: Rating;
}

export interface RatingQuery {
  kind?: 'agency' | 'enterprise';
  grade?: string;
}

export const ratingApi = {
  list: (query: RatingQuery) =>
    api.get<{ total: number; items: RatingListItem[] }>('/credit/ratings', { ...query, limit: 500 }),
  history: (subjectId: string) =>
    api.get<{ subject: PublicSubject; history: Rating[] }>(`/credit/ratings/${subjectId}`),
  recompute: (subjectId: string) =>
    api.post<{ changed: boolean; rating: Rating | null }>(`/credit/ratings/${subjectId}/recompute`),
};

/** Public endpoints: no login; the identifier travels in the body, never in the URL. */
export const publicCreditApi = {
  lookup: (subject: string) => api.post<LookupResult>('/public/credit/lookup', { subject }, { silent: true }),
  list: () => api.get<{ asOf: string; items: PublicListItem[] }>('/public/credit/list'),
  csvUrl: () => buildUrl('/public/credit/list.csv'),
};
