import type { RegionDto } from '@ipp/shared';
import { api } from '../../app/api/client.ts';

export interface RegionWithPath extends RegionDto {
  /** Ancestors from the root, ending with the region itself. */
  path: RegionDto[];
}

export const regionsApi = {
  /** Children of `parent`; without a parent, the roots within the caller's scope. */
  list: (parent?: string, includeRetired = false) =>
    api.get<{ items: RegionDto[] }>('/regions', {
      parent,
      includeRetired: includeRetired ? 'true' : undefined,
    }),
  get: (code: string, options?: { silent?: boolean }) =>
    api.get<RegionWithPath>(`/regions/${encodeURIComponent(code)}`, undefined, options),
};
