import { ClockCircleOutlined, EyeOutlined } from '@ant-design/icons';
import type { Localized } from '@ipp/shared';
import { Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';

export function CaseStateTag({
  state,
  label,
  terminal,
}: {
  state: string;
  label: Localized | undefined;
  terminal: boolean;
}) {
  const { pick } = useI18n();
  return (
    <Tag
      color={terminal ? 'default' : 'processing'}
      data-testid="case-state"
      data-state={state}
      data-terminal={terminal}
    >
      {label ? pick(label) : state}
    </Tag>
  );
}

export function SupervisedTag() {
  const { t } = useI18n();
  return (
    <Tag color="volcano" icon={<EyeOutlined />} data-testid="case-supervised">
      {t('cases.supervised')}
    </Tag>
  );
}

/** The procedure triage chose, with its reason on hover (the reason is also printed on the case page). */
export function ProcedureTag({ procedure, reason }: { procedure: string | null; reason?: string | null }) {
  const { t } = useI18n();
  if (!procedure) return null;
  const known = ['ordinary', 'simple', 'green_channel', 'fast_track'].includes(procedure);
  const text = known ? t(`cases.procedure.${procedure as 'ordinary'}`) : procedure;
  return (
    <Tooltip title={reason || undefined}>
      <Tag color="geekblue" data-testid="case-procedure" data-procedure={procedure}>
        {text}
      </Tag>
    </Tooltip>
  );
}

/** A due date, red with a clock when it has passed. */
export function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  const { t } = useI18n();
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  return overdue ? (
    <Tooltip title={t('cases.overdue')}>
      <Typography.Text type="danger" data-testid="case-overdue">
        <ClockCircleOutlined /> {date.slice(0, 10)}
      </Typography.Text>
    </Tooltip>
  ) : (
    <span>{date.slice(0, 10)}</span>
  );
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatMoney(value: number): string {
  return `¥${value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
