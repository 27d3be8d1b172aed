import { chromium } from 'playwright-core';

const url = 'http://127.0.0.1:3999';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
page.on('response', (r) => {
  if (r.status() >= 400 && !r.url().endsWith('/auth/me')) console.log('HTTP', r.status(), r.url());
});
await page.goto(`${url}/login`);
await page.fill('#username', 'national.admin');
await page.fill('#password', 'ipp-demo-2026');
await page.click('[data-testid="login-submit"]');
await page.locator('[data-testid="home-welcome"]').waitFor();
await page.goto(`${url}/registry/imports`);
await page
  .locator('[data-testid="import-upload"] input[type="file"]')
  .setInputFiles('/work/shared/data/gi/gi_shaanxi_authorized_enterprises.csv');
await page.locator('[data-testid="import-mapping"]').click();
await page
  .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'shaanxi-gi-enterprises' })
  .first()
  .click();
await page.click('[data-testid="import-submit"]');
await page.locator('[data-testid="import-progress"][data-status="completed"]').waitFor({ timeout: 60000 });
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/exp/imports.png' });
await page.goto(`${url}/registry/verify`);
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/exp/verify-page.png' });
await browser.close();
