import { Readable } from 'node:stream';
import type { RightSummaryDto } from '@ipp/shared';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import { anonymousRateLimit } from '../../platform/http/rate-limits.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { beijingToday } from '../calendar/index.ts';
import { requestLinks } from '../certificate/index.ts';
import {
  BatchVerifyBody,
  ExportQuery,
  RightDetailSchema,
  RightSummarySchema,
  SearchQuery,
  SearchResultSchema,
  VerificationSchema,
  VerifyBody,
} from './registry.schemas.ts';
import { exportRights, getRight, searchRights } from './search.service.ts';
import { verifyBatch, verifyWithCertificate } from './verification.ts';

const EXPORT_LIMIT = 100_000;
const EXPORT_COLUMNS = [
  ['type', '类型'],
  ['numberDisplay', '号码'],
  ['title', '名称'],
  ['holders', '权利人'],
  ['status', '状态'],
  ['regionName', '地区'],
  ['classMain', '分类'],
  ['filingDate', '申请日'],
  ['grantDate', '授权/注册日'],
  ['expiryDate', '届满日'],
] as const;

/** Anonymous callers (the public) verify under a rate limit; logged-in users and partners do not. */
const publicRateLimit = anonymousRateLimit(30);

export const registryRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(RightSummarySchema);
  app.addSchema(VerificationSchema);
  const tags = ['registry'];
  app.get(
    '/api/v1/rights/search',
    {
      schema: {
        tags,
        summary: 'Search all four right types, with facets',
        querystring: SearchQuery,
        response: { 200: SearchResultSchema, ...errorResponses(400, 401, 403) },
      },
      preHandler: requirePermission('registry.right.read'),
    },
    async (request) => searchRights(contextOf(request, db), request.query),
  );
  app.get(
    '/api/v1/rights/search/export',
    {
      schema: {
        tags,
        summary: `Export search results as CSV or XLSX (at most ${EXPORT_LIMIT} rows)`,
        querystring: ExportQuery,
      },
      preHandler: requirePermission('registry.right.read'),
    },
    async (request, reply) => {
      const rows = exportRights(contextOf(request, db), request.query, EXPORT_LIMIT);
      const stamp = beijingToday();
      if (request.query.format === 'xlsx') {
        reply.header('content-disposition', `attachment; filename="rights-${stamp}.xlsx"`);
        reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        return reply.send(await xlsxOf(rows));
      }
      reply.header('content-disposition', `attachment; filename="rights-${stamp}.csv"`);
      reply.type('text/csv; charset=utf-8');
      return reply.send(Readable.from(csvOf(rows)));
    },
  );
  app.get(
    '/api/v1/rights/:id',
    {
      schema: {
        tags,
        params: IdParams,
        response: { 200: RightDetailSchema, ...errorResponses(401, 403, 404) },
      },
      preHandler: requirePermission('registry.right.read'),
    },
    async (request) => getRight(contextOf(request, db), request.params.id),
  );
  app.post(
    '/api/v1/rights/verify',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags,
        summary: '权属核验: existence, status on a date, holder match; optionally a signed certificate',
        security: [],
        body: VerifyBody,
        response: { 200: Type.Ref('Verification'), ...errorResponses(400, 429) },
      },
    },
    async (request) => verifyWithCertificate(contextOf(request, db), request.body, requestLinks(request)),
  );
  app.post(
    '/api/v1/rights/verify/batch',
    {
      schema: {
        tags,
        summary: 'Verify up to 1,000 rights in one call',
        body: BatchVerifyBody,
        response: {
          200: Type.Object({ results: Type.Array(Type.Ref('Verification')) }),
          ...errorResponses(400, 401, 403),
        },
      },
      preHandler: requirePermission('registry.right.read'),
    },
    async (request) => ({ results: await verifyBatch(contextOf(request, db), request.body.items) }),
  );
};

type Row = RightSummaryDto;

function cell(row: Row, key: (typeof EXPORT_COLUMNS)[number][0]): string {
  return key === 'holders' ? row.holders.join('；') : String(row[key] ?? '');
}

async function* csvOf(rows: AsyncIterable<Row>): AsyncGenerator<string> {
  // A BOM so that spreadsheet programs read the Chinese text as UTF-8.
  yield '\uFEFF';
  const encode = (values: unknown[]) =>
    new Promise<string>((resolve, reject) =>
      stringify([values], (error, out) => (error ? reject(error) : resolve(out))),
    );
  yield encode(EXPORT_COLUMNS.map(([, label]) => label));
  for await (const row of rows) {
    yield encode(EXPORT_COLUMNS.map(([key]) => cell(row, key)));
  }
}

async function xlsxOf(rows: AsyncIterable<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('权利检索结果');
  sheet.addRow(EXPORT_COLUMNS.map(([, label]) => label));
  for await (const row of rows) {
    sheet.addRow(EXPORT_COLUMNS.map(([key]) => cell(row, key)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
