import type { CaseFieldDto, Localized } from '@ipp/shared';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';
import { AuthoritySelect } from './AuthoritySelect.tsx';
import { UserSelect } from './UserSelect.tsx';

const DATE_FORMAT = 'YYYY-MM-DD';

interface CaseFieldInputProps {
  field: CaseFieldDto;
  /** Where the value lives in the form: ['facts', key] in the intake form, [key] in an action form. */
  name: (string | number)[];
  /** Replaces the default control (the mediation form offers suggested mediators, say). */
  control?: ReactNode;
}

function useFieldRules(field: CaseFieldDto): Rule[] {
  const { t, pick } = useI18n();
  const label = pick(field.label);
  const rules: Rule[] = [];
  // Bounds apply to numbers only, as the server's field check reads them.
  const numeric = field.type === 'number' || field.type === 'money';
  if (field.required && field.type !== 'boolean') {
    // The validator assumes a string unless told: a number would fail its type check, and that
    // failure would show this rule's "required" message.
    const kind: Rule = numeric ? { type: 'number' } : { whitespace: true };
    rules.push({ required: true, ...kind, message: t('cases.field.required', { label }) });
  }
  const { min, max } = field;
  if (numeric && (min !== undefined || max !== undefined)) {
    const message =
      min !== undefined && max !== undefined
        ? t('cases.field.range', { min, max })
        : min !== undefined
          ? t('cases.field.min', { min })
          : t('cases.field.max', { max: max ?? '' });
    rules.push({ type: 'number', min, max, message });
  }
  return rules;
}

/**
 * The input for a field type. It returns the element itself, not a component wrapping it:
 * Form.Item hands value and onChange to its direct child, which must be the control.
 */
function controlFor(field: CaseFieldDto, t: Translate, pick: (label: Localized) => string): ReactNode {
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={20_000} />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} min={field.min} max={field.max} />;
    case 'money':
      return (
        <InputNumber
          style={{ width: '100%' }}
          min={field.min ?? 0}
          max={field.max}
          precision={2}
          prefix="¥"
          suffix={t('cases.field.yuan')}
        />
      );
    case 'date':
      return <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} />;
    case 'boolean':
      return <Switch />;
    case 'enum':
      return (
        <Select
          allowClear={!field.required}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: pick(o.label) }))}
        />
      );
    case 'org':
      return <AuthoritySelect allowClear={!field.required} />;
    case 'user':
      return <UserSelect allowClear={!field.required} />;
    default:
      return <Input maxLength={2000} />;
  }
}

/** Dates travel as 'YYYY-MM-DD' strings; the picker works with dayjs, so the form converts at the edge. */
const dateProps = {
  getValueProps: (value: unknown) => ({
    value: typeof value === 'string' && value ? dayjs(value) : undefined,
  }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : undefined),
};

/**
 * One field declared by the case rules, rendered as a form item with the rules' validation. The
 * wrapper carries the field's key and type so the browser test can fill any form it meets.
 */
export function CaseFieldInput({ field, name, control }: CaseFieldInputProps) {
  const { t, pick } = useI18n();
  const rules = useFieldRules(field);
  return (
    <div
      data-testid="case-field"
      data-field-key={field.key}
      data-field-type={field.type}
      data-required={field.required}
      data-min={field.min}
      data-max={field.max}
    >
      <Form.Item
        name={name}
        label={pick(field.label)}
        rules={rules}
        tooltip={field.help ? pick(field.help) : undefined}
        extra={field.help && field.type === 'textarea' ? pick(field.help) : undefined}
        valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
        initialValue={field.type === 'boolean' ? false : undefined}
        {...(field.type === 'date' ? dateProps : {})}
      >
        {control ?? controlFor(field, t, pick)}
      </Form.Item>
    </div>
  );
}
