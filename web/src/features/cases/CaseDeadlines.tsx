import type { CaseDeadlineDto } from '@ipp/shared';
import { Table, Tag, Tooltip, Typography } from 'antd';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';

const STATUS_COLORS: Record<CaseDeadlineDto['status'], string> = {
  open: 'processing',
  met: 'success',
  cancelled: 'default',
  expired: 'error',
  paused: 'warning',
};

/** 'remind', 'escalate' or 'transition:<id>' (the engine takes that step itself when the period ends). */
function expiryText(onExpiry: string, t: Translate): string {
  if (onExpiry === 'remind') return t('cases.deadline.expiry.remind');
  if (onExpiry === 'escalate') return t('cases.deadline.expiry.escalate');
  if (onExpiry.startsWith('transition:')) return t('cases.deadline.expiry.transition');
  return onExpiry;
}

/** The statutory periods of the case: what runs, on what legal basis, until when. */
export function CaseDeadlines({ deadlines }: { deadlines: CaseDeadlineDto[] }) {
  const { t } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Table<CaseDeadlineDto>
      rowKey="id"
      size="small"
      bordered
      pagination={false}
      dataSource={deadlines}
      data-testid="case-deadlines"
      scroll={{ x: 900 }}
      columns={[
        { title: t('cases.deadline.label'), dataIndex: 'label', width: 180 },
        {
          title: t('cases.deadline.period'),
          key: 'period',
          width: 120,
          render: (_, d) => t(`cases.deadline.unit.${d.unit}`, { amount: d.amount }),
        },
        { title: t('cases.deadline.basis'), dataIndex: 'basis', ellipsis: { showTitle: true } },
        { title: t('cases.deadline.startsOn'), dataIndex: 'startsOn', width: 110 },
        {
          title: t('cases.deadline.dueOn'),
          dataIndex: 'dueOn',
          width: 130,
          render: (due: string, d) => (
            <span data-testid="case-deadline-due">
              <Typography.Text type={d.status === 'open' && due < today ? 'danger' : undefined}>
                {due}
              </Typography.Text>
              {d.calendarComplete ? null : (
                <Tooltip title={t('cases.deadline.calendarIncomplete')}>
                  <Tag color="warning" style={{ marginInlineStart: 4 }}>
                    !
                  </Tag>
                </Tooltip>
              )}
            </span>
          ),
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 90,
          render: (status: CaseDeadlineDto['status']) => (
            <Tag color={STATUS_COLORS[status]} data-testid="case-deadline-status" data-status={status}>
              {t(`cases.deadline.status.${status}`)}
            </Tag>
          ),
        },
        {
          title: t('cases.deadline.onExpiry'),
          dataIndex: 'onExpiry',
          width: 150,
          render: (onExpiry: string) => expiryText(onExpiry, t),
        },
      ]}
    />
  );
}
