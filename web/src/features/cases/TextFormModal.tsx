import { Form, Input, InputNumber, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';

export interface SimpleField {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'days';
  required?: boolean;
  initialValue?: unknown;
  /** Replaces the default control (an organization select, say). */
  control?: ReactNode;
}

interface TextFormModalProps<V> {
  title: string;
  fields: SimpleField[];
  onSubmit: (values: V) => Promise<unknown>;
  successText: string;
  onClose: () => void;
  onSaved: () => void;
  testId: string;
}

/**
 * The small forms around a case (supervision, reports, assistance, answers) differ only in their
 * fields; this keeps them from each repeating the same modal and submit plumbing.
 */
export function TextFormModal<V extends object>({
  title,
  fields,
  onSubmit,
  successText,
  onClose,
  onSaved,
  testId,
}: TextFormModalProps<V>) {
  const { t } = useI18n();
  const [form] = Form.useForm<V>();
  const { saving, submit } = useFormSubmit(form, onSubmit, onSaved, successText);
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      data-testid={testId}
    >
      <Form<V> form={form} name={testId} layout="vertical" autoComplete="off">
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            initialValue={field.initialValue}
            rules={
              field.required
                ? [
                    {
                      required: true,
                      ...(field.kind === 'days' ? { type: 'number' as const } : { whitespace: true }),
                      message: t('cases.field.required', { label: field.label }),
                    },
                  ]
                : []
            }
          >
            {field.control ??
              (field.kind === 'days' ? (
                <InputNumber min={1} max={90} precision={0} suffix={t('cases.days')} style={{ width: 160 }} />
              ) : field.kind === 'textarea' ? (
                <Input.TextArea rows={4} maxLength={4000} showCount />
              ) : (
                <Input maxLength={200} />
              ))}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
