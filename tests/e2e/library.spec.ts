import { expectNoAxeViolations, test } from './support/fixtures';

// Axe on the library's states; what the server sends is checked in tests/request/library.test.ts.

test.describe('accessibility of the library in its states', () => {
  for (const url of [
    '/viden?type=tool',
    '/viden?type=novel',
    '/viden?type=podcast&year=2025',
    '/en/viden?audience=teachers',
    '/en/viden?year=x',
  ]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});
