import { Segmented, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { codeLabel, LISTING_STATE_COLORS } from './credit.labels.ts';
import { type ListingDto, listingApi } from './listingApi.ts';

const FILTERS = ['', 'proposed', 'notified', 'awaiting_approval', 'decided', 'published', 'removed'] as const;

/** The serious-dishonesty list in the officer's jurisdiction, by where each listing stands. */
export default function ListingsPage() {
  const title = useModuleTitle('credit-listings');
  const { t } = useI18n();
  const none = t('credit.none');
  const [state, setState] = useState('');
  const [page, setPage] = useState(1);
  const load = useCallback(
    () => listingApi.listings({ state: state || undefined, page, pageSize: 20 }),
    [state, page],
  );
  const { data, loading } = useRequest(load);
  return (
    <PageContainer title={title} testId="credit-listings-page">
      <Segmented
        value={state}
        onChange={(value) => {
          setState(String(value));
          setPage(1);
        }}
        options={FILTERS.map((value) => ({
          value,
          label: value ? codeLabel(t, 'credit.listing.state', value) : t('credit.all'),
        }))}
        style={{ marginBottom: 12 }}
        data-testid="credit-listings-filter"
      />
      <Table<ListingDto>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 20, onChange: setPage, total: undefined }}
        data-testid="credit-listings-table"
        columns={[
          {
            title: t('credit.party'),
            render: (_, row) => <Link to={`/credit/listings/${row.id}`}>{row.subject?.name ?? row.id}</Link>,
          },
          {
            title: t('credit.uscc'),
            render: (_, row) => row.subject?.uscc ?? row.subject?.idNumberMasked ?? none,
          },
          { title: t('credit.listing.reason'), dataIndex: 'reason', ellipsis: true },
          {
            title: t('credit.status'),
            render: (_, row) => {
              const why = row.removalReason
                ? t('credit.inParens', { text: codeLabel(t, 'credit.listing.removal', row.removalReason) })
                : '';
              const text = codeLabel(t, 'credit.listing.state', row.state);
              return <Tag color={LISTING_STATE_COLORS[row.state]}>{`${text}${why}`}</Tag>;
            },
          },
          {
            title: t('credit.listing.statementDueOn'),
            dataIndex: 'statementDueOn',
            render: (v) => v ?? none,
          },
          { title: t('credit.listing.publishUntil'), dataIndex: 'publishUntil', render: (v) => v ?? none },
        ]}
      />
    </PageContainer>
  );
}
