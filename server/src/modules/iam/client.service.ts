/** Partner systems (API clients): a client id and secret with scopes no wider than the granter's. */
import { randomBytes, randomUUID } from 'node:crypto';
import { PERMISSIONS, type Permission } from '@ipp/shared';
import { assertPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { findOrgInScope } from '../org/index.ts';
import { apiClients } from './iam.tables.ts';
import { hashPassword } from './password.ts';

export interface CreateClientInput {
  clientId: string;
  name: string;
  orgId: string;
  scopes: string[];
  /** A chosen secret (demo data); otherwise one is generated and shown once. */
  secret?: string;
}

export async function createApiClient(context: ServiceContext, input: CreateClientInput) {
  assertPermission(context.actor, 'iam.client.write');
  for (const scope of input.scopes) {
    if (!(scope in PERMISSIONS)) throw new AppError('IAM_UNKNOWN_ROLE', `Unknown scope ${scope}.`);
    if (context.actor.type !== 'system' && !context.actor.permissions.has(scope as Permission)) {
      throw new AppError('IAM_CLIENT_SCOPE_NOT_GRANTABLE', `You cannot grant the scope ${scope}.`);
    }
  }
  const secret = input.secret ?? randomBytes(24).toString('base64url');
  const secretHash = await hashPassword(secret);
  return inTransaction(context.db, async (tx) => {
    const org = await findOrgInScope(tx, context.actor.scope, input.orgId);
    if (!org) throw new AppError('ORG_NOT_FOUND', `No organization ${input.orgId}.`);
    const id = randomUUID();
    await tx.insert(apiClients).values({
      id,
      clientId: input.clientId,
      name: input.name,
      orgId: org.id,
      secretHash,
      scopes: input.scopes,
      createdAt: new Date(),
    });
    await appendAudit(tx, auditContext(context), {
      action: 'iam.client.create',
      targetType: 'api_client',
      targetId: id,
      regionCode: org.regionCode,
      detail: { clientId: input.clientId, scopes: input.scopes, orgId: org.id },
    });
    return { id, clientId: input.clientId, secret, scopes: input.scopes, orgId: org.id };
  });
}
