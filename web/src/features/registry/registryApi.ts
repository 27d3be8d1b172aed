import type {
  CertificateDto,
  ImportJobDto,
  RightDetailDto,
  RightSearchResultDto,
  RightType,
  VerificationDto,
} from '@ipp/shared';
import { api, buildUrl } from '../../app/api/client.ts';

/** The filters of GET /rights/search, exactly as they travel in the page URL and the API query. */
export interface RightSearchFilters {
  q?: string;
  type?: string;
  status?: string;
  province?: string;
  classMain?: string;
  regionCode?: string;
  /** YYYY-MM-DD, inclusive. */
  filedFrom?: string;
  filedTo?: string;
  holder?: string;
}

export interface RightSearchQuery extends RightSearchFilters {
  page: number;
  pageSize: number;
}

export interface VerifyRequest {
  type: RightType;
  number: string;
  holder?: string;
  /** YYYY-MM-DD */
  asOf?: string;
  certificate?: boolean;
}

export type VerifyResponse = VerificationDto & { certificate?: CertificateDto };

export type BatchVerifyItem = Omit<VerifyRequest, 'certificate'>;

export interface ImportMappingDto {
  name: string;
  description: string;
  type: RightType | string | null;
}

export interface ImportUpload {
  file: File;
  type?: RightType;
  mapping?: string;
}

export type ExportFormat = 'csv' | 'xlsx';

export const registryApi = {
  /** Silent: the search page shows the problem inline. */
  search: (query: RightSearchQuery, signal?: AbortSignal) =>
    api.get<RightSearchResultDto>('/rights/search', { ...query }, { signal, silent: true }),
  /** A plain link: the browser sends the session cookie and saves the file the server names. */
  exportUrl: (filters: RightSearchFilters, format: ExportFormat) =>
    buildUrl('/rights/search/export', { format, ...filters }),
  /** Silent: the record page shows "not found" itself. */
  get: (id: string) =>
    api.get<RightDetailDto>(`/rights/${encodeURIComponent(id)}`, undefined, { silent: true }),
  /** Silent: the verification page shows problems (bad number, rate limit) next to the form. */
  verify: (body: VerifyRequest) => api.post<VerifyResponse>('/rights/verify', body, { silent: true }),
  verifyBatch: (items: BatchVerifyItem[]) =>
    api.post<{ results: VerificationDto[] }>('/rights/verify/batch', { items }, { silent: true }),

  mappings: () => api.get<{ items: ImportMappingDto[] }>('/import-mappings', undefined, { silent: true }),
  imports: () => api.get<{ items: ImportJobDto[] }>('/imports'),
  importJob: (id: string) =>
    api.get<ImportJobDto>(`/imports/${encodeURIComponent(id)}`, undefined, { silent: true }),
  startImport: ({ file, type, mapping }: ImportUpload) => {
    const form = new FormData();
    if (type) form.append('type', type);
    if (mapping) form.append('mapping', mapping);
    form.append('file', file, file.name);
    return api.post<ImportJobDto>('/imports', form, { silent: true });
  },
  reportUrl: (id: string) => buildUrl(`/imports/${encodeURIComponent(id)}/report.csv`),
};
