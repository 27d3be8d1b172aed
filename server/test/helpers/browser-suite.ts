/**
 * One browser suite's fixtures: a real server in demo mode on its own data folder and Debian's
 * chromium, started before the suite's tests and stopped after them (registered with node:test's
 * before/after of the calling describe).
 */
import { after, before } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import {
  createServerStorage,
  type RunningServer,
  type ServerStorage,
  startServer,
} from './server-process.ts';

const DEMO_PASSWORD = 'ipp-demo-2026';

export interface BrowserSuite {
  readonly storage: ServerStorage;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new zh-CN page, signed in as a demo user and on the home page. */
  signedIn(username: string): Promise<Page>;
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
    async signedIn(username) {
      const page = await ready(browser, 'browser').newPage({ locale: 'zh-CN' });
      await page.goto(`${ready(server, 'server').url}/login`);
      await page.fill('#username', username);
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('[data-testid="login-submit"]');
      await page.locator('[data-testid="home-welcome"]').waitFor({ timeout: 20_000 });
      return page;
    },
  };
}

/**
 * Fills a field of a dialog that may still be mounting (antd modals animate in and may re-render
 * their form once open): fills again until the value holds, so a submit never meets an empty field.
 */
export async function fillSettled(field: Locator, text: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await field.fill(text);
    await new Promise((resolve) => setTimeout(resolve, 150));
    if ((await field.inputValue()) === text) return;
  }
  throw new Error(`the field would not keep the text “${text}”`);
}
