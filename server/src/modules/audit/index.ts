/** The audit trail viewer: browsing within scope and chain verification over HTTP. */
export { auditRoutes } from './audit.routes.ts';
