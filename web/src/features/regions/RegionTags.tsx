import { REGION_LEVEL_LABELS, type RegionDto, type RegionLevel } from '@ipp/shared';
import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';

const LEVEL_COLORS: Record<RegionLevel, string> = {
  national: 'red',
  province: 'volcano',
  city: 'blue',
  county: 'cyan',
};

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const { pick } = useI18n();
  return <Tag color={LEVEL_COLORS[level]}>{pick(REGION_LEVEL_LABELS[level])}</Tag>;
}

export function RegionStatusTag({ status }: { status: RegionDto['status'] }) {
  const { t } = useI18n();
  return status === 'retired' ? (
    <Tag color="default" data-testid="region-retired-tag">
      {t('common.retired')}
    </Tag>
  ) : (
    <Tag color="success">{t('common.active')}</Tag>
  );
}
