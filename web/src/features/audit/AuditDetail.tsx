import type { AuditRecordDto } from '@ipp/shared';
import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';

/** The expanded row: the record's detail as JSON and its chain hash. */
export function AuditDetail({ record }: { record: AuditRecordDto }) {
  const { t } = useI18n();
  const hasDetail = record.detail !== null && Object.keys(record.detail).length > 0;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="audit-detail"
      items={[
        {
          key: 'detail',
          label: t('audit.detail'),
          children: hasDetail ? (
            <pre className="ipp-json">{JSON.stringify(record.detail, null, 2)}</pre>
          ) : (
            <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>
          ),
        },
        {
          key: 'hash',
          label: t('audit.hash'),
          children: (
            <Typography.Text className="ipp-mono" copyable data-testid="audit-hash">
              {record.hash}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
