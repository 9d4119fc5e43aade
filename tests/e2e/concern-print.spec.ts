import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { chooseMunicipality, chooseRadio, guideMessages, guideText, type GuideLocale, prefix } from './support/concern';

const messages = guideMessages;
const q = (locale: GuideLocale) => messages[locale].questions;

/** The longest results: each adds the most cards or words for its kind of person. */
const longest = (locale: GuideLocale) =>
  [
    ['teacher', [q(locale).role.options.school.label, q(locale).age.options.unknown.label]],
    ['psychiatry employee', [q(locale).role.options.psychiatry.label, q(locale).age.options['under-18'].label]],
    ['parent', [q(locale).role.options.relative.label, q(locale).age.options['under-18'].label]],
  ] as const;

async function walkAboutSomeone(page: Page, locale: GuideLocale, labels: readonly string[]): Promise<void> {
  await page.goto(`${prefix(locale)}/bekymring/fare`);
  for (const label of [q(locale).danger.options.no.label, q(locale).topic.options.person.label, ...labels]) {
    await chooseRadio(page, label, locale);
  }
  await chooseMunicipality(page, 'Lyngby-Taarbæk', locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideText[locale].result);
}

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the tree, not a page). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.describe('printing a result', () => {
  for (const locale of ['da', 'en'] as const) {
    for (const [who, labels] of longest(locale)) {
      test(`fits one or two A4 pages for a ${who} (${locale})`, async ({ page }) => {
        await walkAboutSomeone(page, locale, labels);
        const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        test.info().annotations.push({ type: 'A4 pages', description: `${who} (${locale}): ${pages}` });
        console.log(`A4 pages of the result for a ${who} (${locale}): ${pages}`);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
      });
    }

    test(`axe finds nothing on a teacher's result, with the print button shown (${locale})`, async ({ page }) => {
      await walkAboutSomeone(page, locale, longest(locale)[0][1]);
      await expect(page.getByRole('button', { name: messages[locale].result.print })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the print button opens the browser’s print dialogue', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await walkAboutSomeone(page, 'da', longest('da')[2][1]);
    await page.getByRole('button', { name: 'Udskriv siden' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  });

  test('without JavaScript there is no print button, and the page prints the same @nojs', async ({ page }) => {
    await walkAboutSomeone(page, 'da', longest('da')[2][1]);
    await expect(page.getByRole('button', { name: 'Udskriv siden' })).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.concern-routes')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Forlad siden' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });
});
