import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, PageQuery } from '../../platform/http/schemas.ts';
import { browseAudit, verifyChain } from './audit.service.ts';

const AuditRecord = Type.Object(
  {
    seq: Type.Integer(),
    at: Type.String({ format: 'date-time' }),
    actorType: Type.String(),
    actorId: Type.Union([Type.String(), Type.Null()]),
    actorName: Type.Union([Type.String(), Type.Null()]),
    orgId: Type.Union([Type.String(), Type.Null()]),
    orgName: Type.Union([Type.String(), Type.Null()]),
    regionCode: Type.Union([Type.String(), Type.Null()]),
    action: Type.String(),
    targetType: Type.Union([Type.String(), Type.Null()]),
    targetId: Type.Union([Type.String(), Type.Null()]),
    requestId: Type.Union([Type.String(), Type.Null()]),
    outcome: Type.String(),
    detail: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
    hash: Type.String(),
  },
  { $id: 'AuditRecord' },
);

const AuditQuery = Type.Object({
  actor: Type.Optional(Type.String({ maxLength: 100 })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  targetType: Type.Optional(Type.String({ maxLength: 50 })),
  targetId: Type.Optional(Type.String({ maxLength: 100 })),
  outcome: Type.Optional(
    Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]),
  ),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  ...PageQuery,
});

const VerifyResponse = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  lastSeq: Type.Integer(),
  firstBad: Type.Optional(
    Type.Object({ seq: Type.Integer(), reason: Type.String(), message: Type.String() }),
  ),
});

export const auditRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(AuditRecord);
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit records within the caller’s jurisdiction, newest first',
        querystring: AuditQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Ref('AuditRecord')),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
      preHandler: requirePermission('audit.record.read'),
    },
    async (request) => {
      const { items, total } = await browseAudit(contextOf(request, db), request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
  app.post(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the SM3 hash chain of the whole trail; names the first bad record',
        response: { 200: VerifyResponse, ...errorResponses(401, 403) },
      },
      preHandler: requirePermission('audit.record.read'),
    },
    async (request) => verifyChain(contextOf(request, db)),
  );
};
