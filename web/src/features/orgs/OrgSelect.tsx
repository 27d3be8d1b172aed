import type { OrgDto } from '@ipp/shared';
import { Select } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { orgsApi } from './orgsApi.ts';

interface OrgSelectProps {
  value?: string;
  onChange?: (orgId: string | undefined) => void;
  /** Shown for the current value before any search ran (e.g. the org name of a user being edited). */
  initialLabel?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

function orgLabel(org: OrgDto): string {
  return `${org.name}（${org.regionName}）`;
}

/** Searchable organization select backed by GET /orgs?q=. */
export function OrgSelect({ value, onChange, initialLabel, placeholder, ...rest }: OrgSelectProps) {
  const { t } = useI18n();
  const [orgs, setOrgs] = useState<OrgDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [q, setQ] = useState('');
  const latest = useRef(0);
  const seen = useRef(new Map<string, string>());

  useEffect(() => {
    const id = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      orgsApi
        .list({ q: q.trim() || undefined, page: 1, pageSize: 20 })
        .then((page) => {
          if (id !== latest.current) return;
          for (const org of page.items) seen.current.set(org.id, orgLabel(org));
          setOrgs(page.items);
        })
        .catch(() => undefined)
        .finally(() => {
          if (id === latest.current) setLoading(false);
        });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q]);

  const options = orgs.map((org) => ({ value: org.id, label: orgLabel(org) }));
  const selectedLabel = value ? (seen.current.get(value) ?? initialLabel) : undefined;
  if (value && selectedLabel && !orgs.some((org) => org.id === value)) {
    options.unshift({ value, label: selectedLabel });
  }

  return (
    <Select
      {...rest}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      loading={loading}
      placeholder={placeholder ?? t('users.orgPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={loading ? null : undefined}
    />
  );
}
