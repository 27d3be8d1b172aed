import type { Page } from '@ipp/shared';
import type { TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { useRequest } from './useRequest.ts';

export interface PageParams {
  page: number;
  pageSize: number;
}

export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];

/**
 * Server-side paging for list pages: holds the filters and the page, fetches on change, and hands
 * the Table a pagination config built from the server's totals. `fetchPage` must be stable.
 */
export function usePagedList<T, F extends object>(
  fetchPage: (query: F & PageParams) => Promise<Page<T>>,
  initialFilters: F,
  initialPageSize = 20,
) {
  const { t } = useI18n();
  const [filters, setFilterState] = useState<F>(initialFilters);
  const [paging, setPaging] = useState<PageParams>({ page: 1, pageSize: initialPageSize });
  const load = useCallback(() => fetchPage({ ...filters, ...paging }), [fetchPage, filters, paging]);
  const state = useRequest(load);

  const setFilters = useCallback((next: F) => {
    setFilterState(next);
    setPaging((current) => ({ ...current, page: 1 }));
  }, []);

  const pagination: TablePaginationConfig = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: state.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    showTotal: (total) => t('common.total', { total }),
    onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
  };

  return {
    items: state.data?.items ?? [],
    loading: state.loading,
    reload: state.reload,
    filters,
    setFilters,
    pagination,
  };
}
