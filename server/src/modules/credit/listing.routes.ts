/** The serious-dishonesty list and objections over HTTP: thin handlers over the services. */
import { Type } from 'typebox';
import { assertPermission } from '../../platform/access/actor.ts';
import { contextOf, requireAuthenticated, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { UPPER_APPROVAL_VERSIONS } from './listing.approval.ts';
import { LISTING_STEP_NAMES, LISTING_STEPS, type ListingStep } from './listing.rules.ts';
import { applyListingStep, getListing, listingDto, listListings, proposeListing } from './listing.service.ts';
import { answerObjection, listObjections, objectionDto, submitObjection } from './objection.service.ts';

const Loose = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });
const Day = Type.String({ format: 'date', description: '办理日期（缺省为今天，不得晚于今天）' });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

const StepBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  on: Type.Optional(Day),
  statement: Type.Optional(Text(5000)),
  opinion: Type.Optional(Text(5000)),
  reason: Type.Optional(Text(2000)),
});

export const creditListingRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  app.get(
    '/api/v1/credit/listings',
    {
      schema: {
        tags,
        summary: 'Serious-dishonesty listings in the caller’s jurisdiction',
        querystring: Type.Object({
          state: Type.Optional(Type.String({ maxLength: 20 })),
          subjectId: Type.Optional(Type.String({ format: 'uuid' })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: { 200: Loose, ...errorResponses(401, 403) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => listListings(contextOf(request, db), request.query),
  );
  app.get(
    '/api/v1/credit/listing-rules',
    {
      schema: {
        tags,
        summary: 'The listing steps and periods with their legal basis',
        response: { 200: Loose },
      },
      preHandler: requireAuthenticated(),
    },
    async () => ({ steps: Object.values(LISTING_STEPS), upperApproval: UPPER_APPROVAL_VERSIONS }),
  );
  app.post(
    '/api/v1/credit/listings',
    {
      schema: {
        tags,
        summary: 'Propose a subject for the list on its serious credit records',
        body: Type.Object({
          subjectId: Type.String({ format: 'uuid' }),
          reason: Text(2000),
          legalBasis: Text(500),
          recordIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 50 }),
          on: Type.Optional(Day),
        }),
        response: { 201: Loose, ...errorResponses(400, 401, 403, 404, 409) },
      },
      preHandler: requirePermission('credit.listing.write'),
    },
    async (request, reply) =>
      reply.code(201).send(listingDto(await proposeListing(contextOf(request, db), request.body))),
  );
  app.get(
    '/api/v1/credit/listings/:id',
    {
      schema: {
        tags,
        summary: 'A listing with its records, dated events and the steps open now',
        params: Id,
        response: { 200: Loose, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => getListing(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/credit/listings/:id/:step',
    {
      schema: {
        tags,
        summary:
          'Take a step: notify, statement, decide, approve or send_back (the upper level’s consent to a county or city decision), publish or withdraw (optimistic lock by version)',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          step: Type.Union(LISTING_STEP_NAMES.map((s) => Type.Literal(s))),
        }),
        body: StepBody,
        response: { 200: Loose, ...errorResponses(400, 401, 403, 404, 409) },
      },
      // Each step names its own permission (consent needs credit.listing.approve).
      preHandler: async (request) =>
        assertPermission(
          request.actor,
          LISTING_STEPS[(request.params as { step: ListingStep }).step].permission,
        ),
    },
    async (request) =>
      listingDto(
        await applyListingStep(
          contextOf(request, db),
          request.params.id,
          request.params.step as ListingStep,
          request.body,
        ),
      ),
  );
  app.get(
    '/api/v1/credit/objections',
    {
      schema: {
        tags,
        summary: 'Objections to listings in the caller’s jurisdiction',
        querystring: Type.Object({
          status: Type.Optional(Type.String({ maxLength: 20 })),
          listingId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: { 200: Loose, ...errorResponses(401, 403) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => listObjections(contextOf(request, db), request.query),
  );
  app.post(
    '/api/v1/credit/objections',
    {
      schema: {
        tags,
        summary: 'Object to a listing (an officer for the subject, or the subject’s enterprise user)',
        body: Type.Object({
          listingId: Type.String({ format: 'uuid' }),
          content: Text(5000),
          on: Type.Optional(Day),
        }),
        response: { 201: Loose, ...errorResponses(400, 401, 404, 409) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request, reply) =>
      reply.code(201).send(objectionDto(await submitObjection(contextOf(request, db), request.body))),
  );
  app.post(
    '/api/v1/credit/objections/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an objection; upheld takes the listing off the list',
        params: Id,
        body: Type.Object({ upheld: Type.Boolean(), answer: Text(5000), on: Type.Optional(Day) }),
        response: { 200: Loose, ...errorResponses(400, 401, 403, 404, 409) },
      },
      preHandler: requirePermission('credit.listing.write'),
    },
    async (request) =>
      objectionDto(await answerObjection(contextOf(request, db), request.params.id, request.body)),
  );
};
