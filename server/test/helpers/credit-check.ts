/**
 * Credit test fixtures: the platform with the credit routes, and records and listings inserted
 * directly (their own services are tested in credit-records and the listing tests).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { beijingToday } from '../../src/modules/calendar/index.ts';
import { creditListings, creditRecords } from '../../src/modules/credit/credit.tables.ts';
import { creditPublicRoutes } from '../../src/modules/credit/credit-public.routes.ts';
import { ratingRoutes } from '../../src/modules/credit/rating.routes.ts';
import type { CreditSubject } from '../../src/modules/credit/subjects.ts';
import { seedDemoData } from '../../src/modules/demo/index.ts';
import { organizations } from '../../src/modules/org/org.tables.ts';
import type { Db } from '../../src/platform/db/database.ts';
import { DEMO_PASSWORD } from './app.ts';
import { createTestDatabase } from './database.ts';

/** A date `offset` days from today in Beijing. */
export function day(offset: number): string {
  const d = new Date(`${beijingToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** createTestPlatform, plus the credit check and rating routes while app.ts does not register them. */
export async function creditPlatform() {
  const testDb = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_PASSWORD }, { demo: true });
  await seedDemoData(testDb.database.db, config.demoPassword);
  const app = await buildApp({ config, database: testDb.database });
  const db = testDb.database.db;
  if (!app.hasRoute({ method: 'POST', url: '/api/v1/credit/check' })) {
    await app.register(creditPublicRoutes, { db });
    await app.register(ratingRoutes, { db });
  }
  await app.ready();
  const login = async (username: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    return response.json<{ token: string }>().token;
  };
  const close = async () => {
    await app.close();
    await testDb.cleanup();
  };
  return { ...testDb, app, db, login, close };
}

export async function orgByName(db: Db, name: string): Promise<{ id: string; uscc: string | null }> {
  const [org] = await db.select().from(organizations).where(eq(organizations.name, name));
  if (!org) throw new Error(`demo organization ${name} is missing`);
  return org;
}

export async function insertRecord(
  db: Db,
  orgId: string,
  subject: CreditSubject,
  values: Partial<typeof creditRecords.$inferInsert> = {},
): Promise<string> {
  const id = randomUUID();
  await db.insert(creditRecords).values({
    id,
    subjectId: subject.id,
    category: 'penalty',
    severity: 'general',
    source: 'manual',
    legalBasis: '专利代理条例 第二十五条',
    summary: `${subject.name} 违规代理`,
    decidedOn: day(-10),
    publicityFrom: day(-10),
    publicityUntil: day(355),
    publicityBasis: '市场监督管理行政处罚信息公示规定 第十三条',
    regionCode: subject.regionCode,
    orgId,
    documents: [],
    status: 'active',
    createdAt: new Date(),
    ...values,
  });
  return id;
}

export async function insertListing(
  db: Db,
  orgId: string,
  subject: CreditSubject,
  state: string,
  publishUntil: string,
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await db.insert(creditListings).values({
    id,
    subjectId: subject.id,
    state,
    reason: '拒不履行专利侵权纠纷行政裁决',
    legalBasis: '专利纠纷行政裁决和调解办法 第三十四条',
    recordIds: [],
    regionCode: subject.regionCode,
    orgId,
    proposedOn: day(-40),
    decidedOn: day(-20),
    publishedOn: state === 'published' ? day(-5) : null,
    publishUntil,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}
