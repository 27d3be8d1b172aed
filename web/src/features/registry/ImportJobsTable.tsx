import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import type { ImportJobDto } from '@ipp/shared';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { ImportStatusTag, importPercent } from './importStatus.tsx';
import { useRightLabels } from './RightTags.tsx';
import { registryApi } from './registryApi.ts';

function useColumns(onShow: (job: ImportJobDto) => void): TableColumnsType<ImportJobDto> {
  const { t, locale } = useI18n();
  const labels = useRightLabels();
  const count = (key: keyof ImportJobDto, title: string) => ({
    title,
    dataIndex: key,
    width: 80,
    align: 'right' as const,
  });
  return [
    { title: t('import.fileName'), dataIndex: 'fileName', width: 220, ellipsis: true },
    { title: t('import.format'), dataIndex: 'format', width: 80 },
    {
      title: t('import.type'),
      dataIndex: 'type',
      width: 130,
      render: (type: string | null) => (type ? labels.type(type) : '—'),
    },
    {
      title: t('import.mapping'),
      dataIndex: 'mapping',
      width: 120,
      ellipsis: true,
      render: (m: string | null) => m ?? '—',
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => <ImportStatusTag status={status} />,
    },
    {
      title: t('import.lines'),
      key: 'lines',
      width: 120,
      render: (_, job) =>
        `${job.committedLine}${job.total ? ` / ${job.total}` : ''} (${importPercent(job)}%)`,
    },
    count('inserted', t('import.count.inserted')),
    count('updated', t('import.count.updated')),
    count('unchanged', t('import.count.unchanged')),
    count('rejected', t('import.count.rejected')),
    count('warnings', t('import.count.warnings')),
    {
      title: t('import.startedAt'),
      dataIndex: 'startedAt',
      width: 170,
      render: (at: string) => formatDateTime(at, locale),
    },
    {
      title: t('import.finishedAt'),
      dataIndex: 'finishedAt',
      width: 170,
      render: (at: string | null) => formatDateTime(at, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, job) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            onClick={() => onShow(job)}
            data-testid="import-show"
          >
            {t('import.show')}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            href={registryApi.reportUrl(job.id)}
            disabled={job.status === 'running'}
            data-testid="import-report-link"
          >
            {t('import.report')}
          </Button>
        </Space>
      ),
    },
  ];
}

interface ImportJobsTableProps {
  jobs: ImportJobDto[];
  loading: boolean;
  onShow: (job: ImportJobDto) => void;
}

export function ImportJobsTable({ jobs, loading, onShow }: ImportJobsTableProps) {
  const { t } = useI18n();
  const columns = useColumns(onShow);
  return (
    <Table<ImportJobDto>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={jobs}
      pagination={{
        pageSize: 20,
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { total }),
      }}
      scroll={{ x: 1800 }}
      locale={{ emptyText: t('import.noJobs') }}
      data-testid="import-jobs"
    />
  );
}
