import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Watches a page for requests to another origin (no CDN, no tracking) and for Set-Cookie headers
 * (the portal sets no cookies); `check` fails the test on either.
 */
function watchPrivacy(page: Page, origin: string) {
  const foreign: string[] = [];
  const cookies: string[] = [];
  // Header reads are awaited before the checks: one still running when the page closes would
  // otherwise fail outside any test.
  const headerReads: Promise<void>[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('response', (response) => {
    headerReads.push(
      response.headerValue('set-cookie').then(
        (setCookie) => {
          if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
        },
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(headerReads);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(cookies, 'Set-Cookie headers').toEqual([]);
  };
}

/**
 * Every spec imports `test` from here. Every page a test opens through the `page` fixture is
 * watched (see watchPrivacy). Tests that only send requests start no browser page at all.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, providePage) => {
    const check = watchPrivacy(page, new URL(baseURL!).origin);
    await providePage(page);
    await check();
  },
});

export { expect };

/**
 * Axe with the WCAG 2.1 A and AA rules; every violation is listed in the failure. Legacy mode runs
 * axe inside the page itself instead of in an extra blank page per run, which is twice as fast;
 * the difference only matters for pages with frames from other origins, and the portal allows no frames.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A click that navigates may still be loading the next page: axe injected into the old one fails
  // ("Cannot read properties of null (reading 'documentElement')"), so wait for the page to settle.
  await page.waitForLoadState('load');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect.soft(summary, `axe violations on ${page.url()}`).toEqual([]);
}
