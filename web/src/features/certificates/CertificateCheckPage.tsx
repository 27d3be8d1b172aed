import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { CertificateCheckDto } from '@ipp/shared';
import { Button, Card, Flex, Form, Input, Skeleton, Space, Tabs } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../app/i18n/index.tsx';
import { AdvancedCheckForm } from './AdvancedCheckForm.tsx';
import { CheckFailure, CheckResult } from './CheckResult.tsx';
import { certificatesApi, normalizeCode } from './certificatesApi.ts';

interface CheckState {
  loading: boolean;
  check?: CertificateCheckDto;
  error?: unknown;
}

/** Runs one check at a time and keeps only the latest answer. */
function useCheck() {
  const [state, setState] = useState<CheckState>({ loading: false });
  const latest = useRef(0);
  const run = useCallback((request: () => Promise<CertificateCheckDto>) => {
    const id = ++latest.current;
    setState({ loading: true });
    request()
      .then((check) => id === latest.current && setState({ loading: false, check }))
      .catch((error: unknown) => id === latest.current && setState({ loading: false, error }));
  }, []);
  const clear = useCallback(() => {
    latest.current++;
    setState({ loading: false });
  }, []);
  return { state, run, clear };
}

function CodeForm({ initial, onCheck }: { initial: string; onCheck: (code: string) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  useEffect(() => form.setFieldsValue({ code: initial }), [form, initial]);
  return (
    <Form form={form} name="certificateCheck" onFinish={({ code }) => onCheck(normalizeCode(code))}>
      <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
        <Form.Item
          name="code"
          noStyle
          rules={[{ required: true, whitespace: true, message: t('certificate.check.codeRequired') }]}
        >
          <Input
            size="large"
            allowClear
            className="ipp-mono"
            placeholder={t('certificate.check.codePlaceholder')}
            data-testid="certificate-check-input"
          />
        </Form.Item>
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          icon={<SafetyCertificateOutlined />}
          data-testid="certificate-check-submit"
        >
          {t('certificate.check.submit')}
        </Button>
      </Space.Compact>
    </Form>
  );
}

/** /c/:code and /certificates/check: anyone can check that a verification certificate is genuine. */
export default function CertificateCheckPage() {
  const { t } = useI18n();
  const { code: codeParam } = useParams();
  const code = codeParam ? normalizeCode(codeParam) : '';
  const navigate = useNavigate();
  const { state, run, clear } = useCheck();
  const [tab, setTab] = useState('code');

  const checkCode = useCallback(() => {
    if (code) run(() => certificatesApi.get(code));
    else clear();
  }, [code, run, clear]);
  useEffect(checkCode, [checkCode]);

  const onCode = (next: string) => {
    if (next === code) checkCode();
    else navigate(`/c/${encodeURIComponent(next)}`);
  };

  return (
    <Card variant="borderless" title={t('certificate.check.title')} data-testid="certificate-check-page">
      <Flex vertical gap={16}>
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setTab(key);
            if (key === 'code') checkCode();
            else clear();
          }}
          items={[
            {
              key: 'code',
              label: <span data-testid="certificate-tab-code">{t('certificate.check.byCode')}</span>,
              children: <CodeForm initial={code} onCheck={onCode} />,
            },
            {
              key: 'advanced',
              label: <span data-testid="certificate-tab-advanced">{t('certificate.check.advanced')}</span>,
              children: (
                <AdvancedCheckForm
                  loading={state.loading}
                  onCheck={(check) => run(() => certificatesApi.checkSigned(check))}
                />
              ),
            },
          ]}
        />
        {state.loading ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {!state.loading && state.check ? <CheckResult check={state.check} /> : null}
        {!state.loading && state.error ? (
          <CheckFailure error={state.error} onRetry={tab === 'code' ? checkCode : undefined} />
        ) : null}
      </Flex>
    </Card>
  );
}
