import { expect, test } from '@playwright/test';

/**
 * The quick exit leaves for another site, which the shared fixture forbids
 * (it fails on any request to another origin). These tests use Playwright's
 * plain `test`, answer the neutral site themselves, and check cookies here.
 */
const NEUTRAL = 'https://www.dr.dk/';

test.beforeEach(async ({ page }) => {
  await page.route('https://www.dr.dk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><h1>Neutral</h1>' }),
  );
  page.on('response', async (response) => {
    expect(await response.headerValue('set-cookie'), response.url()).toBeNull();
  });
});

const guidePages = [
  '/bekymring',
  '/bekymring/fare',
  '/bekymring/find-infohus',
  '/en/bekymring',
  '/en/bekymring/find-infohus?kommune=Aarhus',
];

test.describe('Forlad siden', () => {
  test('is on every page of the guide and the lookup, first in the content, as a plain link @nojs', async ({ page }) => {
    for (const url of guidePages) {
      await page.goto(url);
      const exit = page.getByRole('link', { name: url.startsWith('/en') ? 'Leave this page' : 'Forlad siden' });
      await expect(exit, url).toHaveAttribute('href', NEUTRAL);
      await expect(exit).toHaveAttribute('rel', 'noreferrer');
    }
  });

  test('leaves at once on a click and takes the page out of Back', async ({ page }) => {
    await page.goto('/indsatser/infohuse');
    await page.goto('/bekymring/fare');
    await page.getByRole('link', { name: 'Forlad siden' }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/indsatser/infohuse');
  });

  test('leaves when Shift is pressed three times', async ({ page }) => {
    await page.goto('/bekymring/fare');
    await expect(page.getByText('Tryk tre gange på Shift')).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('does not leave when another key comes between the Shift presses', async ({ page }) => {
    await page.goto('/bekymring/fare');
    await expect(page.getByText('Tryk tre gange på Shift')).toBeVisible();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL('/bekymring/fare');
  });

  test('goes to the neutral site without JavaScript too @nojs', async ({ page, javaScriptEnabled }) => {
    test.skip(javaScriptEnabled, 'the plain link is what visitors without JavaScript get');
    await page.goto('/bekymring/fare');
    // The hint about Shift promises what only the script does.
    await expect(page.getByText('Tryk tre gange på Shift')).toBeHidden();
    await page.getByRole('link', { name: 'Forlad siden' }).click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});
