import { SafetyCertificateOutlined } from '@ant-design/icons';
import { RIGHT_TYPES, type RightType } from '@ipp/shared';
import { Button, Checkbox, DatePicker, Form, type FormInstance, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { submitAgainIfOvertaken } from '../../app/forms/validatedValues.ts';
import { chinaToday } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { isRightType, useRightLabels } from './RightTags.tsx';
import type { VerifyRequest } from './registryApi.ts';

export interface VerifyFormValues {
  type: RightType;
  number: string;
  holder?: string;
  asOf?: Dayjs | null;
  certificate?: boolean;
}

/** Prefill from the page URL (?type=&number=&holder=&asOf=), e.g. from a record page's 核验 button. */
export function initialVerifyValues(params: URLSearchParams): VerifyFormValues {
  const type = params.get('type');
  const asOf = params.get('asOf');
  const parsedAsOf = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? dayjs(asOf) : null;
  return {
    type: isRightType(type) ? type : 'patent',
    number: params.get('number') ?? '',
    holder: params.get('holder') ?? '',
    asOf: parsedAsOf?.isValid() ? parsedAsOf : dayjs(chinaToday()),
    certificate: params.get('certificate') === 'true',
  };
}

export function toVerifyRequest(values: VerifyFormValues): VerifyRequest {
  const holder = values.holder?.trim();
  return {
    type: values.type,
    number: values.number.trim(),
    ...(holder ? { holder } : {}),
    asOf: values.asOf ? values.asOf.format('YYYY-MM-DD') : chinaToday(),
    certificate: Boolean(values.certificate),
  };
}

interface VerifyFormProps {
  form: FormInstance<VerifyFormValues>;
  initialValues: VerifyFormValues;
  submitting: boolean;
  onSubmit: (values: VerifyFormValues) => void;
}

/** The single verification form; antd derives the field ids verify_type, verify_number … from its name. */
export function VerifyForm({ form, initialValues, submitting, onSubmit }: VerifyFormProps) {
  const { t } = useI18n();
  const labels = useRightLabels();
  return (
    <Form<VerifyFormValues>
      form={form}
      name="verify"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      onFinishFailed={submitAgainIfOvertaken(form)}
      requiredMark="optional"
      data-testid="verify-form"
    >
      <Form.Item name="type" label={t('registry.field.type')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={RIGHT_TYPES.map((type) => ({ value: type, label: labels.type(type) }))}
        />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('registry.field.number')}
        rules={[
          { required: true, whitespace: true, message: t('verify.numberRequired') },
          { max: 64, message: t('verify.numberTooLong') },
        ]}
        extra={t('verify.numberHint')}
      >
        <Input allowClear placeholder={t('verify.numberPlaceholder')} className="ipp-mono" />
      </Form.Item>
      <Form.Item
        name="holder"
        label={t('verify.holder')}
        rules={[{ max: 200, message: t('verify.holderTooLong') }]}
        extra={t('verify.holderHint')}
      >
        <Input allowClear placeholder={t('verify.holderPlaceholder')} />
      </Form.Item>
      <Form.Item name="asOf" label={t('verify.asOf')} extra={t('verify.asOfHint')}>
        <DatePicker allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="certificate" valuePropName="checked" extra={t('verify.certificateHint')}>
        <Checkbox data-testid="verify-certificate">{t('verify.certificate')}</Checkbox>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        icon={<SafetyCertificateOutlined />}
        loading={submitting}
        data-testid="verify-submit"
      >
        {t('verify.submit')}
      </Button>
    </Form>
  );
}
