import { ROLES, type RoleCode } from '@ipp/shared';
import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { createApiClient } from './client.service.ts';
import {
  CreateClientBody,
  CreateClientResponse,
  CreateUserBody,
  PasswordBody,
  PatchUserBody,
  RoleListResponse,
  UserListQuery,
  UserSchema,
} from './iam.schemas.ts';
import { changeUser, createUser, getUser, resetPassword, searchUsers, unlockUser } from './user.service.ts';

export const userRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(UserSchema);
  const User = Type.Ref('User');
  const tags = ['users'];
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        querystring: UserListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(User),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          ...errorResponses(401, 403),
        },
      },
      preHandler: requirePermission('iam.user.read'),
    },
    async (request) => {
      const { rows, total } = await searchUsers(contextOf(request, db), request.query);
      return { items: rows, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
  app.get(
    '/api/v1/users/:id',
    {
      schema: { tags, params: IdParams, response: { 200: User, ...errorResponses(401, 403, 404) } },
      preHandler: requirePermission('iam.user.read'),
    },
    async (request) => getUser(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        body: CreateUserBody,
        response: { 201: User, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      preHandler: requirePermission('iam.user.write'),
    },
    async (request, reply) => reply.status(201).send(await createUser(contextOf(request, db), request.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: PatchUserBody,
        response: { 200: User, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      preHandler: requirePermission('iam.user.write'),
    },
    async (request) => changeUser(contextOf(request, db), request.params.id, request.body),
  );
  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        params: IdParams,
        body: PasswordBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 422) },
      },
      preHandler: requirePermission('iam.user.write'),
    },
    async (request, reply) => {
      await resetPassword(contextOf(request, db), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: { tags, params: IdParams, response: { 200: User, ...errorResponses(401, 403, 404) } },
      preHandler: requirePermission('iam.user.write'),
    },
    async (request) => unlockUser(contextOf(request, db), request.params.id),
  );
  app.get(
    '/api/v1/roles',
    {
      schema: { tags, response: { 200: RoleListResponse, ...errorResponses(401, 403) } },
      preHandler: requirePermission('iam.role.read'),
    },
    async () => ({
      items: (Object.keys(ROLES) as RoleCode[]).map((code) => ({
        code,
        name: ROLES[code].zh,
        nameEn: ROLES[code].en,
        permissions: [...ROLES[code].permissions],
      })),
    }),
  );
  app.post(
    '/api/v1/clients',
    {
      schema: {
        tags: ['auth'],
        summary: 'Register a partner system; the secret is shown once',
        body: CreateClientBody,
        response: { 201: CreateClientResponse, ...errorResponses(400, 401, 403, 404, 422) },
      },
      preHandler: requirePermission('iam.client.write'),
    },
    async (request, reply) =>
      reply.status(201).send(await createApiClient(contextOf(request, db), request.body)),
  );
};
