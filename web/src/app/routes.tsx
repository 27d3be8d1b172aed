import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { type LoginLocationState, useAuth } from './auth/AuthProvider.tsx';
import { FullPageSpin, RequireAuth, RequirePermission } from './auth/guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { FEATURE_MODULES } from './registry.tsx';

const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));

function LoginRoute() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'authenticated') {
    const from = (location.state as LoginLocationState | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <LoginPage />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {FEATURE_MODULES.filter((m) => m.enabled && m.page).map(({ key, path, permission, page: Page }) => (
          <Route
            key={key}
            path={path}
            element={<RequirePermission permission={permission}>{Page ? <Page /> : null}</RequirePermission>}
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
