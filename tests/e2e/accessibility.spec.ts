import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { allUrls } from './support/site';

// Titles are unique per language: tests/request/seo.test.ts.

// One axe run per page the portal serves, in both languages. Detail pages of a
// collection share one template: one of each per language is audited here (the
// course and library specs audit more), which keeps the suite inside CI's time.
const seenTemplates = new Set<string>();
const urls = allUrls.filter((entry) => {
  const template = /^\/(kurser|viden)\/(?!katalog\/)[^/]+$/.exec(entry.path)?.[1];
  if (!template) return true;
  const key = `${entry.locale}:${template}`;
  if (seenTemplates.has(key)) return false;
  seenTemplates.add(key);
  return true;
});

// Pages are audited in groups by language and section, each group in one browser page: after the
// first page its styles, fonts and scripts come from the cache, as for a visitor reading on.
const GROUP_SIZE = 8;
const groups = new Map<string, string[]>();
for (const { locale, path, url } of urls) {
  const section = `${locale} /${path.split('/')[1] ?? ''}`;
  const group = groups.get(section) ?? [];
  group.push(url);
  groups.set(section, group);
}

test.describe('accessibility of every page', () => {
  test('there is a page list to check', () => {
    expect(urls.length).toBeGreaterThan(20);
  });

  for (const [section, sectionUrls] of groups) {
    for (let start = 0; start < sectionUrls.length; start += GROUP_SIZE) {
      const chunk = sectionUrls.slice(start, start + GROUP_SIZE);
      test(`axe finds nothing on ${section} (${chunk.join(', ')})`, async ({ page }) => {
        for (const url of chunk) {
          const response = await page.goto(url);
          expect.soft(response?.status(), url).toBe(200);
          await expectNoAxeViolations(page);
        }
      });
    }
  }
});
