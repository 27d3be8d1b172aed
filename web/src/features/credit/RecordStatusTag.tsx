import { Space, Tag } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { codeLabel } from './credit.labels.ts';
import type { CreditRecordDto } from './recordApi.ts';

const STATUS_COLORS: Record<string, string> = {
  active: 'processing',
  repaired: 'success',
  revoked: 'default',
};

/** A record's status, whether it is in publicity today, and whether an objection waits for its answer. */
export function RecordStatusTag({ record }: { record: CreditRecordDto }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag
        color={STATUS_COLORS[record.status] ?? 'default'}
        data-testid="record-status"
        data-status={record.status}
      >
        {codeLabel(t, 'credit.record.status', record.status)}
      </Tag>
      {record.status === 'active' ? (
        <Tag color={record.inPublicity ? 'error' : 'default'}>
          {record.inPublicity ? t('credit.record.inPublicity') : t('credit.record.notInPublicity')}
        </Tag>
      ) : null}
      {record.openObjection ? <Tag color="warning">{t('credit.record.openObjection')}</Tag> : null}
    </Space>
  );
}
