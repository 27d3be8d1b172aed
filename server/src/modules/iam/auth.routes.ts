import { Type } from 'typebox';
import { contextOf, requireAuthenticated, SESSION_COOKIE } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { issueClientToken, login, logout, meOf } from './auth.service.ts';
import { findUserForLogin } from './iam.repository.ts';
import { LoginBody, LoginResponse, MeSchema, TokenBody, TokenResponse } from './iam.schemas.ts';

export interface AuthRouteOptions {
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
}

export function authRoutes(options: AuthRouteOptions): ModuleRoutes {
  return async (app, { db }) => {
    app.addSchema(MeSchema);
    const rateLimit = { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' };
    app.post(
      '/api/v1/auth/login',
      {
        config: { rateLimit },
        schema: {
          tags: ['auth'],
          summary: 'Log in with username and password; returns a token and sets the session cookie',
          security: [],
          body: LoginBody,
          response: { 200: LoginResponse, ...errorResponses(400, 401, 403, 423, 429) },
        },
      },
      async (request, reply) => {
        const result = await login(db, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
          sessionTtlHours: options.sessionTtlHours,
        });
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: options.cookieSecure,
          path: '/',
          expires: result.expiresAt,
        });
        return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user };
      },
    );
    app.post(
      '/api/v1/auth/logout',
      {
        schema: { tags: ['auth'], response: { 204: Type.Null(), ...errorResponses(401) } },
        preHandler: requireAuthenticated(),
      },
      async (request, reply) => {
        await logout(db, request.actor, request.authToken!, request.id);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/v1/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user',
          response: { 200: Type.Ref('Me'), ...errorResponses(401) },
        },
        preHandler: requireAuthenticated(),
      },
      async (request, reply) => {
        const context = contextOf(request, db);
        if (context.actor.type !== 'user') return reply.status(200).send(clientMe(context.actor));
        const found = await findUserForLogin(db, context.actor.name!);
        return meOf(db, found!);
      },
    );
    app.post(
      '/api/v1/auth/token',
      {
        config: { rateLimit },
        schema: {
          tags: ['auth'],
          summary: 'Token for a partner system (client credentials)',
          security: [],
          body: TokenBody,
          response: { 200: TokenResponse, ...errorResponses(400, 401, 429) },
        },
      },
      async (request) => {
        const result = await issueClientToken(db, { ...request.body, ip: request.ip, requestId: request.id });
        return {
          token: result.token,
          tokenType: 'Bearer' as const,
          expiresAt: result.expiresAt.toISOString(),
          scopes: result.scopes,
        };
      },
    );
  };
}

function clientMe(actor: import('../../platform/access/actor.ts').Actor) {
  return {
    id: actor.id!,
    username: actor.name!,
    displayName: actor.name!,
    org: {
      id: actor.org!.id,
      name: actor.org!.name,
      kind: 'api_client',
      regionCode: actor.org!.regionCode,
      regionName: actor.org!.regionCode,
      level: actor.org!.level,
    },
    roles: [],
    permissions: [...actor.permissions],
  };
}
