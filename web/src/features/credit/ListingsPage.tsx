import { Segmented, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { LISTING_STATE_LABELS, type ListingDto, listingApi, REMOVAL_LABELS } from './listingApi.ts';

const FILTERS = [
  { value: '', label: '全部' },
  { value: 'proposed', label: '拟列入' },
  { value: 'notified', label: '已告知' },
  { value: 'decided', label: '已决定' },
  { value: 'published', label: '公示中' },
  { value: 'removed', label: '已移出' },
];

/** The serious-dishonesty list in the officer's jurisdiction, by where each listing stands. */
export default function ListingsPage() {
  const title = useModuleTitle('credit-listings');
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
        options={FILTERS}
        style={{ marginBottom: 12 }}
        data-testid="credit-listings-filter"
      />
      <Table<ListingDto>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 20, onChange: setPage, total: undefined }}
        columns={[
          {
            title: '当事人',
            render: (_, row) => <Link to={`/credit/listings/${row.id}`}>{row.subject?.name ?? row.id}</Link>,
          },
          {
            title: '统一社会信用代码',
            render: (_, row) => row.subject?.uscc ?? row.subject?.idNumberMasked ?? '—',
          },
          { title: '列入事由', dataIndex: 'reason', ellipsis: true },
          {
            title: '状态',
            render: (_, row) => {
              const label = LISTING_STATE_LABELS[row.state];
              const why = row.removalReason
                ? `（${REMOVAL_LABELS[row.removalReason] ?? row.removalReason}）`
                : '';
              return <Tag color={label.color}>{`${label.text}${why}`}</Tag>;
            },
          },
          { title: '陈述申辩期至', dataIndex: 'statementDueOn', render: (v) => v ?? '—' },
          { title: '公示至', dataIndex: 'publishUntil', render: (v) => v ?? '—' },
        ]}
      />
    </PageContainer>
  );
}
