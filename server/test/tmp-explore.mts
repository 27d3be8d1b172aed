import { chromium } from 'playwright-core';

const url = 'http://127.0.0.1:3999';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text().slice(0, 200));
});
await page.goto(`${url}/login`);
await page.fill('#username', 'sz.officer');
await page.fill('#password', 'ipp-demo-2026');
await page.click('[data-testid="login-submit"]');
await page.locator('[data-testid="home-welcome"]').waitFor();
for (const [n, file] of [
  ['2006年第166号:南山荔枝', 'gi'],
  ['56789012', 'tm'],
  ['BS.225530871', 'ic'],
]) {
  await page.goto(`${url}/registry/search`);
  await page.locator('[data-testid="registry-result-link"]', { hasText: n }).click();
  await page.locator('[data-testid="right-title"]').waitFor();
  await page.waitForTimeout(800);
  await page
    .locator('[data-testid="right-overview"]')
    .screenshot({ path: `/tmp/exp/${file}-overview.png` })
    .catch(() => {});
  await page.screenshot({ path: `/tmp/exp/${file}.png` });
}
await browser.close();
