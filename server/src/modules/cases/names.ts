/** Display names of organizations and users, looked up in one query each. */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { users } from '../iam/index.ts';
import { organizations } from '../org/index.ts';

export async function namesOfOrgs(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function namesOfUsers(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
