import { expect, expectNoAxeViolations, test } from './support/fixtures';

// What only a browser can check: print layout and axe. What the server sends is checked in
// tests/request/courses.test.ts.

test.describe('printed catalogue /kurser/katalog/<semester>', () => {
  test('is linked as "Udskriv kataloget" and prints on A4 with one course per page and no navigation', async ({ page }) => {
    await page.goto('/kurser');
    await page.getByRole('link', { name: 'Udskriv kataloget for foråret 2027' }).click();
    await expect(page).toHaveURL('/kurser/katalog/2027-foraar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kursuskatalog for foråret 2027');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const menus = page.locator('nav');
    expect(await menus.count()).toBeGreaterThan(0);
    for (const nav of await menus.all()) await expect(nav).toBeHidden();
    await expect(page.getByText(/^Udskrevet \w+dag den \d+\. \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByText(/Udskriv siden med din browsers udskriftsfunktion/)).toBeHidden();

    const courses = page.locator('.catalogue-course');
    await expect(courses).toHaveCount(3);
    for (const course of await courses.all()) {
      expect(await course.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    }
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(size?.[1]))).toBe(595); // A4 in points
    expect(Math.round(Number(size?.[2]))).toBe(842);
  });
});

test.describe('accessibility of the catalogue in its states', () => {
  for (const url of [
    '/kurser?target=teachers&theme=online',
    '/kurser?target=astronauts',
    '/kurser?target=police&theme=online',
    '/en/kurser?target=teachers&period=2027-foraar',
    '/en/kurser?format=hybrid',
    '/en/kurser?target=police&theme=online',
    '/kurser/eksempel-netvaerksmoede',
    '/en/kurser/katalog/2027-efteraar',
  ]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});
