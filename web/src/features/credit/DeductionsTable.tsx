import { Table, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import type { Deduction } from './ratingApi.ts';

/** Every deduction of a rating with the rule behind it, so a grade can be explained fact by fact. */
export function DeductionsTable({ deductions }: { deductions: Deduction[] }) {
  const { t } = useI18n();
  return (
    <Table<Deduction>
      size="small"
      pagination={false}
      rowKey={(d) => `${d.rule}:${d.recordId ?? ''}`}
      dataSource={deductions}
      locale={{ emptyText: t('credit.noDeductions') }}
      data-testid="credit-deductions"
      columns={[
        { title: t('credit.rule'), dataIndex: 'rule', width: 240, render: (v: string) => <code>{v}</code> },
        {
          title: t('credit.points'),
          dataIndex: 'points',
          width: 80,
          align: 'right',
          render: (v: number) => `−${v}`,
        },
        { title: t('credit.explain'), dataIndex: 'explain' },
        {
          title: t('credit.fact'),
          dataIndex: 'recordId',
          width: 140,
          render: (v: string | null) =>
            v ? <Typography.Text copyable={{ text: v }}>{v.slice(0, 8)}</Typography.Text> : '—',
        },
      ]}
    />
  );
}
