export { auditLog } from './audit.tables.ts';
export { type ChainBreak, type VerifyResult, verifyAuditChain } from './audit-verify.ts';
export { type AuditContext, type AuditEntry, type AuditOutcome, appendAudit } from './audit-writer.ts';
