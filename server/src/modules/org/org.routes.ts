import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { CreateOrgBody, OrgListQuery, OrgSchema, PatchOrgBody } from './org.schemas.ts';
import { changeOrg, createOrg, getOrg, searchOrgs } from './org.service.ts';

export const orgRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(OrgSchema);
  const Org = Type.Ref('Organization');
  app.get(
    '/api/v1/orgs',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Organizations within the caller’s jurisdiction',
        querystring: OrgListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Org),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          ...errorResponses(401, 403),
        },
      },
      preHandler: requirePermission('iam.org.read'),
    },
    async (request) => {
      const { rows, total } = await searchOrgs(contextOf(request, db), request.query);
      return { items: rows, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
  app.get(
    '/api/v1/orgs/:id',
    {
      schema: {
        tags: ['organizations'],
        params: IdParams,
        response: { 200: Org, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('iam.org.read'),
    },
    async (request) => getOrg(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/orgs',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Create an organization in a region of the caller’s jurisdiction',
        body: CreateOrgBody,
        response: { 201: Org, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      preHandler: requirePermission('iam.org.write'),
    },
    async (request, reply) => reply.status(201).send(await createOrg(contextOf(request, db), request.body)),
  );
  app.patch(
    '/api/v1/orgs/:id',
    {
      schema: {
        tags: ['organizations'],
        params: IdParams,
        body: PatchOrgBody,
        response: { 200: Org, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      preHandler: requirePermission('iam.org.write'),
    },
    async (request) => changeOrg(contextOf(request, db), request.params.id, request.body),
  );
};
