import { CloseOutlined } from '@ant-design/icons';
import type { FacetBucket, RightSearchResultDto } from '@ipp/shared';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { type MessageKey, useI18n } from '../../app/i18n/index.tsx';
import { useRightLabels } from './RightTags.tsx';
import type { RightSearchFilters } from './registryApi.ts';
import { selectedYear } from './searchQuery.ts';

export type FacetKey = keyof RightSearchResultDto['facets'];

const FACETS: { key: FacetKey; label: MessageKey }[] = [
  { key: 'type', label: 'registry.facet.type' },
  { key: 'status', label: 'registry.facet.status' },
  { key: 'province', label: 'registry.facet.province' },
  { key: 'classMain', label: 'registry.facet.classMain' },
  { key: 'filingYear', label: 'registry.facet.filingYear' },
];

const COLLAPSED_BUCKETS = 8;

export function selectedFacetValue(facet: FacetKey, filters: RightSearchFilters): string | undefined {
  return facet === 'filingYear' ? selectedYear(filters) : filters[facet];
}

interface FacetPanelProps {
  facets: Partial<RightSearchResultDto['facets']> | undefined;
  filters: RightSearchFilters;
  loading: boolean;
  /** What the counts are taken over (the API's facetBasis): said above them unless every match. */
  basis?: RightSearchResultDto['facetBasis'] | undefined;
  onToggle: (facet: FacetKey, value: string) => void;
}

function FacetGroup({
  facet,
  buckets,
  selected,
  onToggle,
}: {
  facet: FacetKey;
  buckets: FacetBucket[];
  selected: string | undefined;
  onToggle: (facet: FacetKey, value: string) => void;
}) {
  const { t } = useI18n();
  const labels = useRightLabels();
  const [expanded, setExpanded] = useState(false);
  const label = (bucket: FacetBucket) => {
    if (facet === 'type') return labels.type(bucket.value);
    if (facet === 'status') return labels.status(bucket.value);
    return bucket.label || bucket.value;
  };
  // A selected bucket stays visible even when it is beyond the collapsed list.
  const shown = expanded
    ? buckets
    : buckets.filter((bucket, index) => index < COLLAPSED_BUCKETS || bucket.value === selected);

  if (buckets.length === 0) {
    return <Typography.Text type="secondary">{t('registry.facet.none')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={2}>
      {shown.map((bucket) => {
        const active = bucket.value === selected;
        return (
          <button
            type="button"
            key={bucket.value}
            className={`ipp-facet-bucket${active ? ' ipp-facet-bucket-active' : ''}`}
            aria-pressed={active}
            title={active ? t('registry.facet.clear') : label(bucket)}
            onClick={() => onToggle(facet, bucket.value)}
            data-testid={`facet-${facet}-${bucket.value}`}
          >
            <span className="ipp-facet-label">{label(bucket)}</span>
            {active ? <CloseOutlined /> : <span className="ipp-facet-count">{bucket.count}</span>}
          </button>
        );
      })}
      {buckets.length > COLLAPSED_BUCKETS ? (
        <Typography.Link onClick={() => setExpanded(!expanded)} style={{ fontSize: 12, paddingInline: 8 }}>
          {expanded ? t('registry.facet.less') : t('registry.facet.more', { count: buckets.length })}
        </Typography.Link>
      ) : null}
    </Flex>
  );
}

/** The left column of the search page: counts per facet; a click filters, a second click clears. */
export function FacetPanel({ facets, filters, loading, basis, onToggle }: FacetPanelProps) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={12} data-testid="registry-facets">
      {basis && basis.kind !== 'all' ? (
        <Typography.Text type="secondary" data-testid="registry-facets-sampled">
          {basis.kind === 'sample'
            ? t('registry.facet.randomSample', { count: basis.matches })
            : t('registry.facet.sampled', { total: basis.matches })}
        </Typography.Text>
      ) : null}
      {FACETS.map(({ key, label }) => (
        <Card key={key} size="small" title={t(label)} styles={{ body: { padding: 8 } }}>
          {loading && !facets ? (
            <Skeleton active paragraph={{ rows: 3 }} title={false} />
          ) : (
            <FacetGroup
              facet={key}
              buckets={facets?.[key] ?? []}
              selected={selectedFacetValue(key, filters)}
              onToggle={onToggle}
            />
          )}
        </Card>
      ))}
    </Flex>
  );
}
