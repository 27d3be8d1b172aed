import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { auditApi, type ChainVerification } from './auditApi.ts';

export function useChainVerification() {
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const verify = () => {
    setVerifying(true);
    setResult(null);
    auditApi
      .verify()
      .then(setResult)
      .catch(() => undefined)
      .finally(() => setVerifying(false));
  };

  return { result, verifying, verify, clear: () => setResult(null) };
}

export function VerifyChainButton({ verifying, onVerify }: { verifying: boolean; onVerify: () => void }) {
  const { t } = useI18n();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verifying}
      onClick={onVerify}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ result, onClose }: { result: ChainVerification; onClose: () => void }) {
  const { t } = useI18n();
  const description = result.ok
    ? t('audit.verifyOk', { checked: result.checked })
    : t('audit.verifyBad', {
        seq: result.firstBad?.seq ?? '?',
        reason: [result.firstBad?.reason, result.firstBad?.message].filter(Boolean).join('：') || '?',
        checked: result.checked,
      });
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      title={t('audit.verifyTitle')}
      description={description}
      style={{ marginBottom: 12 }}
      data-testid="audit-verify-result"
      data-ok={String(result.ok)}
    />
  );
}
