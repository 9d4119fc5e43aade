import { expect, test } from './support/fixtures';

// Pixel comparisons of the layout at the four widths the issue names, in both languages, on two
// pages other work rarely changes: an activity page (side menu, text, related pages) and the
// course catalogue built from the test fixtures (folded filters, results). Baselines live beside
// this file; after a change to the look, look at the new images and update them with
// `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots`.
const widths = [320, 390, 768, 1280] as const;
const pages = [
  { name: 'activity', path: '/indsatser/infohuse', fullPage: true },
  { name: 'catalogue', path: '/kurser', fullPage: false },
] as const;

test.describe('screenshots', () => {
  for (const { name, path, fullPage } of pages) {
    for (const locale of ['da', 'en'] as const) {
      for (const width of widths) {
        test(`${name} ${locale} at ${width} px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(locale === 'da' ? path : `/en${path}`);
          await page.evaluate(() => document.fonts.ready);
          // The tolerance absorbs font hinting and anti-aliasing; a moved block changes far more pixels.
          await expect(page).toHaveScreenshot(`${name}-${locale}-${width}.png`, {
            fullPage,
            animations: 'disabled',
            caret: 'hide',
            threshold: 0.3,
            maxDiffPixelRatio: 0.01,
          });
        });
      }
    }
  }
});
