/** Ratings (list, history, recomputation, the declared rules) and credit commitments. */
import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import {
  CommitmentBody,
  CommitmentCheckBody,
  CommitmentListQuery,
  CommitmentSchema,
  RatingHistorySchema,
  RatingListQuery,
  RatingListSchema,
  RatingSchema,
  SubjectIdParams,
} from './check.schemas.ts';
import { checkCommitment, listCommitments, recordCommitment } from './commitment.service.ts';
import { LISTING_MEASURES, RECORD_MEASURES } from './measures.rules.ts';
import {
  BROKEN_COMMITMENT_DEDUCTION,
  LISTING_DEDUCTION,
  RECORD_DEDUCTIONS,
  SCHEMES,
} from './rating.rules.ts';
import { listRatings, ratingHistory, recomputeForActor } from './rating.service.ts';

const NullableRating = Type.Union([RatingSchema, Type.Null()]);

export const ratingRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  const read = requirePermission('credit.record.read');
  app.get(
    '/api/v1/credit/ratings',
    {
      schema: {
        tags,
        summary: 'Current ratings in the jurisdiction, lowest score first',
        querystring: RatingListQuery,
        response: { 200: RatingListSchema, ...errorResponses(400, 401, 403) },
      },
      preHandler: read,
    },
    async (request) => listRatings(contextOf(request, db), request.query),
  );
  app.get(
    '/api/v1/credit/ratings/rules',
    { schema: { tags, summary: 'The declared rating schemes, deductions and measures' }, preHandler: read },
    async () => ({
      schemes: SCHEMES,
      recordDeductions: RECORD_DEDUCTIONS,
      listingDeduction: LISTING_DEDUCTION,
      brokenCommitmentDeduction: BROKEN_COMMITMENT_DEDUCTION,
      listingMeasures: LISTING_MEASURES,
      recordMeasures: RECORD_MEASURES,
    }),
  );
  app.get(
    '/api/v1/credit/ratings/:subjectId',
    {
      schema: {
        tags,
        summary: 'A subject’s rating history, newest first',
        params: SubjectIdParams,
        response: { 200: RatingHistorySchema, ...errorResponses(401, 403, 404) },
      },
      preHandler: read,
    },
    async (request) => ratingHistory(db, request.params.subjectId),
  );
  app.post(
    '/api/v1/credit/ratings/:subjectId/recompute',
    {
      schema: {
        tags,
        summary: 'Recompute a rating now (stored only when it changed)',
        params: SubjectIdParams,
        response: {
          200: Type.Object({ changed: Type.Boolean(), rating: NullableRating }),
          ...errorResponses(401, 403, 404),
        },
      },
      preHandler: requirePermission('credit.rating.write'),
    },
    async (request) => recomputeForActor(contextOf(request, db), request.params.subjectId),
  );
  app.get(
    '/api/v1/credit/commitments',
    {
      schema: {
        tags,
        summary: 'A subject’s credit commitments',
        querystring: CommitmentListQuery,
        response: {
          200: Type.Object({ items: Type.Array(CommitmentSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      preHandler: read,
    },
    async (request) => listCommitments(contextOf(request, db), request.query.subjectId),
  );
  app.post(
    '/api/v1/credit/commitments',
    {
      schema: {
        tags,
        summary: 'Record a credit commitment (信用承诺)',
        body: CommitmentBody,
        response: { 201: CommitmentSchema, ...errorResponses(400, 401, 403, 422) },
      },
      preHandler: requirePermission('credit.record.write'),
    },
    async (request, reply) =>
      reply.code(201).send(await recordCommitment(contextOf(request, db), request.body)),
  );
  app.post(
    '/api/v1/credit/commitments/:id/check',
    {
      schema: {
        tags,
        summary: 'Mark a commitment honoured or not; a broken one recomputes the rating',
        params: IdParams,
        body: CommitmentCheckBody,
        response: {
          200: Type.Object({ commitment: CommitmentSchema, rating: NullableRating }),
          ...errorResponses(400, 401, 403, 404, 422),
        },
      },
      preHandler: requirePermission('credit.record.write'),
    },
    async (request) => checkCommitment(contextOf(request, db), request.params.id, request.body),
  );
};
