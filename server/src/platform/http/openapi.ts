/** OpenAPI 3.1 document from the route schemas, served at /api/openapi.json and browsable at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '知识产权保护信息平台 API (IP Protection Information Platform)',
        version: '1',
        description:
          'Errors are RFC 9457 problem+json with a stable `code` and the `requestId`. Officials see only their ' +
          'region subtree: records outside it answer 404, as if missing.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'Session token from /auth/login or client token from /auth/token',
          },
          cookie: { type: 'apiKey', in: 'cookie', name: 'ipp_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
