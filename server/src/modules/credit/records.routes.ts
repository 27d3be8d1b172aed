/** Credit records over HTTP: officers list them within their jurisdiction and enter them by hand. */
import { Type } from 'typebox';
import { contextOf, requireAuthenticated, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { recordObjectionRoutes } from './record-objection.routes.ts';
import { RECORD_CATEGORIES } from './records.rules.ts';
import { createManualRecord, getRecord, listRecords } from './records.service.ts';

const Loose = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });
const Day = Type.String({ format: 'date' });

const RecordBody = Type.Object({
  subject: Type.Object({
    kind: Type.Union([Type.Literal('enterprise'), Type.Literal('agency'), Type.Literal('person')]),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    uscc: Type.Optional(Type.String({ maxLength: 18 })),
    idNumber: Type.Optional(Type.String({ maxLength: 18 })),
    regionCode: Type.String({ pattern: '^[0-9]{6}$' }),
  }),
  category: Type.Union(RECORD_CATEGORIES.map((c) => Type.Literal(c))),
  severity: Type.Optional(Type.Union([Type.Literal('general'), Type.Literal('serious')])),
  legalBasis: Type.String({ minLength: 2, maxLength: 500 }),
  summary: Type.String({ minLength: 2, maxLength: 5000 }),
  decidedOn: Day,
  publicityMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
  documents: Type.Array(
    Type.Object({ name: Type.String({ minLength: 1 }), reference: Type.String({ minLength: 1 }) }),
    { maxItems: 20 },
  ),
  regionCode: Type.String({ pattern: '^[0-9]{6}$' }),
});

export const creditRecordRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  app.get(
    '/api/v1/credit/records',
    {
      schema: {
        tags,
        summary: 'Credit records in the caller’s jurisdiction',
        querystring: Type.Object({
          subjectId: Type.Optional(Type.String({ format: 'uuid' })),
          subject: Type.Optional(
            Type.String({ maxLength: 200, description: '统一社会信用代码（精确）或名称的一部分' }),
          ),
          category: Type.Optional(Type.String({ maxLength: 40 })),
          status: Type.Optional(Type.String({ maxLength: 20 })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: { 200: Loose, ...errorResponses(401, 403) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => listRecords(contextOf(request, db), request.query),
  );
  app.post(
    '/api/v1/credit/records',
    {
      schema: {
        tags,
        summary: 'Enter a credit record by hand, with its legal basis and documents',
        body: RecordBody,
        response: { 201: Loose, ...errorResponses(400, 401, 403, 422) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request, reply) => {
      const record = await createManualRecord(contextOf(request, db), request.body);
      return reply.code(201).send({ ...record, createdAt: record.createdAt.toISOString() });
    },
  );
  app.get(
    '/api/v1/credit/records/:id',
    {
      schema: {
        tags,
        summary: 'A credit record in the caller’s jurisdiction, with the listings resting on it',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Loose, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => getRecord(contextOf(request, db), request.params.id),
  );
  // Objections to a record live under the record's path; registered with the record routes so
  // that app.ts need not know of them.
  await recordObjectionRoutes(app, { db });
};
