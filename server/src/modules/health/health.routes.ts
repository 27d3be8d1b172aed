import { Type } from 'typebox';
import type { Database } from '../../platform/db/database.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';

export function healthRoutes(database: Database): ModuleRoutes {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['platform'],
          summary: 'Liveness and the database engine in use',
          security: [],
          response: {
            200: Type.Object({
              status: Type.Literal('ok'),
              database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
            }),
            503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await database.query('select 1');
          return { status: 'ok' as const, database: database.kind };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const, database: database.kind });
        }
      },
    );
  };
}
