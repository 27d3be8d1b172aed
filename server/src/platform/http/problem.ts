/** RFC 9457 problem+json answers: one shape for every error, with its code and request id. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CATALOG, type ErrorCode, type FieldError } from './error-catalog.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function problemOf(request: FastifyRequest, error: AppError): Problem {
  const entry = ERROR_CATALOG[error.code];
  return {
    type: `https://ipp.example/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.title,
    status: entry.status,
    ...(error.detail ? { detail: error.detail } : {}),
    code: error.code,
    instance: request.url,
    requestId: request.id,
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extra,
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  return reply.status(error.status).type('application/problem+json').send(problemOf(request, error));
}

function fromFastifyError(error: FastifyError): AppError {
  // A unique constraint caught a race between two writers that each checked first.
  if ((error as { code?: string }).code === '23505') {
    return new AppError(
      'PLATFORM_CONFLICT',
      'The record conflicts with one written at the same time; retry.',
    );
  }
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      path: `/${error.validationContext ?? 'body'}${v.instancePath}`,
      message: v.message ?? 'is invalid',
    }));
    const first = errors[0];
    return new AppError(
      'PLATFORM_VALIDATION',
      first ? `${first.path} ${first.message}` : error.message,
      errors,
    );
  }
  if (error.statusCode === 429) return new AppError('PLATFORM_RATE_LIMITED', error.message);
  if (error.statusCode === 413) return new AppError('PLATFORM_PAYLOAD_TOO_LARGE', error.message);
  if (error.statusCode === 404) return new AppError('PLATFORM_NOT_FOUND', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('PLATFORM_VALIDATION', error.message);
  }
  return new AppError(
    'PLATFORM_INTERNAL',
    'An internal error occurred; quote the request id when reporting it.',
  );
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return fromFastifyError(error as FastifyError);
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, appError);
  });
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    request,
    reply,
    new AppError('PLATFORM_NOT_FOUND', `No route ${request.method} ${request.url}`),
  );
}
