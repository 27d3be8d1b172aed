import type { Page, Permission, RoleCode, UserDto } from '@ipp/shared';
import { api } from '../../app/api/client.ts';

export interface UserQuery {
  q?: string;
  orgId?: string;
  page: number;
  pageSize: number;
}

export interface UserCreateBody {
  username: string;
  displayName: string;
  orgId: string;
  roles: RoleCode[];
  password: string;
}

export interface UserUpdateBody {
  displayName?: string;
  roles?: RoleCode[];
  disabled?: boolean;
}

export interface RoleInfo {
  code: RoleCode;
  name: string;
  nameEn: string;
  permissions: Permission[];
}

const userPath = (id: string) => `/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: UserQuery) => api.get<Page<UserDto>>('/users', { ...query }),
  create: (body: UserCreateBody) => api.post<UserDto>('/users', body),
  update: (id: string, body: UserUpdateBody) => api.patch<UserDto>(userPath(id), body),
  resetPassword: (id: string, password: string) =>
    api.post<unknown>(`${userPath(id)}/password`, { password }),
  unlock: (id: string) => api.post<unknown>(`${userPath(id)}/unlock`),
  roles: () => api.get<{ items: RoleInfo[] }>('/roles', undefined, { silent: true }),
};
