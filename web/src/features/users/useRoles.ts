import { ROLE_CODES, ROLES } from '@ipp/shared';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { type RoleInfo, usersApi } from './usersApi.ts';

/** The shared catalog, used until (or if) GET /roles answers. */
const FALLBACK: RoleInfo[] = ROLE_CODES.map((code) => ({
  code,
  name: ROLES[code].zh,
  nameEn: ROLES[code].en,
  permissions: [...ROLES[code].permissions],
}));

/** Role options for selects, from GET /roles (falling back to the shared catalog). */
export function useRoleOptions(enabled: boolean) {
  const { locale } = useI18n();
  const [roles, setRoles] = useState<RoleInfo[]>(FALLBACK);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    usersApi
      .roles()
      .then(({ items }) => {
        if (!cancelled && items.length > 0) setRoles(items);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [enabled]);

  return roles.map((role) => ({
    value: role.code,
    label: locale === 'en-US' ? role.nameEn : role.name,
    title: role.permissions.join(', '),
  }));
}
