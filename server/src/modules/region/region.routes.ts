import { Type } from 'typebox';
import { requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { RegionCodeParams, RegionListQuery, RegionSchema, RegionWithPathSchema } from './region.schemas.ts';
import { getRegion, listRegions } from './region.service.ts';

export const regionRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(RegionSchema);
  app.get(
    '/api/v1/regions',
    {
      schema: {
        tags: ['regions'],
        summary: 'Children of a region within the caller’s jurisdiction (the top of it without parent)',
        querystring: RegionListQuery,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('Region')) }),
          ...errorResponses(401, 403, 404),
        },
      },
      preHandler: requirePermission('region.region.read'),
    },
    async (request) => ({
      items: await listRegions(db, request.actor.scope, request.query.parent, request.query.includeRetired),
    }),
  );
  app.get(
    '/api/v1/regions/:code',
    {
      schema: {
        tags: ['regions'],
        summary: 'One region with its path from the top of the caller’s jurisdiction',
        params: RegionCodeParams,
        response: { 200: RegionWithPathSchema, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('region.region.read'),
    },
    async (request) => getRegion(db, request.actor.scope, request.params.code),
  );
};
