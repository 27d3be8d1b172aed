import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import type { SignedCheck } from './certificatesApi.ts';

interface AdvancedValues {
  payload: string;
  signature?: string;
}

const SIGNATURE = /^[0-9a-f]{128}$/i;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A pasted certificate JSON ({payload, signature, keyId, …}) fills both fields at once. */
function fromCertificateJson(value: unknown): SignedCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { payload, signature, keyId } = value as Record<string, unknown>;
  if (typeof payload !== 'string' || typeof signature !== 'string') return null;
  return { payload, signature, ...(typeof keyId === 'string' ? { keyId } : {}) };
}

/**
 * Checks the signed text itself, as printed on or downloaded with the certificate: the payload
 * (canonical JSON, sent exactly as pasted) and its 128-hex-character SM2 signature.
 */
export function AdvancedCheckForm({
  loading,
  onCheck,
}: {
  loading: boolean;
  onCheck: (check: SignedCheck) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<AdvancedValues>();

  const submit = ({ payload, signature }: AdvancedValues) => {
    const text = payload.trim();
    const parsed = parseJson(text);
    if (parsed === undefined) {
      form.setFields([{ name: 'payload', errors: [t('certificate.check.payloadInvalid')] }]);
      return;
    }
    const hex = (signature ?? '').replace(/\s+/g, '').replace(/^0x/i, '');
    const whole = hex ? null : fromCertificateJson(parsed);
    const check = whole ?? { payload: text, signature: hex };
    if (!SIGNATURE.test(check.signature)) {
      form.setFields([{ name: 'signature', errors: [t('certificate.check.signatureInvalid')] }]);
      return;
    }
    onCheck(check);
  };

  return (
    <Form<AdvancedValues> form={form} name="certificateAdvanced" layout="vertical" onFinish={submit}>
      <Typography.Paragraph type="secondary">{t('certificate.check.advancedHint')}</Typography.Paragraph>
      <Form.Item
        name="payload"
        label={t('certificate.check.payload')}
        rules={[{ required: true, whitespace: true, message: t('certificate.check.payloadRequired') }]}
      >
        <Input.TextArea rows={8} className="ipp-mono" data-testid="certificate-payload-input" />
      </Form.Item>
      <Form.Item name="signature" label={t('certificate.check.signature')}>
        <Input.TextArea rows={2} className="ipp-mono" data-testid="certificate-signature-input" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SafetyCertificateOutlined />}
        loading={loading}
        data-testid="certificate-advanced-submit"
      >
        {t('certificate.check.submit')}
      </Button>
    </Form>
  );
}
