/** The enterprise's own credit over HTTP: one read, the caller's own subject only. */
import { Type } from 'typebox';
import { contextOf, requireAuthenticated } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { myCredit } from './mine.service.ts';

const Loose = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });

export const creditMineRoutes: ModuleRoutes = async (app, { db }) => {
  app.get(
    '/api/v1/credit/mine',
    {
      schema: {
        tags: ['credit'],
        summary:
          'The caller’s own organization as a credit subject: records, listings from notice on, objections and repairs with their deadlines (empty when the organization is no subject)',
        response: { 200: Loose, ...errorResponses(401) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => myCredit(contextOf(request, db)),
  );
};
