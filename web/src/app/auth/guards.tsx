import type { Permission } from '@ipp/shared';
import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { type LoginLocationState, useAuth } from './AuthProvider.tsx';

export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

/** Children render only for a signed-in user; anyone else goes to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'anonymous') {
    const state: LoginLocationState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

export function RequirePermission({
  permission,
  children,
}: {
  permission?: Permission;
  children: ReactNode;
}) {
  const { can } = useAuth();
  const { t } = useI18n();
  if (permission && !can(permission)) {
    return (
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={t('forbidden.subtitle', { permission })}
        data-testid="forbidden"
      />
    );
  }
  return children;
}
