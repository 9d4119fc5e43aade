import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec imports `test` from here. For every page a test opens, it fails
 * the test on a request to another origin (no CDN, no tracking) and on any
 * Set-Cookie header (the portal sets no cookies).
 */
export const test = base.extend<{ privacyGuard: void }>({
  privacyGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const cookies: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('response', async (response) => {
        const setCookie = await response.headerValue('set-cookie');
        if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
      });
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(cookies, 'Set-Cookie headers').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Axe with the WCAG 2.1 A and AA rules; every violation is listed in the failure. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
