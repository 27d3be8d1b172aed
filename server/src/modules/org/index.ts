/** Organizations: the bodies the platform serves, each in a region. */

export { findOrgByName, findOrgByUscc, findOrgInScope } from './org.repository.ts';
export { orgRoutes } from './org.routes.ts';
export { createOrg, getOrg, validateUscc } from './org.service.ts';
export { organizations } from './org.tables.ts';
