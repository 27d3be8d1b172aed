/** The canonical form of an audit record and its SM3 chain hash. */
import { sm3Hex } from '../crypto/sm3.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  orgId: string | null;
  orgName: string | null;
  regionCode: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  outcome: string;
  detail: Record<string, unknown> | null;
}

/** JSON with object keys sorted, so a value read back from jsonb hashes as it was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, record: ChainedFields): string {
  const canonical = canonicalJson([
    record.seq,
    record.at.toISOString(),
    record.actorType,
    record.actorId,
    record.actorName,
    record.orgId,
    record.orgName,
    record.regionCode,
    record.action,
    record.targetType,
    record.targetId,
    record.requestId,
    record.outcome,
    record.detail,
  ]);
  return sm3Hex(`${prevHash}\n${canonical}`);
}
