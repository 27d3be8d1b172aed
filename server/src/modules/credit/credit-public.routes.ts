/**
 * The credit check for signed-in users and partner systems, and the public credit information
 * (no login): lookup, the current serious-dishonesty list, its change feed and a CSV download.
 */
import { stringify } from 'csv-stringify/sync';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { anonymousRateLimit } from '../../platform/http/rate-limits.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { beijingToday } from '../calendar/index.ts';
import {
  ChangesQuery,
  ChangesSchema,
  CheckResultSchema,
  PublicListSchema,
  PublicLookupSchema,
  SubjectQueryBody,
} from './check.schemas.ts';
import { checkForActor } from './check.service.ts';
import {
  LIST_CSV_COLUMNS,
  publicChanges,
  publicList,
  publicListRows,
  publicLookup,
} from './public.service.ts';

/** Like the registry's public verify: anonymous callers are limited, signed-in callers are not. */
const publicRateLimit = anonymousRateLimit(30);

/** `since` as a date (midnight UTC) or a date-time; the feed starts at the beginning when absent. */
function parseSince(value: string | undefined): Date {
  if (!value) return new Date(0);
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) {
    throw new AppError('PLATFORM_VALIDATION', undefined, [{ path: 'since', message: '须为 ISO 日期或时间' }]);
  }
  return at;
}

export const creditPublicRoutes: ModuleRoutes = async (app, { db }) => {
  const tags = ['credit'];
  // credit.record.read, not registry.right.read: the answer includes ratings with their deductions
  // and internal risk grades, which enterprise users and mediators (who hold registry.right.read)
  // must not see. Partner systems get it as a client scope.
  app.post(
    '/api/v1/credit/check',
    {
      schema: {
        tags,
        summary: '信用核查: listed, records in publicity, rating and joint-punishment measures',
        body: SubjectQueryBody,
        response: { 200: CheckResultSchema, ...errorResponses(400, 401, 403) },
      },
      preHandler: requirePermission('credit.record.read'),
    },
    async (request) => checkForActor(contextOf(request, db), request.body.subject),
  );
  // POST, so that the identifier asked about never appears in a URL (logs, history, referrers).
  app.post(
    '/api/v1/public/credit/lookup',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags,
        summary: '公众信用信息查询 by USCC or exact name; persons masked',
        security: [],
        body: SubjectQueryBody,
        response: { 200: PublicLookupSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => publicLookup(db, request.body.subject),
  );
  app.get(
    '/api/v1/public/credit/list',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags,
        summary: '严重违法失信名单 as it stands today',
        security: [],
        response: { 200: PublicListSchema, ...errorResponses(429) },
      },
    },
    async () => publicList(db),
  );
  app.get(
    '/api/v1/public/credit/changes',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags,
        summary: 'The list’s publications and removals after `since`, oldest first',
        security: [],
        querystring: ChangesQuery,
        response: { 200: ChangesSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => publicChanges(db, parseSince(request.query.since)),
  );
  app.get(
    '/api/v1/public/credit/list.csv',
    {
      config: { rateLimit: publicRateLimit },
      schema: { tags, summary: '严重违法失信名单 as CSV (UTF-8 with BOM, Chinese headers)', security: [] },
    },
    async (_request, reply) => {
      const rows = await publicListRows(db);
      reply.header('content-disposition', `attachment; filename="credit-list-${beijingToday()}.csv"`);
      reply.type('text/csv; charset=utf-8');
      // A BOM so that spreadsheet programs read the Chinese text as UTF-8.
      return reply.send(`\uFEFF${stringify([[...LIST_CSV_COLUMNS], ...rows])}`);
    },
  );
};
