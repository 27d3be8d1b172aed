import {
  RIGHT_EVENT_LABELS,
  RIGHT_EVENT_TYPES,
  RIGHT_STATUS_LABELS,
  RIGHT_STATUSES,
  RIGHT_SUBTYPES,
  RIGHT_TYPE_LABELS,
  RIGHT_TYPES,
  type RightEventType,
  type RightStatus,
  type RightSubtype,
  type RightType,
} from '@ipp/shared';
import { Tag } from 'antd';
import type { Translate } from '../../app/i18n/index.tsx';
import { useI18n } from '../../app/i18n/index.tsx';

export const STATUS_COLORS: Record<RightStatus, string> = {
  pending: 'gold',
  published: 'cyan',
  valid: 'green',
  partially_invalid: 'orange',
  invalid: 'red',
  revoked: 'magenta',
  terminated: 'volcano',
  expired: 'default',
};

export const TYPE_COLORS: Record<RightType, string> = {
  patent: 'blue',
  trademark: 'purple',
  ic_layout: 'geekblue',
  gi: 'cyan',
};

const ALL_SUBTYPES: readonly string[] = Object.values(RIGHT_SUBTYPES).flat();

export function isRightType(value: unknown): value is RightType {
  return typeof value === 'string' && (RIGHT_TYPES as readonly string[]).includes(value);
}

export function isRightStatus(value: unknown): value is RightStatus {
  return typeof value === 'string' && (RIGHT_STATUSES as readonly string[]).includes(value);
}

function isEventType(value: string): value is RightEventType {
  return (RIGHT_EVENT_TYPES as readonly string[]).includes(value);
}

/** Localized labels of the registry's code lists (the shared catalogs, as the server's PDFs and exports
 * use them); unknown codes from the server show as they are. */
export function useRightLabels() {
  const { t, pick } = useI18n();
  return {
    type: (type: string) => (isRightType(type) ? pick(RIGHT_TYPE_LABELS[type]) : type),
    status: (status: string) => (isRightStatus(status) ? pick(RIGHT_STATUS_LABELS[status]) : status),
    subtype: (subtype: string | null) => subtypeLabel(subtype, t),
    event: (type: string) => (isEventType(type) ? pick(RIGHT_EVENT_LABELS[type]) : type),
  };
}

export function subtypeLabel(subtype: string | null, t: Translate): string {
  if (!subtype) return '—';
  return ALL_SUBTYPES.includes(subtype) ? t(`registry.subtype.${subtype as RightSubtype}`) : subtype;
}

export function RightTypeTag({ type }: { type: string }) {
  const labels = useRightLabels();
  return (
    <Tag color={isRightType(type) ? TYPE_COLORS[type] : 'default'} data-testid="right-type-tag">
      {labels.type(type)}
    </Tag>
  );
}

export function RightStatusTag({ status }: { status: string }) {
  const labels = useRightLabels();
  return (
    <Tag
      color={isRightStatus(status) ? STATUS_COLORS[status] : 'default'}
      data-testid="right-status-tag"
      data-status={status}
    >
      {labels.status(status)}
    </Tag>
  );
}

/** ISO dates render as they are; missing ones as an em dash. */
export function dateText(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : '—';
}
