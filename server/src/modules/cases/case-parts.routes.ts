/** Routes every case shares: notes, parties, rights, files, the assignee, supervision, assistance. */
import { Type } from 'typebox';
import { contextOf, requireAuthenticated } from '../../platform/http/authentication.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { answerAssistance, listAssistance, requestAssistance } from './assistance.service.ts';
import { listAuthorities } from './authorities.service.ts';
import { addNote, addParty, assignCase, linkRight } from './case.service.ts';
import { CaseDetailSchema, CaseFileParams, LooseObject, PartyBody, RightRef } from './cases.schemas.ts';
import { listExperts, suggestMediators } from './experts.service.ts';
import { MAX_FILE_BYTES, readFile, uploadFile } from './files.service.ts';
import { submitReport, superviseCase, supervisionView } from './supervision.service.ts';
import { listTypical, publishTypical } from './typical.service.ts';

const detail = { 200: Type.Ref('CaseDetail'), ...errorResponses(400, 401, 403, 404, 409, 422) };
const auth = requireAuthenticated();

export const casePartsRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(CaseDetailSchema);
  const tags = ['cases'];
  app.post(
    '/api/v1/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note',
        params: IdParams,
        body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => addNote(contextOf(request, db), request.params.id, request.body.text),
  );
  app.post(
    '/api/v1/cases/:id/parties',
    {
      schema: {
        tags,
        summary: 'Add a party (identity numbers are kept masked)',
        params: IdParams,
        body: PartyBody,
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => addParty(contextOf(request, db), request.params.id, request.body),
  );
  app.post(
    '/api/v1/cases/:id/rights',
    {
      schema: {
        tags,
        summary: 'Link a right, checked against the registry',
        params: IdParams,
        body: RightRef,
        response: detail,
      },
      preHandler: auth,
    },
    async (request) =>
      linkRight(contextOf(request, db), request.params.id, request.body.rightType, request.body.number),
  );
  app.post(
    '/api/v1/cases/:id/assignee',
    {
      schema: {
        tags,
        summary: 'Assign the case to an officer of the handling organization',
        params: IdParams,
        body: Type.Object({ assigneeId: Type.String({ format: 'uuid' }) }),
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => assignCase(contextOf(request, db), request.params.id, request.body.assigneeId),
  );
  app.post(
    '/api/v1/cases/:id/files',
    {
      schema: {
        tags,
        summary: `Upload evidence or an attachment (multipart: file, category, description; ≤ ${MAX_FILE_BYTES / 1048576} MB)`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => {
      const fields: Record<string, string> = {};
      let file: { name: string; content: Buffer } | null = null;
      for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES + 1 } })) {
        if (part.type === 'file') file = { name: part.filename, content: await part.toBuffer() };
        else fields[part.fieldname] = String(part.value);
      }
      if (!file)
        throw new AppError('PLATFORM_VALIDATION', 'The form has no file field.', [
          { path: '/body/file', message: 'is required' },
        ]);
      return uploadFile(contextOf(request, db), request.params.id, {
        ...file,
        category: fields['category'] ?? 'evidence',
        description: fields['description'] ?? null,
      });
    },
  );
  app.get(
    '/api/v1/cases/:id/files/:fileId',
    {
      schema: { tags, summary: 'Download or preview a case file', params: CaseFileParams },
      preHandler: auth,
    },
    async (request, reply) => {
      const file = await readFile(contextOf(request, db), request.params.id, request.params.fileId);
      const disposition = file.inline ? 'inline' : 'attachment';
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-sm3', file.sm3)
        .send(Buffer.from(file.content));
    },
  );
  app.post(
    '/api/v1/cases/:id/supervision',
    {
      schema: {
        tags,
        summary: 'Supervise a major case (督办) from a higher level',
        params: IdParams,
        body: Type.Object({
          reason: Type.String({ minLength: 1, maxLength: 1000 }),
          reportEveryDays: Type.Integer({ minimum: 1, maximum: 90 }),
        }),
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => superviseCase(contextOf(request, db), request.params.id, request.body),
  );
  app.post(
    '/api/v1/cases/:id/supervision/reports',
    {
      schema: {
        tags,
        summary: 'Report progress to the supervising organization',
        params: IdParams,
        body: Type.Object({ content: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => submitReport(contextOf(request, db), request.params.id, request.body.content),
  );
  app.get(
    '/api/v1/supervision',
    {
      schema: {
        tags,
        summary: 'Supervised cases and escalations in the caller’s jurisdiction',
        response: { 200: LooseObject, ...errorResponses(401, 403) },
      },
      preHandler: auth,
    },
    async (request) => supervisionView(contextOf(request, db)),
  );
  app.post(
    '/api/v1/enforcement/cases/:id/assistance',
    {
      schema: {
        tags,
        summary: 'Ask another region’s organization for assistance (协查)',
        params: IdParams,
        body: Type.Object({
          toOrgId: Type.String({ format: 'uuid' }),
          subject: Type.String({ minLength: 1, maxLength: 200 }),
          request: Type.String({ minLength: 1, maxLength: 5000 }),
        }),
        response: detail,
      },
      preHandler: auth,
    },
    async (request) => requestAssistance(contextOf(request, db), request.params.id, request.body),
  );
  app.get(
    '/api/v1/assistance',
    {
      schema: {
        tags,
        summary: 'Assistance requests received (incoming) or sent (outgoing)',
        querystring: Type.Object({
          direction: Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')], {
            default: 'incoming',
          }),
        }),
        response: { 200: LooseObject, ...errorResponses(401, 403) },
      },
      preHandler: auth,
    },
    async (request) => listAssistance(contextOf(request, db), request.query.direction),
  );
  app.post(
    '/api/v1/assistance/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an assistance request',
        params: IdParams,
        body: Type.Object({ answer: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: { 200: LooseObject, ...errorResponses(401, 403, 404, 409, 422) },
      },
      preHandler: auth,
    },
    async (request) =>
      answerAssistance(contextOf(request, db), request.params.id, request.body.answer) as unknown as Promise<
        Record<string, unknown>
      >,
  );
  app.get(
    '/api/v1/mediation/experts',
    {
      schema: {
        tags,
        summary: 'Directory of mediators or technical investigators',
        querystring: Type.Object({
          kind: Type.Union([Type.Literal('mediator'), Type.Literal('technical_investigator')], {
            default: 'mediator',
          }),
        }),
        response: { 200: LooseObject, ...errorResponses(401, 403) },
      },
      preHandler: auth,
    },
    async (request) => listExperts(contextOf(request, db), request.query.kind),
  );
  app.get(
    '/api/v1/mediation/cases/:id/mediator-suggestions',
    {
      schema: {
        tags,
        summary: 'Mediators suggested by expertise, region, language and load, with conflicts',
        params: IdParams,
        response: { 200: LooseObject, ...errorResponses(401, 403, 404) },
      },
      preHandler: auth,
    },
    async (request) => suggestMediators(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/enforcement/cases/:id/typical',
    {
      schema: {
        tags,
        summary: 'Publish a closed case as a typical case, personal data removed',
        params: IdParams,
        body: Type.Object({
          title: Type.String({ minLength: 1, maxLength: 200 }),
          summary: Type.String({ minLength: 1, maxLength: 10000 }),
        }),
        response: { 200: LooseObject, ...errorResponses(401, 403, 404, 409) },
      },
      preHandler: auth,
    },
    async (request) => publishTypical(contextOf(request, db), request.params.id, request.body),
  );
  app.get(
    '/api/v1/public/typical-cases',
    { schema: { tags, summary: 'Published typical cases (public)', response: { 200: LooseObject } } },
    async () => listTypical(db),
  );
  app.get(
    '/api/v1/cases/authorities',
    {
      schema: {
        tags,
        summary: 'Authorities in any region (for transfers, 协查 and hand-overs); enterprises are not listed',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          kind: Type.Optional(Type.String({ maxLength: 40 })),
        }),
        response: { 200: LooseObject, ...errorResponses(401) },
      },
      preHandler: auth,
    },
    async (request) => listAuthorities(contextOf(request, db), request.query),
  );
};
