import type { HolderMatch, RightHolderDto, VerificationDto } from '@ipp/shared';
import { Alert, Card, Descriptions, type DescriptionsProps, Flex, Result, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { dateText, RightStatusTag, useRightLabels } from './RightTags.tsx';
import { RightTimeline } from './RightTimeline.tsx';

const MATCH_COLORS: Record<HolderMatch['result'], string> = {
  exact: 'green',
  normalized: 'blue',
  none: 'red',
};

export function HolderMatchTag({ match }: { match: HolderMatch | null }) {
  const { t } = useI18n();
  if (!match) return <Typography.Text type="secondary">{t('verify.match.notClaimed')}</Typography.Text>;
  return <Tag color={MATCH_COLORS[match.result] ?? 'default'}>{t(`verify.match.${match.result}`)}</Tag>;
}

function HolderMatchView({ match }: { match: HolderMatch | null }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={2} data-testid="verify-holder-match" data-result={match?.result ?? 'not_claimed'}>
      <span>
        <HolderMatchTag match={match} />
      </span>
      {match ? (
        <Typography.Text type="secondary">
          {t('verify.claimed')}：{match.claimed}
          {match.matchedHolder ? `；${t('verify.matchedHolder')}：${match.matchedHolder}` : ''}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function HolderList({ holders, testId }: { holders: RightHolderDto[]; testId: string }) {
  if (!holders?.length) return <span data-testid={testId}>—</span>;
  return (
    <Flex vertical gap={2} data-testid={testId}>
      {holders.map((holder) => (
        <span key={`${holder.name}|${holder.uscc}|${holder.from}`}>
          {holder.name}
          {holder.uscc ? (
            <Typography.Text type="secondary" className="ipp-mono" style={{ marginInlineStart: 6 }}>
              {holder.uscc}
            </Typography.Text>
          ) : null}
        </span>
      ))}
    </Flex>
  );
}

interface VerifyResultProps {
  result: VerificationDto;
  /** Link the number to the record page (signed-in users with read permission). */
  linkToRecord?: boolean;
}

/** The answer of a verification: existence, validity on the date, holder match, holders and events. */
export function VerifyResult({ result, linkToRecord = false }: VerifyResultProps) {
  const { t, locale } = useI18n();
  const labels = useRightLabels();
  const { right, query } = result;
  const asOf = query?.asOf ?? '';

  if (!result.exists || !right) {
    return (
      <Card size="small" data-testid="verify-result" data-exists="false">
        <Result
          status="warning"
          title={t('verify.notFound')}
          subTitle={t('verify.notFoundDetail', {
            type: labels.type(result.type),
            number: query?.number ?? '',
          })}
          extra={
            <Typography.Text type="secondary">
              {t('verify.checkedAt')}：{formatDateTime(result.checkedAt, locale)}
            </Typography.Text>
          }
        />
      </Card>
    );
  }

  const number = <span className="ipp-mono">{right.number}</span>;
  const items: DescriptionsProps['items'] = [
    {
      key: 'number',
      label: t('registry.field.number'),
      children: linkToRecord ? (
        <Link to={`/registry/rights/${encodeURIComponent(right.id)}`}>{number}</Link>
      ) : (
        number
      ),
    },
    {
      key: 'type',
      label: t('registry.field.type'),
      children: `${labels.type(result.type)} · ${labels.subtype(right.subtype)}`,
    },
    { key: 'title', label: t('registry.field.title'), children: right.title, span: 'filled' },
    { key: 'status', label: t('registry.field.status'), children: <RightStatusTag status={right.status} /> },
    {
      key: 'valid',
      label: t('verify.validOn', { date: asOf }),
      children: (
        <Tag
          color={right.valid ? 'green' : 'red'}
          data-testid="verify-valid"
          data-valid={String(right.valid)}
        >
          {right.valid ? t('verify.valid') : t('verify.invalid')}
        </Tag>
      ),
    },
    { key: 'filing', label: t('registry.field.filingDate'), children: dateText(right.filingDate) },
    { key: 'grant', label: t('registry.field.grantDate'), children: dateText(right.grantDate) },
    { key: 'expiry', label: t('registry.field.expiryDate'), children: dateText(right.expiryDate) },
    {
      key: 'match',
      label: t('verify.holderMatch'),
      children: <HolderMatchView match={result.holderMatch} />,
      span: 'filled',
    },
    {
      key: 'onDate',
      label: t('verify.holdersOnDate', { date: asOf }),
      children: <HolderList holders={result.holdersOnDate} testId="verify-holders-on-date" />,
    },
    {
      key: 'current',
      label: t('verify.currentHolders'),
      children: <HolderList holders={result.currentHolders} testId="verify-current-holders" />,
    },
    {
      key: 'source',
      label: t('registry.field.source'),
      children: result.dataSource
        ? `${result.dataSource.source}（${t('registry.field.updatedAt')} ${formatDateTime(result.dataSource.updatedAt, locale)}）`
        : '—',
      span: 'filled',
    },
    { key: 'checkedAt', label: t('verify.checkedAt'), children: formatDateTime(result.checkedAt, locale) },
  ];

  return (
    <Card size="small" data-testid="verify-result" data-exists="true" data-valid={String(right.valid)}>
      <Flex vertical gap={12}>
        <Alert
          type={right.valid ? 'success' : 'error'}
          showIcon
          title={
            right.valid
              ? t('verify.summaryValid', { date: asOf })
              : t('verify.summaryInvalid', { date: asOf, status: labels.status(right.status) })
          }
          description={right.title}
        />
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />
        <Typography.Text strong>{t('verify.keyEvents')}</Typography.Text>
        <RightTimeline events={result.keyEvents ?? []} testId="verify-events" />
      </Flex>
    </Card>
  );
}
