import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { RIGHT_TYPES, type RightType } from '@ipp/shared';
import { stringify } from 'csv-stringify/sync';
import { Type } from 'typebox';
import { contextOf, requirePermission } from '../../platform/http/authentication.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { getJob, issuesOf, listJobs, toJobDto } from './import.jobs.ts';
import { listMappings, saveMapping } from './import.mappings.ts';
import { openJob, runJob } from './import.service.ts';

const ImportJobSchema = Type.Object(
  {
    id: Type.String(),
    fileName: Type.String(),
    format: Type.String(),
    type: Type.Union([Type.String(), Type.Null()]),
    mapping: Type.Union([Type.String(), Type.Null()]),
    status: Type.String(),
    committedLine: Type.Integer({
      description: "The file's last line committed (a resumed import goes on after it)",
    }),
    total: Type.Union([Type.Integer(), Type.Null()], {
      description: "The line the file's last record starts on: progress is committedLine / total",
    }),
    inserted: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    rejected: Type.Integer(),
    warnings: Type.Integer(),
    startedAt: Type.String(),
    finishedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'ImportJob' },
);

export function importRoutes(options: { uploadDir: string }): ModuleRoutes {
  return async (app, { db }) => {
    app.addSchema(ImportJobSchema);
    const tags = ['registry import'];
    const write = requirePermission('registry.import.write');
    app.post(
      '/api/v1/imports',
      {
        schema: {
          tags,
          summary: 'Upload a file (multipart: file, type?, mapping?); the import runs on, poll its job',
          consumes: ['multipart/form-data'],
          response: { 202: Type.Ref('ImportJob'), ...errorResponses(400, 401, 403, 413, 422) },
        },
        preHandler: write,
      },
      async (request, reply) => {
        const fields: Record<string, string> = {};
        let filePath: string | null = null;
        let fileName = 'upload';
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            mkdirSync(options.uploadDir, { recursive: true });
            fileName = part.filename;
            filePath = join(
              options.uploadDir,
              `${randomUUID()}-${fileName.replace(/[^\w.\-\u4e00-\u9fff]/g, '_')}`,
            );
            await pipeline(part.file, createWriteStream(filePath));
          } else fields[part.fieldname] = String(part.value);
        }
        if (!filePath)
          throw new AppError('PLATFORM_VALIDATION', 'The form has no file field.', [
            { path: '/body/file', message: 'is required' },
          ]);
        const type = fields['type'] || undefined;
        if (type && !RIGHT_TYPES.includes(type as RightType)) {
          throw new AppError('PLATFORM_VALIDATION', `Unknown type ${type}.`, [
            { path: '/body/type', message: `must be one of ${RIGHT_TYPES.join(', ')}` },
          ]);
        }
        const context = { ...contextOf(request, db), db };
        const importRequest = {
          filePath,
          fileName,
          type: type as RightType | undefined,
          mapping: fields['mapping'] || undefined,
        };
        const job = await openJob(context, importRequest);
        runJob(context, job, importRequest).catch((error: unknown) =>
          request.log.error({ err: error, job: job.id }, 'import failed'),
        );
        return reply.status(202).send(toJobDto(job));
      },
    );
    app.get(
      '/api/v1/imports',
      {
        schema: {
          tags,
          response: {
            200: Type.Object({ items: Type.Array(Type.Ref('ImportJob')) }),
            ...errorResponses(401, 403),
          },
        },
        preHandler: write,
      },
      async () => ({ items: (await listJobs(db)).map(toJobDto) }),
    );
    app.get(
      '/api/v1/imports/:id',
      {
        schema: {
          tags,
          params: IdParams,
          response: { 200: Type.Ref('ImportJob'), ...errorResponses(401, 403, 404) },
        },
        preHandler: write,
      },
      async (request) => {
        const job = await getJob(db, request.params.id);
        if (!job) throw new AppError('REGISTRY_IMPORT_NOT_FOUND', `No import job ${request.params.id}.`);
        return toJobDto(job);
      },
    );
    app.get(
      '/api/v1/imports/:id/report.csv',
      {
        schema: {
          tags,
          summary: 'Rejected rows and warnings: line, severity, field, code, message',
          params: IdParams,
        },
        preHandler: write,
      },
      async (request, reply) => {
        const job = await getJob(db, request.params.id);
        if (!job) throw new AppError('REGISTRY_IMPORT_NOT_FOUND', `No import job ${request.params.id}.`);
        const rows = (await issuesOf(db, job.id)).map((i) => [
          i.line,
          i.severity,
          i.field,
          i.code,
          i.message,
          i.recordNumber ?? '',
        ]);
        reply.header('content-disposition', `attachment; filename="import-${job.id.slice(0, 8)}-report.csv"`);
        reply.type('text/csv; charset=utf-8');
        return `\uFEFF${stringify([['line', 'severity', 'field', 'code', 'message', 'number'], ...rows])}`;
      },
    );
    const MappingItem = Type.Object({
      name: Type.String(),
      description: Type.String(),
      type: Type.Union([Type.String(), Type.Null()]),
      builtin: Type.Boolean(),
    });
    app.get(
      '/api/v1/import-mappings',
      {
        schema: {
          tags,
          summary: 'Built-in and saved column mappings',
          response: { 200: Type.Object({ items: Type.Array(MappingItem) }) },
        },
        preHandler: write,
      },
      async () => ({ items: await listMappings(db) }),
    );
    app.post(
      '/api/v1/import-mappings',
      {
        schema: {
          tags,
          summary:
            'Save a mapping from a source’s columns to the platform’s fields (see docs/registry-import.md)',
          body: Type.Object({}, { additionalProperties: true }),
          response: { 201: Type.Object({ name: Type.String() }), ...errorResponses(400, 401, 403, 409) },
        },
        preHandler: write,
      },
      async (request, reply) => {
        const mapping = await saveMapping(contextOf(request, db), request.body);
        return reply.status(201).send({ name: mapping.name });
      },
    );
  };
}
