import type { AssistanceDto } from '@ipp/shared';
import { Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { casePagePath } from './caseType.ts';

const STATUS_COLORS: Record<AssistanceDto['status'], string> = {
  open: 'processing',
  answered: 'success',
  overdue: 'error',
};

interface AssistanceTableProps {
  items: AssistanceDto[];
  loading?: boolean;
  /** Outgoing requests link to the requesting case; an incoming one belongs to another org's case. */
  linkCases?: boolean;
  onAnswer?: (item: AssistanceDto) => void;
}

/** Assistance requests between enforcement agencies, with their statutory reply date. */
export function AssistanceTable({ items, loading, linkCases, onAnswer }: AssistanceTableProps) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<AssistanceDto> = [
    {
      title: t('cases.field.caseNumber'),
      dataIndex: 'caseNumber',
      width: 200,
      render: (n: string | null, item) =>
        linkCases ? (
          <Link to={casePagePath('enforcement', item.caseId)}>{n ?? t('cases.noNumber')}</Link>
        ) : (
          (n ?? '—')
        ),
    },
    { title: t('cases.assistance.from'), dataIndex: 'fromOrgName', width: 180, ellipsis: true },
    { title: t('cases.assistance.to'), dataIndex: 'toOrgName', width: 180, ellipsis: true },
    {
      title: t('cases.assistance.subject'),
      dataIndex: 'subject',
      render: (subject: string, item) => (
        <Flex vertical>
          <Typography.Text strong>{subject}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
            {item.request}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('cases.assistance.dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (due: string, item) => (
        <Tooltip title={item.basis}>
          <Typography.Text type={item.status === 'overdue' ? 'danger' : undefined}>{due}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: AssistanceDto['status']) => (
        <Tag color={STATUS_COLORS[s]} data-testid="assistance-status" data-status={s}>
          {t(`cases.assistance.status.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('cases.assistance.answer'),
      dataIndex: 'answer',
      render: (answer: string | null, item) =>
        answer ? (
          <Flex vertical>
            <span style={{ whiteSpace: 'pre-wrap' }}>{answer}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(item.answeredAt, locale)}
            </Typography.Text>
          </Flex>
        ) : onAnswer && item.status !== 'answered' ? (
          <Button size="small" type="primary" onClick={() => onAnswer(item)} data-testid="assistance-answer">
            {t('cases.assistance.reply')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<AssistanceDto>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      pagination={false}
      dataSource={items}
      columns={columns}
      scroll={{ x: 1100 }}
      data-testid="assistance-table"
    />
  );
}
