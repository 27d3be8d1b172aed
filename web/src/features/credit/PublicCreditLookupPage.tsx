import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Space, Spin, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { problemText } from '../../app/api/problem.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { CreditLookupResult } from './CreditLookupResult.tsx';
import { PublicCreditList } from './PublicCreditList.tsx';
import { type LookupResult, publicCreditApi } from './ratingApi.ts';

function Lookup() {
  const { t } = useI18n();
  const [state, setState] = useState<{ loading: boolean; result?: LookupResult; error?: string }>({
    loading: false,
  });
  const latest = useRef(0);
  const lookup = ({ subject }: { subject: string }) => {
    const id = ++latest.current;
    setState({ loading: true });
    publicCreditApi
      .lookup(subject.trim())
      .then((result) => id === latest.current && setState({ loading: false, result }))
      .catch(
        (error: unknown) => id === latest.current && setState({ loading: false, error: problemText(error) }),
      );
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('credit.lookup.intro')}</Typography.Paragraph>
      <Form name="creditLookup" onFinish={lookup}>
        <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
          <Form.Item
            name="subject"
            noStyle
            rules={[{ required: true, whitespace: true, min: 2, message: t('credit.lookup.required') }]}
          >
            <Input
              size="large"
              allowClear
              placeholder={t('credit.lookup.placeholder')}
              data-testid="credit-lookup-input"
            />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            icon={<SearchOutlined />}
            data-testid="credit-lookup-submit"
          >
            {t('credit.lookup.submit')}
          </Button>
        </Space.Compact>
      </Form>
      {state.loading ? <Spin /> : null}
      {state.error ? (
        <Alert type="error" showIcon title={state.error} data-testid="credit-lookup-error" />
      ) : null}
      {state.result ? <CreditLookupResult result={state.result} /> : null}
    </Flex>
  );
}

/** /credit/public: anyone may look up public credit information and the serious-dishonesty list. */
export default function PublicCreditLookupPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('credit.lookup.title')} testId="credit-public-page">
      <Tabs
        items={[
          { key: 'lookup', label: t('credit.lookup.submit'), children: <Lookup /> },
          { key: 'list', label: t('credit.list.title'), children: <PublicCreditList /> },
        ]}
      />
    </PageContainer>
  );
}
