import type { RightDetailDto } from '@ipp/shared';
import { Descriptions, type DescriptionsProps, Empty, Flex, Tag } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { type MessageKey, useI18n } from '../../app/i18n/index.tsx';
import { dateText, RightStatusTag, RightTypeTag, useRightLabels } from './RightTags.tsx';

const NUMBER_KINDS: Record<string, MessageKey> = {
  application: 'registry.numberKind.application',
  publication: 'registry.numberKind.publication',
  grant: 'registry.numberKind.grant',
  registration: 'registry.numberKind.registration',
  publication_base: 'registry.numberKind.publication_base',
  foreign: 'registry.numberKind.foreign',
};

const COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 };

/** The right's main facts as one Descriptions block. */
export function RightOverview({ right }: { right: RightDetailDto }) {
  const { t } = useI18n();
  const labels = useRightLabels();
  const items: DescriptionsProps['items'] = [
    { key: 'type', label: t('registry.field.type'), children: <RightTypeTag type={right.type} /> },
    { key: 'subtype', label: t('registry.field.subtype'), children: labels.subtype(right.subtype) },
    {
      key: 'number',
      label: t('registry.field.number'),
      children: <span className="ipp-mono">{right.numberDisplay || right.number}</span>,
    },
    { key: 'status', label: t('registry.field.status'), children: <RightStatusTag status={right.status} /> },
    {
      key: 'region',
      label: t('registry.field.region'),
      children: right.regionName ?? right.regionCode ?? '—',
    },
    { key: 'classMain', label: t('registry.field.classMain'), children: right.classMain ?? '—' },
    { key: 'filing', label: t('registry.field.filingDate'), children: dateText(right.filingDate) },
    { key: 'grant', label: t('registry.field.grantDate'), children: dateText(right.grantDate) },
    { key: 'expiry', label: t('registry.field.expiryDate'), children: dateText(right.expiryDate) },
  ];
  if (right.inventors?.length) {
    items.push({
      key: 'inventors',
      label: t('registry.field.inventors'),
      children: right.inventors.join('；'),
      span: 'filled',
    });
  }
  return <Descriptions size="small" bordered column={COLUMNS} items={items} data-testid="right-overview" />;
}

export function RightNumbers({ right }: { right: RightDetailDto }) {
  const { t } = useI18n();
  const numbers = right.numbers ?? [];
  if (numbers.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      data-testid="right-numbers"
      items={numbers.map(({ kind, value }, index) => ({
        key: `${kind}-${index}`,
        label: NUMBER_KINDS[kind] ? t(NUMBER_KINDS[kind]) : kind,
        children: <span className="ipp-mono">{value}</span>,
      }))}
    />
  );
}

export function RightClasses({ right }: { right: RightDetailDto }) {
  const classes = right.classes ?? [];
  if (classes.length === 0) return <span>—</span>;
  return (
    <Flex wrap gap={4} data-testid="right-classes">
      {classes.map((code) => (
        <Tag key={code} className="ipp-mono" color={code === right.classMain ? 'geekblue' : undefined}>
          {code}
        </Tag>
      ))}
    </Flex>
  );
}

export function RightSource({ right }: { right: RightDetailDto }) {
  const { t, locale } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="right-source"
      items={[
        { key: 'source', label: t('registry.field.source'), children: right.source || '—' },
        {
          key: 'updated',
          label: t('registry.field.updatedAt'),
          children: formatDateTime(right.sourceUpdatedAt, locale),
        },
      ]}
    />
  );
}
