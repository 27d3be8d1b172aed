import type { AuditRecordDto, Page } from '@ipp/shared';
import { api } from '../../app/api/client.ts';

export type AuditOutcome = AuditRecordDto['outcome'];

export interface AuditQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  /** ISO 8601 timestamps, inclusive bounds. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  lastSeq?: number;
  firstBad?: { seq: number; reason: string; message?: string };
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<Page<AuditRecordDto>>('/audit', { ...query }),
  verify: () => api.post<ChainVerification>('/audit/verify'),
};
