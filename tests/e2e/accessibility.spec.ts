import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { allUrls } from './support/site';

// One axe run per page the portal serves, in both languages. Detail pages of a
// collection share one template: one of each per language is audited here (the
// course and library specs audit more), which keeps the suite inside CI's time.
const seenTemplates = new Set<string>();
const urls = allUrls
  .filter((entry) => {
    const template = /^\/(kurser|viden)\/(?!katalog\/)[^/]+$/.exec(entry.path)?.[1];
    if (!template) return true;
    const key = `${entry.locale}:${template}`;
    if (seenTemplates.has(key)) return false;
    seenTemplates.add(key);
    return true;
  })
  .map((entry) => entry.url);

test.describe('accessibility of every page', () => {
  test('there is a page list to check', () => {
    expect(urls.length).toBeGreaterThan(20);
  });

  for (const url of urls) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }

  test('every page title is unique within its language', async ({ request }) => {
    const titles = new Map<string, string>();
    for (const { locale, url } of allUrls) {
      const html = await (await request.get(url)).text();
      const title = `${locale}: ${/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''}`;
      expect(titles.get(title), `${url} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, url);
    }
  });
});
