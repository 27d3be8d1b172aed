import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n/index.tsx';
import type { AuditOutcome, AuditQuery } from './auditApi.ts';

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export const OUTCOMES: AuditOutcome[] = ['success', 'failure', 'denied'];

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Turns the filter form's values into query parameters (trimmed text, ISO time bounds). */
export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const [from, to] = values.range ?? [null, null];
  return {
    actor: text(values.actor),
    action: text(values.action),
    targetType: text(values.targetType),
    targetId: text(values.targetId),
    outcome: values.outcome,
    from: from?.toISOString(),
    to: to?.toISOString(),
  };
}

export function AuditFilterFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="actor">
        <Input allowClear placeholder={t('audit.actor')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.action')} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="targetType">
        <Input allowClear placeholder={t('audit.targetType')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="targetId">
        <Input allowClear placeholder={t('audit.targetId')} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="outcome">
        <Select
          allowClear
          placeholder={t('audit.outcome')}
          style={{ width: 110 }}
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcome.${outcome}`) }))}
        />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker showTime allowEmpty={[true, true]} style={{ width: 360 }} />
      </Form.Item>
    </>
  );
}
