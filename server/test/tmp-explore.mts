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
await page.goto(`${url}/verify`);
await page.locator('#verify_number').waitFor();
await page.locator('#verify_type').getByText('专利').click();
await page.fill('#verify_number', 'ZL 2017 1 0402288.9');
await page.fill('#verify_holder', '杭州钱塘新材料股份有限公司');
await page.click('[data-testid="verify-certificate"]');
await page.click('[data-testid="verify-submit"]');
await page.locator('[data-testid="verify-result"]').waitFor();
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/exp/verify-result.png', fullPage: true });
const code = (await page.locator('[data-testid="certificate-code"]').textContent())?.trim() ?? '';
await page.goto(`${url}/c/${code}`);
await page.locator('[data-testid="certificate-check-result"]').waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/exp/cert-check.png', fullPage: true });
await browser.close();
