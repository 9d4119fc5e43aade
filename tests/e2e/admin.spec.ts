import { startIdentityProvider } from '../support/identity-provider.mjs';
import { TEST_ADMIN } from '../support/server.mjs';
import { type Browser, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

/**
 * Signing in to the back office through a real OpenID Connect provider (oidc-provider, started
 * here on E2E_IDP_PORT, which the server under test was configured with): the browser fills the
 * provider's own login form.
 */
let closeProvider: (() => Promise<void>) | undefined;

test.describe('back office sign-in', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({ baseURL }) => {
    const provider = await startIdentityProvider({ port: Number(process.env.E2E_IDP_PORT), portalOrigin: new URL(baseURL!).origin });
    closeProvider = provider.close;
  });
  test.afterAll(async () => closeProvider?.());

  /**
   * A browser of its own rather than the `page` fixture: the round trip visits the provider, another
   * origin, on purpose. Its pages ask for a web font from the internet, which is cut off here.
   */
  async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
    const context = await browser.newContext({ baseURL, locale: 'da-DK' });
    await context.route(/^https:/, (route) => route.abort());
    return context.newPage();
  }

  async function signIn(page: Page, login: string) {
    await page.goto('/admin');
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider asks once to let the portal have the e-mail address.
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  test('staff sign in with the provider and get a session cookie scoped to /admin', async ({ browser, baseURL }) => {
    const page = await freshPage(browser, baseURL!);
    const context = page.context();
    await signIn(page, TEST_ADMIN.staffEmail);
    await expect(page).toHaveURL(`${baseURL}/admin`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversigt');
    await expect(page.getByText('Logget ind som kursus')).toBeVisible();
    const session = (await context.cookies(`${baseURL}/admin`)).find((cookie) => cookie.name === 'portal_admin_session');
    expect(session).toMatchObject({ path: '/admin', httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(await context.cookies(`${baseURL}/`)).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(`${baseURL}/admin/logget-ud`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ud');
    expect((await context.cookies(`${baseURL}/admin`)).map((cookie) => cookie.name)).not.toContain('portal_admin_session');
    await expectNoAxeViolations(page);
    // Signing out at the provider too: it asks to confirm, then sends the person back.
    await page.getByRole('link', { name: 'Log også ud hos log-in-udbyderen' }).click();
    await page.locator('button[type="submit"][name="logout"]').click();
    await expect(page).toHaveURL(`${baseURL}/admin/logget-ud`);
    await page.goto('/admin');
    await expect(page.locator('input[name="login"]')).toBeVisible();
  });

  test('someone the provider knows but the portal does not gets 403, and no data', async ({ browser, baseURL }) => {
    const page = await freshPage(browser, baseURL!);
    await signIn(page, 'someone@example.test');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke adgang');
    const response = await page.request.get('/admin');
    expect(response.status()).toBe(403);
    await expectNoAxeViolations(page);
  });
});
