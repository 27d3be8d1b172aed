import type { CertificateCheckDto } from '@ipp/shared';
import { Button, Flex, Result, Tag } from 'antd';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { VerifyResult } from '../registry/VerifyResult.tsx';
import { CertificateView } from './CertificateView.tsx';
import { isCheckReason } from './certificatesApi.ts';

/** The verdict on a certificate: genuine (our signature) and unaltered (content as issued), then its content. */
export function CheckResult({ check }: { check: CertificateCheckDto }) {
  const { t } = useI18n();
  const ok = check.genuine && check.unaltered;
  return (
    <Flex vertical gap={12}>
      <Result
        status={ok ? 'success' : 'error'}
        title={ok ? t('certificate.check.ok') : t('certificate.check.bad')}
        subTitle={isCheckReason(check.reason) ? t(`certificate.reason.${check.reason}`) : check.reason}
        extra={
          <Flex gap={8} justify="center" wrap>
            <Tag color={check.genuine ? 'green' : 'red'} data-testid="certificate-genuine">
              {check.genuine ? t('certificate.check.genuine') : t('certificate.check.notGenuine')}
            </Tag>
            <Tag color={check.unaltered ? 'green' : 'red'} data-testid="certificate-unaltered">
              {check.unaltered ? t('certificate.check.unaltered') : t('certificate.check.altered')}
            </Tag>
          </Flex>
        }
        data-testid="certificate-check-result"
        data-genuine={String(ok)}
        data-signature-valid={String(check.genuine)}
        data-unaltered={String(check.unaltered)}
        data-reason={check.reason}
      />
      {check.certificate ? (
        <>
          <CertificateView certificate={check.certificate} showCheckLink={false} />
          {check.certificate.verification ? <VerifyResult result={check.certificate.verification} /> : null}
        </>
      ) : null}
    </Flex>
  );
}

/** A failed check request: an unknown code is a (red) verdict; anything else may be retried. */
export function CheckFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
  if (notFound) {
    return (
      <Result
        status="error"
        title={error.status === 404 ? t('certificate.check.notFound') : t('certificate.check.bad')}
        subTitle={problemText(error)}
        data-testid="certificate-check-result"
        data-genuine="false"
      />
    );
  }
  return (
    <Result
      status="warning"
      title={t('certificate.check.failed')}
      subTitle={problemText(error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
      data-testid="certificate-check-error"
    />
  );
}
