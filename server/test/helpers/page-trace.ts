/**
 * What a browser test's page did, told when the test fails: the API calls with their status and
 * time, navigations, console errors and uncaught errors, and a screenshot. A step that waits in
 * vain ("did not appear within 20 s") says nothing of why; this log does — a 4xx answer, a reload
 * that never came back, a trip to the login page — so a failure seen once in CI can be read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Events kept; the failure names the last of them. */
const KEPT = 60;
/** Where screenshots and page contents of failures are written (the path is in the error). */
export const FAILURES_DIR = join(tmpdir(), 'ipp-browser-failures');

function shortUrl(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** Starts recording the page's events; `describe()` lists the recent ones, oldest first. */
export function recordPage(page: Page): { describe(): string } {
  const started = Date.now();
  const events: string[] = [];
  const add = (text: string) => {
    events.push(`${String(Date.now() - started).padStart(6)} ms  ${text}`);
    if (events.length > KEPT) events.shift();
  };
  const api = (url: string) => url.includes('/api/');
  page.on('request', (request) => {
    if (api(request.url())) add(`→ ${request.method()} ${shortUrl(request.url())}`);
  });
  page.on('requestfinished', async (request) => {
    if (!api(request.url())) return;
    const status = (await request.response().catch(() => null))?.status() ?? '?';
    const took = Math.round(request.timing().responseEnd);
    add(`← ${status} ${request.method()} ${shortUrl(request.url())} (${took} ms in the browser)`);
  });
  page.on('requestfailed', (request) => {
    add(`✗ ${request.method()} ${shortUrl(request.url())}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) add(`navigated to ${shortUrl(frame.url())}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      add(`console.${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => add(`uncaught: ${error.message}`));
  return { describe: () => events.join('\n') };
}

/**
 * Runs a test's steps on a page; when one fails, the error says what the page did before it,
 * where its screenshot and contents were saved, and keeps the step's own error as its cause.
 */
export async function withPageTrace<T>(page: Page, name: string, steps: () => Promise<T>): Promise<T> {
  const recorder = recordPage(page);
  try {
    return await steps();
  } catch (error) {
    const saved = await saveFailure(page, name).catch((reason: unknown) => `not saved: ${String(reason)}`);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- the page before the failure (${saved}):\n${recorder.describe()}`, {
      cause: error,
    });
  }
}

async function saveFailure(page: Page, name: string): Promise<string> {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const base = join(FAILURES_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
  writeFileSync(`${base}.html`, await page.content());
  return `${base}.png, .html`;
}
