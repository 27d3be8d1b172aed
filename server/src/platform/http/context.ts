/** What a service needs to act for a request: the database, the actor and the request id. */
import type { Actor } from '../access/actor.ts';
import type { AuditContext } from '../audit/audit-writer.ts';
import type { Executor } from '../db/database.ts';

export interface ServiceContext {
  db: Executor;
  actor: Actor;
  requestId: string | null;
}

export function auditContext(context: ServiceContext): AuditContext {
  return { actor: context.actor, requestId: context.requestId };
}
