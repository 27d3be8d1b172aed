import { Alert, Card, Col, Empty, Flex, Form, Row, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { applyProblemToForm } from '../../app/api/forms.ts';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { CertificateView } from '../certificates/CertificateView.tsx';
import { BatchVerify } from './BatchVerify.tsx';
import { registryApi, type VerifyResponse } from './registryApi.ts';
import { initialVerifyValues, toVerifyRequest, VerifyForm, type VerifyFormValues } from './VerifyForm.tsx';
import { VerifyResult } from './VerifyResult.tsx';

interface Failure {
  text: string;
  code?: string;
}

function SingleVerify({ linkToRecord }: { linkToRecord: boolean }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const initialValues = useMemo(() => initialVerifyValues(params), [params]);
  const [form] = Form.useForm<VerifyFormValues>();
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<VerifyResponse | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (values: VerifyFormValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      setResult(await registryApi.verify(toVerifyRequest(values)));
    } catch (error) {
      setResult(null);
      applyProblemToForm(form, error);
      setFailure({ text: problemText(error), code: error instanceof ApiError ? error.code : undefined });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xxl={7}>
        <Card size="small">
          <VerifyForm form={form} initialValues={initialValues} submitting={submitting} onSubmit={submit} />
        </Card>
      </Col>
      <Col xs={24} lg={15} xxl={17}>
        <Flex vertical gap={12}>
          {failure ? (
            <Alert
              type="error"
              showIcon
              title={failure.text}
              description={failure.code ? `${t('common.errorCode')}：${failure.code}` : undefined}
              data-testid="verify-error"
            />
          ) : null}
          {result ? (
            <>
              {result.certificate ? <CertificateView certificate={result.certificate} /> : null}
              <VerifyResult result={result} linkToRecord={linkToRecord} />
            </>
          ) : failure ? null : (
            <Card size="small">
              <Empty description={t('verify.empty')} />
            </Card>
          )}
        </Flex>
      </Col>
    </Row>
  );
}

/** The verification tabs: single for everyone, batch for signed-in users who may read the registry. */
export function VerifyPanel() {
  const { t } = useI18n();
  const { status, can } = useAuth();
  // Batch verification and the record page need a signed-in user with read permission.
  const canRead = status === 'authenticated' && can('registry.right.read');
  const single = <SingleVerify linkToRecord={canRead} />;
  if (!canRead) return single;
  return (
    <Tabs
      items={[
        {
          key: 'single',
          label: <span data-testid="verify-tab-single">{t('verify.tab.single')}</span>,
          children: single,
        },
        {
          key: 'batch',
          label: <span data-testid="verify-tab-batch">{t('verify.tab.batch')}</span>,
          children: <BatchVerify />,
        },
      ]}
    />
  );
}

export default function VerifyPage() {
  const title = useModuleTitle('verify');
  return (
    <PageContainer title={title} testId="verify-page">
      <VerifyPanel />
    </PageContainer>
  );
}
