import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, type TablePaginationConfig } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { problemText } from '../../app/api/problem.ts';
import { PAGE_SIZE_OPTIONS } from '../../app/hooks/usePagedList.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { type FacetKey, FacetPanel, selectedFacetValue } from './FacetPanel.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import {
  type ExportFormat,
  type RightSearchFilters,
  type RightSearchQuery,
  registryApi,
} from './registryApi.ts';
import { SearchForm } from './SearchForm.tsx';
import { filtersOf, parseSearchParams, toSearchParams, yearRange } from './searchQuery.ts';

function toggleFacet(filters: RightSearchFilters, facet: FacetKey, value: string): RightSearchFilters {
  const active = selectedFacetValue(facet, filters) === value;
  if (facet === 'filingYear') {
    return active
      ? { ...filters, filedFrom: undefined, filedTo: undefined }
      : { ...filters, ...yearRange(value) };
  }
  return { ...filters, [facet]: active ? undefined : value };
}

function ExportButtons({ filters, total }: { filters: RightSearchFilters; total: number }) {
  const { t } = useI18n();
  const formats: ExportFormat[] = ['csv', 'xlsx'];
  return formats.map((format) => (
    <Button
      key={format}
      icon={<DownloadOutlined />}
      href={registryApi.exportUrl(filters, format)}
      disabled={total === 0}
      data-testid={`registry-export-${format}`}
    >
      {t(format === 'csv' ? 'registry.search.exportCsv' : 'registry.search.exportXlsx')}
    </Button>
  ));
}

export default function RightsSearchPage() {
  const { t, locale } = useI18n();
  const title = useModuleTitle('rights');
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const query = useMemo(() => parseSearchParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const filters = useMemo(() => filtersOf(query), [query]);
  const load = useCallback(() => registryApi.search(query), [query]);
  const state = useRequest(load);
  const result = state.data;

  // Changes start from the address bar, not from this render: a click right after a navigation
  // (before React re-rendered) must not drop the filters that navigation just set.
  const update = (change: (current: RightSearchQuery) => RightSearchQuery) =>
    setParams(toSearchParams(change(parseSearchParams(new URLSearchParams(window.location.search)))));
  const applyFilters = (change: (current: RightSearchFilters) => RightSearchFilters) =>
    update((current) => ({ ...change(filtersOf(current)), page: 1, pageSize: current.pageSize }));

  const pagination: TablePaginationConfig = {
    current: query.page,
    pageSize: query.pageSize,
    total: result?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    showTotal: (total) =>
      result?.totalEstimate
        ? t('registry.search.totalAbout', {
            total: new Intl.NumberFormat(locale, { notation: 'compact' }).format(result.totalEstimate),
          })
        : result?.totalIsLowerBound
          ? t('registry.search.totalAtLeast', { total })
          : t('common.total', { total }),
    onChange: (page, pageSize) =>
      update((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
  };

  return (
    <PageContainer
      title={title}
      extra={<ExportButtons filters={filters} total={result?.total ?? 0} />}
      testId="registry-search-page"
    >
      <SearchForm
        filters={filters}
        onSearch={(fields) => applyFilters((current) => ({ ...fields, province: current.province }))}
        onReset={() => applyFilters(() => ({}))}
      />
      {state.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('registry.search.failed')}
          description={problemText(state.error)}
          action={
            <Button size="small" onClick={state.reload}>
              {t('common.retry')}
            </Button>
          }
          data-testid="registry-search-error"
        />
      ) : null}
      <Row gutter={[16, 16]} wrap>
        <Col xs={24} lg={6} xxl={5}>
          <FacetPanel
            facets={result?.facets}
            filters={filters}
            loading={state.loading}
            basis={result?.facetBasis}
            onToggle={(facet, value) => applyFilters((current) => toggleFacet(current, facet, value))}
          />
        </Col>
        <Col xs={24} lg={18} xxl={19}>
          <ResultsTable
            items={result?.items ?? []}
            loading={state.loading}
            pagination={pagination}
            emptyText={state.error ? t('registry.search.failed') : t('registry.search.empty')}
          />
        </Col>
      </Row>
    </PageContainer>
  );
}
