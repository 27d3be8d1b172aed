/** Identity and access: users, roles, sessions and partner-system clients. */
export { actorOfToken, permissionsOfRoles, tokenActorResolver } from './actor.ts';
export { authRoutes } from './auth.routes.ts';
export { createApiClient } from './client.service.ts';
export { apiClients, sessions, users } from './iam.tables.ts';
export { hashPassword } from './password.ts';
export { userRoutes } from './user.routes.ts';
export { createUser } from './user.service.ts';
