import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { type Authority, casesApi } from './casesApi.ts';

interface AuthoritySelectProps {
  value?: string;
  onChange?: (orgId: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

/**
 * Authorities in any region (GET /cases/authorities): a transfer, an assistance request or a
 * mediation hand-over names an organization outside the officer's own jurisdiction.
 */
export function AuthoritySelect({ value, onChange, ...rest }: AuthoritySelectProps) {
  const { t } = useI18n();
  const [items, setItems] = useState<Authority[]>([]);
  const [loading, setLoading] = useState(false);
  const [q, setQ] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      casesApi
        .authorities(q.trim() || undefined)
        .then((answer) => {
          if (id === latest.current) setItems(answer.items);
        })
        .catch(() => undefined)
        .finally(() => {
          if (id === latest.current) setLoading(false);
        });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q]);

  return (
    <Select
      {...rest}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={items.map((a) => ({ value: a.id, label: `${a.name}（${a.regionName}）` }))}
      loading={loading}
      placeholder={t('users.orgPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={loading ? null : undefined}
    />
  );
}
