import { Card } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { VerifyPanel } from './VerifyPage.tsx';

/** /verify: the same verification for the public, without the signed-in shell. */
export default function PublicVerifyPage() {
  const { t } = useI18n();
  return (
    <Card variant="borderless" title={t('verify.publicTitle')} data-testid="verify-page">
      <VerifyPanel />
    </Card>
  );
}
