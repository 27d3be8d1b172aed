/**
 * Resolves the actor of every request from the session cookie or an `Authorization: Bearer`
 * token. Routes then ask for a permission with `requirePermission`; scope rules live in services.
 */
import type { Permission } from '@ipp/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, ANONYMOUS, assertPermission } from '../access/actor.ts';
import type { Db } from '../db/database.ts';
import type { ServiceContext } from './context.ts';
import { AppError } from './error-catalog.ts';

export const SESSION_COOKIE = 'ipp_session';

export type TokenResolver = (token: string) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The raw token the actor came with, for logout. */
    authToken: string | null;
  }
}

export function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

export function registerAuthentication(app: FastifyInstance, resolve: TokenResolver): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
  });
  app.decorateRequest('authToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = tokenOf(request);
    if (!token) return;
    const actor = await resolve(token);
    if (actor) {
      request.actor = actor;
      request.authToken = token;
    }
  });
}

/** A preHandler that refuses callers without the permission (401 anonymous, 403 otherwise). */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    assertPermission(request.actor, permission);
  };
}

export function requireAuthenticated() {
  return async (request: FastifyRequest) => {
    if (request.actor.type === 'anonymous') {
      throw new AppError('PLATFORM_UNAUTHENTICATED');
    }
  };
}

export function contextOf(request: FastifyRequest, db: Db): ServiceContext {
  return { db, actor: request.actor, requestId: request.id };
}
