/** The whole platform on a fresh test database, with the demo data set and login helpers. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemoData } from '../../src/modules/demo/index.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const DEMO_PASSWORD = 'ipp-demo-2026';

export interface TestPlatform extends TestDatabase {
  app: FastifyInstance;
  /** Logs a demo user in and returns the bearer token. */
  login(username: string, password?: string): Promise<string>;
  /** inject() with a bearer token. */
  as(token: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestPlatform(
  options: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  const testDb = await createTestDatabase();
  const config = loadConfig(
    { LOG_LEVEL: 'silent', DEMO_PASSWORD, ...options.env },
    { demo: options.demo ?? true },
  );
  if (config.demo) await seedDemoData(testDb.database.db, config.demoPassword);
  const app = await buildApp({ config, database: testDb.database });
  await app.ready();
  const tokens = new Map<string, string>();
  return {
    ...testDb,
    app,
    async login(username, password = DEMO_PASSWORD) {
      const cached = tokens.get(username);
      if (cached && password === DEMO_PASSWORD) return cached;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      const token = response.json<{ token: string }>().token;
      tokens.set(username, token);
      return token;
    },
    as(token, injectOptions) {
      return app.inject({
        ...injectOptions,
        headers: { ...injectOptions.headers, authorization: `Bearer ${token}` },
      });
    },
    async close() {
      await app.close();
      await testDb.cleanup();
    },
  };
}
