import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { type LoginLocationState, useAuth } from './auth/AuthProvider.tsx';
import { FullPageSpin, RequireAuth, RequirePermission } from './auth/guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { FEATURE_MODULES } from './registry.tsx';

const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));
const PublicVerifyPage = lazy(() => import('../features/registry/PublicVerifyPage.tsx'));
const CertificateCheckPage = lazy(() => import('../features/certificates/CertificateCheckPage.tsx'));

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

const publicFeatureRoutes = FEATURE_MODULES.filter((m) => m.enabled && m.page && m.public).map(
  ({ key, path, page: Page }) => <Route key={key} path={path} element={Page ? <Page /> : null} />,
);

const featureRoutes = FEATURE_MODULES.filter((m) => m.enabled && m.page && !m.public).flatMap(
  ({ key, path, permission, page, subPages }) =>
    [{ path, page }, ...(subPages ?? [])].map(({ path: routePath, page: Page }) => (
      <Route
        key={`${key}:${routePath}`}
        path={routePath}
        element={<RequirePermission permission={permission}>{Page ? <Page /> : null}</RequirePermission>}
      />
    )),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route element={<PublicLayout />}>
        <Route path="/verify" element={<PublicVerifyPage />} />
        <Route path="/certificates/check" element={<CertificateCheckPage />} />
        <Route path="/c/:code" element={<CertificateCheckPage />} />
        {publicFeatureRoutes}
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {featureRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
