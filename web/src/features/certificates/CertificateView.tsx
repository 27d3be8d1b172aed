import { FilePdfOutlined, LinkOutlined } from '@ant-design/icons';
import type { CertificateDto } from '@ipp/shared';
import { Button, Card, Collapse, Descriptions, Flex, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { certificatesApi, codeGroups, type IssuedCertificate } from './certificatesApi.ts';

/** The code in large type, grouped by spacing only, so that its text content is still the exact code. */
export function CertificateCode({ code }: { code: string }) {
  return (
    <Typography.Text copyable={{ text: code }}>
      <span className="ipp-cert-code" data-testid="certificate-code" data-code={code}>
        {codeGroups(code).map((group, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional parts of one string.
          <span key={index}>{group}</span>
        ))}
      </span>
    </Typography.Text>
  );
}

/** Where the public check page is: the server's absolute URL when given, else this site's /c/:code. */
export function checkPageUrl(certificate: Pick<CertificateDto, 'code' | 'url'>): string {
  return certificate.url || `/c/${encodeURIComponent(certificate.code)}`;
}

export function pdfUrl(certificate: Pick<CertificateDto, 'code' | 'pdfUrl'>): string {
  return certificate.pdfUrl || certificatesApi.pdfUrl(certificate.code);
}

/** The signed text and signature, for checking the certificate offline with the platform's public key. */
function SignedData({ certificate }: { certificate: IssuedCertificate }) {
  const { t } = useI18n();
  if (!certificate.payload) return null;
  const children = (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('certificate.payload')}</Typography.Text>
      <Typography.Paragraph copyable className="ipp-json" data-testid="certificate-payload">
        {certificate.payload}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('certificate.signature')}</Typography.Text>
      <Typography.Paragraph copyable className="ipp-json" data-testid="certificate-signature">
        {certificate.signature}
      </Typography.Paragraph>
    </Flex>
  );
  return <Collapse size="small" items={[{ key: 'signed', label: t('certificate.signedData'), children }]} />;
}

interface CertificateViewProps {
  certificate: IssuedCertificate;
  /** The check page itself hides its own link. */
  showCheckLink?: boolean;
}

/** An issued verification certificate: its code, the QR code of the check page, and links. */
export function CertificateView({ certificate, showCheckLink = true }: CertificateViewProps) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" title={t('certificate.title')} data-testid="certificate-view">
      <Flex gap={24} wrap align="center">
        {certificate.qrSvg ? (
          <div
            className="ipp-cert-qr"
            data-testid="certificate-qr"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated QR SVG of our own check URL.
            dangerouslySetInnerHTML={{ __html: certificate.qrSvg }}
          />
        ) : null}
        <Flex vertical gap={8} style={{ flex: 1, minWidth: 260 }}>
          <Typography.Text type="secondary">{t('certificate.code')}</Typography.Text>
          <CertificateCode code={certificate.code} />
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'issuedAt',
                label: t('certificate.issuedAt'),
                children: formatDateTime(certificate.issuedAt, locale),
              },
              {
                key: 'keyId',
                label: t('certificate.keyId'),
                children: <span className="ipp-mono">{certificate.keyId}</span>,
              },
            ]}
          />
          <Flex gap={8} wrap>
            <Button
              icon={<FilePdfOutlined />}
              href={pdfUrl(certificate)}
              target="_blank"
              rel="noopener"
              data-testid="certificate-pdf"
            >
              {t('certificate.pdf')}
            </Button>
            {showCheckLink ? (
              <Button
                icon={<LinkOutlined />}
                href={checkPageUrl(certificate)}
                target="_blank"
                rel="noopener"
                data-testid="certificate-check-link"
              >
                {t('certificate.checkPage')}
              </Button>
            ) : null}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('certificate.notice')}
          </Typography.Text>
        </Flex>
      </Flex>
      <div style={{ marginTop: 12 }}>
        <SignedData certificate={certificate} />
      </div>
    </Card>
  );
}
