/** Objections to a single credit record over HTTP: thin handlers over record-objection.service.ts. */
import { Type } from 'typebox';
import { contextOf, requireAuthenticated, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { objectionDto } from './objection.service.ts';
import {
  answerRecordObjection,
  listRecordObjections,
  submitRecordObjection,
} from './record-objection.service.ts';

const Loose = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });
const Day = Type.String({ format: 'date', description: '办理日期（缺省为今天，不得晚于今天）' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const RecordId = Type.Object({ id: Type.String({ format: 'uuid' }) });

const AnswerBody = Type.Object({
  upheld: Type.Boolean(),
  answer: Text(5000),
  resolution: Type.Optional(
    Type.Union([Type.Literal('revoke'), Type.Literal('correct')], {
      description: '异议成立时必填：revoke 撤销记录（停止公示），correct 更正记录',
    }),
  ),
  correction: Type.Optional(
    Type.Object(
      {
        summary: Type.Optional(Type.String({ minLength: 2, maxLength: 5000 })),
        legalBasis: Type.Optional(Type.String({ minLength: 2, maxLength: 500 })),
        severity: Type.Optional(Type.Union([Type.Literal('general'), Type.Literal('serious')])),
      },
      { additionalProperties: false },
    ),
  ),
  on: Type.Optional(Day),
});

export const recordObjectionRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  app.get(
    '/api/v1/credit/records/:id/objections',
    {
      schema: {
        tags,
        summary:
          'Objections to a record (an officer in scope, or the subject’s enterprise user), with the rules',
        params: RecordId,
        response: { 200: Loose, ...errorResponses(401, 404) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => listRecordObjections(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/credit/records/:id/objections',
    {
      schema: {
        tags,
        summary: 'Object to a record (the subject’s enterprise user, or an officer in scope on its behalf)',
        params: RecordId,
        body: Type.Object({ content: Text(5000), on: Type.Optional(Day) }),
        response: { 201: Loose, ...errorResponses(400, 401, 404, 409, 422) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          objectionDto(await submitRecordObjection(contextOf(request, db), request.params.id, request.body)),
        ),
  );
  app.post(
    '/api/v1/credit/records/:id/objections/:objectionId/answer',
    {
      schema: {
        tags,
        summary:
          'Answer an objection to a record: upheld revokes or corrects it (rating recomputed), dismissed keeps it',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          objectionId: Type.String({ format: 'uuid' }),
        }),
        body: AnswerBody,
        response: { 200: Loose, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      preHandler: requirePermission('credit.record.write'),
    },
    async (request) => {
      const { id, objectionId } = request.params;
      const saved = await answerRecordObjection(contextOf(request, db), id, objectionId, request.body);
      return { ...objectionDto(saved), openListings: saved.openListings };
    },
  );
};
