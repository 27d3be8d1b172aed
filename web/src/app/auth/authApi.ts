import type { MeDto } from '@ipp/shared';
import { api } from '../api/client.ts';

export interface LoginResponse {
  token: string;
  user: MeDto;
}

export const authApi = {
  me: () => api.get<MeDto>('/auth/me'),
  /** Silent: the login form shows the problem itself (wrong password, locked, rate limited). */
  login: (username: string, password: string) =>
    api.post<LoginResponse>('/auth/login', { username, password }, { silent: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { silent: true }),
};
