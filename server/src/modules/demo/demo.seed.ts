/**
 * Loads the demo data set once, in one transaction, in demo mode only. Each module adds its part
 * here. A production start never calls this, so it never creates demo accounts.
 */
import { eq } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { systemMeta } from '../../platform/db/meta.tables.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { createApiClient, createUser } from '../iam/index.ts';
import { createOrg } from '../org/index.ts';
import { writeRecords } from '../registry/index.ts';
import { seedDemoCases } from './demo.cases.ts';
import { seedDemoCredit } from './demo.credit.ts';
import { DEMO_CLIENT, DEMO_ORGS, DEMO_USERS } from './demo.data.ts';
import { DEMO_RIGHTS } from './demo.registry.ts';

const META_KEY = 'demo.seeded';
const DEMO_VERSION = 3;

export async function seedDemoData(db: Db, password: string): Promise<{ seeded: boolean }> {
  const [done] = await db.select().from(systemMeta).where(eq(systemMeta.key, META_KEY));
  if (done) return { seeded: false };
  await db.transaction(async (tx) => {
    const context: ServiceContext = { db: tx, actor: systemActor('demo-seed'), requestId: null };
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGS) {
      const created = await createOrg(context, org);
      orgIds.set(org.key, created.id);
    }
    for (const user of DEMO_USERS) {
      await createUser(context, { ...user, orgId: orgIds.get(user.org)!, password });
    }
    await createApiClient(context, { ...DEMO_CLIENT, orgId: orgIds.get(DEMO_CLIENT.org)!, secret: password });
    await writeRecords(tx, DEMO_RIGHTS);
    await seedDemoCases(tx, orgIds);
    await seedDemoCredit(tx, orgIds);
    await tx
      .insert(systemMeta)
      .values({ key: META_KEY, value: { version: DEMO_VERSION }, updatedAt: new Date() });
  });
  return { seeded: true };
}
