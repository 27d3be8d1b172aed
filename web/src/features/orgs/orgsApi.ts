import type { OrgDto, OrgKind, Page } from '@ipp/shared';
import { api } from '../../app/api/client.ts';

export interface OrgQuery {
  q?: string;
  kind?: OrgKind;
  regionCode?: string;
  page: number;
  pageSize: number;
}

export interface OrgCreateBody {
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string;
}

export interface OrgUpdateBody {
  name?: string;
  /** null clears the code (only allowed for kinds that do not need one). */
  uscc?: string | null;
}

export const orgsApi = {
  list: (query: OrgQuery) => api.get<Page<OrgDto>>('/orgs', { ...query }),
  create: (body: OrgCreateBody) => api.post<OrgDto>('/orgs', body),
  update: (id: string, body: OrgUpdateBody) => api.patch<OrgDto>(`/orgs/${encodeURIComponent(id)}`, body),
};
