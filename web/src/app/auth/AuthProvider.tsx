import type { MeDto, Permission } from '@ipp/shared';
import { App } from 'antd';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { isPublicPath } from '../publicPaths.ts';
import { authApi } from './authApi.ts';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

interface AuthValue {
  status: AuthStatus;
  me: MeDto | null;
  login: (username: string, password: string) => Promise<MeDto>;
  logout: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export interface LoginLocationState {
  from?: string;
}

/** Owns the session: loads /auth/me once, and turns any 401 into a trip to the login page (except on public pages). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeDto | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const { t } = useI18n();
  const statusRef = useRef(status);
  statusRef.current = status;
  const pathRef = useRef(location.pathname);
  pathRef.current = location.pathname;

  useEffect(() => {
    setUnauthorizedHandler((path) => {
      if (statusRef.current === 'authenticated' && path !== '/auth/logout')
        message.warning(t('auth.sessionExpired'));
      setMe(null);
      setStatus('anonymous');
      if (!isPublicPath(pathRef.current)) {
        const state: LoginLocationState = { from: pathRef.current };
        navigate('/login', { replace: true, state });
      }
    });
  }, [navigate, message, t]);

  useEffect(() => {
    authApi
      .me()
      .then((user) => {
        setMe(user);
        setStatus('authenticated');
      })
      .catch(() => setStatus((current) => (current === 'loading' ? 'anonymous' : current)));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { user } = await authApi.login(username, password);
    setMe(user);
    setStatus('authenticated');
    return user;
  }, []);

  const logout = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    setMe(null);
    setStatus('anonymous');
    message.success(t('auth.loggedOut'));
    navigate('/login', { replace: true });
  }, [navigate, message, t]);

  const value = useMemo<AuthValue>(() => {
    const granted = new Set<string>(me?.permissions ?? []);
    return { status, me, login, logout, can: (permission) => granted.has(permission) };
  }, [status, me, login, logout]);

  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For pages rendered inside the authenticated shell, where the user is known to be present. */
export function useMe(): MeDto {
  const { me } = useAuth();
  if (!me) throw new Error('useMe used outside the authenticated shell');
  return me;
}
