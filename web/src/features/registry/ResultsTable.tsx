import type { RightSummaryDto } from '@ipp/shared';
import { Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/index.tsx';
import { dateText, RightStatusTag, RightTypeTag } from './RightTags.tsx';

function useColumns(): TableColumnsType<RightSummaryDto> {
  const { t } = useI18n();
  return [
    {
      title: t('registry.field.type'),
      dataIndex: 'type',
      width: 130,
      render: (type: string) => <RightTypeTag type={type} />,
    },
    {
      title: t('registry.field.number'),
      dataIndex: 'numberDisplay',
      width: 200,
      render: (_, right) => (
        <Link to={`/registry/rights/${encodeURIComponent(right.id)}`} data-testid="registry-result-link">
          <span className="ipp-mono">{right.numberDisplay || right.number}</span>
        </Link>
      ),
    },
    { title: t('registry.field.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('registry.field.holders'),
      dataIndex: 'holders',
      ellipsis: true,
      render: (holders: string[] | null) => (holders?.length ? holders.join('；') : '—'),
    },
    {
      title: t('registry.field.status'),
      dataIndex: 'status',
      width: 110,
      render: (status: string) => <RightStatusTag status={status} />,
    },
    {
      title: t('registry.field.region'),
      dataIndex: 'regionName',
      width: 150,
      ellipsis: true,
      render: (name: string | null, right) => name ?? right.regionCode ?? '—',
    },
    { title: t('registry.field.filingDate'), dataIndex: 'filingDate', width: 110, render: dateText },
    { title: t('registry.field.expiryDate'), dataIndex: 'expiryDate', width: 110, render: dateText },
  ];
}

interface ResultsTableProps {
  items: RightSummaryDto[];
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: string;
}

export function ResultsTable({ items, loading, pagination, emptyText }: ResultsTableProps) {
  const columns = useColumns();
  return (
    <Table<RightSummaryDto>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={pagination}
      locale={{ emptyText }}
      scroll={{ x: 1100 }}
      data-testid="registry-results"
    />
  );
}
