/**
 * buildApp(config) assembles the platform: HTTP conventions, authentication, and every module's
 * routes. It never listens; main.ts does, and tests use inject().
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { calendarRoutes } from './modules/calendar/index.ts';
import { casePartsRoutes, caseTypeRoutes, sweepDeadlines } from './modules/cases/index.ts';
import { certificateRoutes, configureCertificateSigning } from './modules/certificate/index.ts';
import {
  creditListingRoutes,
  creditMineRoutes,
  creditPublicRoutes,
  creditRecordRoutes,
  creditRepairRoutes,
  ratingRoutes,
  sweepListings,
} from './modules/credit/index.ts';
import { healthRoutes } from './modules/health/index.ts';
import { authRoutes, tokenActorResolver, userRoutes } from './modules/iam/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { regionRoutes } from './modules/region/index.ts';
import { importRoutes, registryRoutes } from './modules/registry/index.ts';
import { appendAudit } from './platform/audit/index.ts';
import type { Database } from './platform/db/database.ts';
import { registerAuthentication } from './platform/http/authentication.ts';
import { AppError } from './platform/http/error-catalog.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerProblemHandlers, sendNotFound } from './platform/http/problem.ts';
import { registerRateLimits } from './platform/http/rate-limits.ts';
import { ProblemSchema } from './platform/http/schemas.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export async function buildApp({ config, database }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });
  await app.register(cookie);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its styles at run time; Swagger UI uses inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await registerRateLimits(app, config);
  // Import files may be large; they stream to disk, never into memory.
  await app.register(multipart, { limits: { fileSize: 2 * 1024 * 1024 * 1024, files: 1 } });
  app.addSchema(ProblemSchema);
  await registerOpenApi(app);
  registerProblemHandlers(app);
  registerAuthentication(app, tokenActorResolver(database.db));
  auditDeniedRequests(app, database);
  configureCertificateSigning(config.signingKeySecret);

  const db = database.db;
  await app.register(healthRoutes(database), { db });
  await app.register(
    authRoutes({
      sessionTtlHours: config.sessionTtlHours,
      cookieSecure: config.cookieSecure,
      loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    }),
    { db },
  );
  await app.register(userRoutes, { db });
  await app.register(orgRoutes, { db });
  await app.register(regionRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(registryRoutes, { db });
  await app.register(importRoutes({ uploadDir: join(config.dataDir, 'uploads') }), { db });
  await app.register(certificateRoutes, { db });
  await app.register(calendarRoutes, { db });
  await app.register(caseTypeRoutes, { db });
  await app.register(casePartsRoutes, { db });
  await app.register(creditRecordRoutes, { db });
  await app.register(creditListingRoutes, { db });
  await app.register(creditRepairRoutes, { db });
  await app.register(creditMineRoutes, { db });
  await app.register(ratingRoutes, { db });
  await app.register(creditPublicRoutes, { db });
  scheduleDeadlineSweep(app, database);
  await serveWebApp(app, config.webDistDir);
  return app;
}

/**
 * Statutory deadlines are watched by a sweep every few minutes (and once at start): reminders,
 * escalations and automatic transitions happen without anyone opening the case.
 */
function scheduleDeadlineSweep(app: FastifyInstance, database: Database): void {
  let timer: NodeJS.Timeout | null = null;
  const run = () =>
    Promise.all([sweepDeadlines(database.db), sweepListings(database.db)]).catch((error: unknown) =>
      app.log.error({ err: error }, 'deadline sweep failed'),
    );
  app.addHook('onListen', async () => {
    void run();
    timer = setInterval(run, SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}

const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/** A refused request (403) by a known caller is itself an event worth recording. */
function auditDeniedRequests(app: FastifyInstance, database: Database): void {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || error.status !== 403 || request.actor.type === 'anonymous') return;
    await database.db.transaction((tx) =>
      appendAudit(
        tx,
        { actor: request.actor, requestId: request.id },
        {
          action: `${request.method} ${request.routeOptions.url ?? request.url}`,
          outcome: 'denied',
          detail: { code: error.code, reason: error.detail ?? null },
        },
      ),
    );
  });
}

/** The built web app, with unknown non-API paths answered by index.html (client-side routes). */
async function serveWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.log.warn(`web app not built (${indexHtml} missing): run npm run build:web`);
    app.setNotFoundHandler(sendNotFound);
    return;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) return sendIndex(reply);
    return sendNotFound(request, reply);
  });
}
