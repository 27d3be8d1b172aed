/**
 * One browser suite's fixtures: a real server in demo mode on its own data folder and Debian's
 * chromium, started before the suite's tests and stopped after them (registered with node:test's
 * before/after of the calling describe).
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import {
  createServerStorage,
  type RunningServer,
  type ServerStorage,
  startServer,
} from './server-process.ts';

export interface BrowserSuite {
  readonly storage: ServerStorage;
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function browserSuite(): BrowserSuite {
  let storage: ServerStorage | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    storage = await createServerStorage();
    server = await startServer(storage.env);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await storage?.cleanup();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the browser suite's ${name} is not started yet`);
    return value;
  };
  return {
    get storage() {
      return ready(storage, 'storage');
    },
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}
