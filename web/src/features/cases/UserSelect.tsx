import type { UserDto } from '@ipp/shared';
import { Select } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { usersApi } from '../users/usersApi.ts';

interface UserSelectProps {
  value?: string;
  onChange?: (userId: string | undefined) => void;
  /** Only the officials of this organization (the handling org, when assigning a case). */
  orgId?: string;
  initialLabel?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

const userLabel = (user: UserDto) => `${user.displayName}（${user.orgName}）`;

/** Searchable user select backed by GET /users?q= (the server limits it to the caller's jurisdiction). */
export function UserSelect({ value, onChange, orgId, initialLabel, ...rest }: UserSelectProps) {
  const { t } = useI18n();
  const [users, setUsers] = useState<UserDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [q, setQ] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      usersApi
        .list({ q: q.trim() || undefined, orgId, page: 1, pageSize: 20 })
        .then((page) => {
          if (id === latest.current) setUsers(page.items.filter((user) => !user.disabled));
        })
        .catch(() => undefined)
        .finally(() => {
          if (id === latest.current) setLoading(false);
        });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q, orgId]);

  const options = users.map((user) => ({ value: user.id, label: userLabel(user) }));
  if (value && initialLabel && !users.some((user) => user.id === value)) {
    options.unshift({ value, label: initialLabel });
  }

  return (
    <Select
      {...rest}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      loading={loading}
      placeholder={t('cases.userPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={loading ? null : undefined}
    />
  );
}
