import type { AuditRecordDto } from '@ipp/shared';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import type { AuditOutcome } from './auditApi.ts';

const OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: 'green',
  failure: 'orange',
  denied: 'red',
};

export function OutcomeTag({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useI18n();
  return (
    <Tag color={OUTCOME_COLORS[outcome]} data-testid={`audit-outcome-${outcome}`}>
      {t(`audit.outcome.${outcome}`)}
    </Tag>
  );
}

function Actor({ record }: { record: AuditRecordDto }) {
  const { t } = useI18n();
  const name = record.actorName ?? record.actorId ?? '—';
  if (record.actorType === 'user') return <span>{name}</span>;
  return (
    <Space size={4}>
      <Tag>{t(`audit.actorType.${record.actorType}`)}</Tag>
      {record.actorType === 'anonymous' ? null : name}
    </Space>
  );
}

function Target({ record }: { record: AuditRecordDto }) {
  if (!record.targetType && !record.targetId) return <span>—</span>;
  return (
    <span className="ipp-mono">
      {record.targetType ?? '?'}
      {record.targetId ? `/${record.targetId}` : ''}
    </span>
  );
}

export function useAuditColumns(): TableColumnsType<AuditRecordDto> {
  const { t, locale } = useI18n();
  return [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80, align: 'right' },
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, locale) },
    { title: t('audit.actor'), key: 'actor', width: 150, render: (_, r) => <Actor record={r} /> },
    { title: t('audit.org'), dataIndex: 'orgName', ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      render: (action: string) => <span className="ipp-mono">{action}</span>,
    },
    { title: t('audit.target'), key: 'target', ellipsis: true, render: (_, r) => <Target record={r} /> },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      width: 90,
      render: (_, r) => <OutcomeTag outcome={r.outcome} />,
    },
    {
      title: t('common.requestId'),
      dataIndex: 'requestId',
      width: 170,
      render: (id: string | null) =>
        id ? (
          <Typography.Text className="ipp-mono" copyable={{ text: id }} ellipsis style={{ maxWidth: 150 }}>
            {id}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
}
