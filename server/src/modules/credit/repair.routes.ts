/** Credit repair over HTTP: apply (officer or the subject's enterprise user), feedback, decide. */
import { Type } from 'typebox';
import { contextOf, requireAuthenticated, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { applyForRepair, decideRepair, getRepair, listRepairs, repairDto } from './repair.service.ts';

const Loose = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });
const Day = Type.String({ format: 'date' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const creditRepairRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  app.get(
    '/api/v1/credit/repairs',
    {
      schema: {
        tags,
        summary: 'Credit repair applications in the caller’s jurisdiction, with their deadlines',
        querystring: Type.Object({
          state: Type.Optional(Type.String({ maxLength: 80, description: 'comma-separated states' })),
          subjectId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: { 200: Loose, ...errorResponses(401, 403) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => listRepairs(contextOf(request, db), request.query),
  );
  app.get(
    '/api/v1/credit/repairs/:id',
    {
      schema: {
        tags,
        summary: 'A credit repair application',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Loose, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => getRepair(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/credit/repairs',
    {
      schema: {
        tags,
        summary: 'Apply for credit repair with commitments and proof (barred within the declared period)',
        body: Type.Object({
          subjectId: Type.String({ format: 'uuid' }),
          listingId: Type.Optional(Type.String({ format: 'uuid' })),
          recordId: Type.Optional(Type.String({ format: 'uuid' })),
          commitments: Text(5000),
          proof: Type.Array(Type.Object({ name: Text(200), reference: Text(500) }), {
            minItems: 1,
            maxItems: 20,
          }),
          on: Type.Optional(Day),
        }),
        response: { 201: Loose, ...errorResponses(400, 401, 404, 409) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request, reply) =>
      reply.code(201).send(repairDto(await applyForRepair(contextOf(request, db), request.body))),
  );
  app.post(
    '/api/v1/credit/repairs/:id/decision',
    {
      schema: {
        tags,
        summary: 'Give feedback on, approve or reject a repair application',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({
          action: Type.Union([Type.Literal('feedback'), Type.Literal('approve'), Type.Literal('reject')]),
          feedback: Type.Optional(Text(5000)),
          reason: Type.Optional(Text(5000)),
          on: Type.Optional(Day),
        }),
        response: { 200: Loose, ...errorResponses(400, 401, 403, 404, 409) },
      },
      preHandler: requirePermission('credit.repair.decide'),
    },
    async (request) => {
      const body = request.body;
      const action =
        body.action === 'feedback'
          ? { action: 'feedback' as const, feedback: body.feedback ?? '', on: body.on }
          : body.action === 'reject'
            ? { action: 'reject' as const, reason: body.reason ?? '', on: body.on }
            : { action: 'approve' as const, reason: body.reason, on: body.on };
      return repairDto(await decideRepair(contextOf(request, db), request.params.id, action));
    },
  );
};
