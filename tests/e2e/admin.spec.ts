import { startIdentityProvider } from '../support/identity-provider.mjs';
import { TEST_ADMIN } from '../support/server.mjs';
import { readFileSync } from 'node:fs';
import { type Browser, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { linkIn, mailTo } from './support/mail';
import { fillRegistrationForm } from './support/registration-form';

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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kursushold');
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

  /**
   * A run with one seat (tests/fixtures): the second person to sign up waits. A retry takes the
   * other such run, so it starts from an empty run as the first try did.
   */
  const oneSeatRun = () =>
    test.info().retry === 0
      ? { id: 'tilmelding-en-plads', dates: /3\. juni 2027/, heading: '3. juni 2027' }
      : { id: 'tilmelding-en-plads-igen', dates: /7\. juni 2027/, heading: '7. juni 2027' };

  async function signUp(page: Page, name: string, email: string) {
    await page.goto(`/kurser/eksempel-netvaerksmoede/tilmeld/${oneSeatRun().id}`);
    await fillRegistrationForm(page, name, email);
    await page.getByRole('button', { name: 'Send tilmelding' }).click();
    await expect(page).toHaveURL(/\/kurser\/tilmelding\/kvittering\//);
  }

  test('a participant signs up and confirms; staff see them, export the list, cancel them, and the first on the waiting list is offered the seat', async ({
    browser,
    baseURL,
  }) => {
    const page = await freshPage(browser, baseURL!);
    const seated = `e2e-admin-seat-${Date.now()}@example.org`;
    const waiting = `e2e-admin-wait-${Date.now()}@example.org`;

    await signUp(page, 'Anna Ærø', seated);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for din tilmelding');
    await page.goto(linkIn(await mailTo(seated, 'Bekræft din tilmelding'), /\/kurser\/tilmelding\/bekraeft\/[A-Za-z0-9_-]+/));
    await page.getByRole('button', { name: 'Bekræft tilmelding' }).click();
    await expect(page.getByRole('status')).toContainText('Din plads er bekræftet');
    await signUp(page, 'Bent Venteliste', waiting);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er på ventelisten');

    await signIn(page, TEST_ADMIN.staffEmail);
    await page.getByRole('row', { name: oneSeatRun().dates }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Eksempel: Netværksmøde for tovholdere, ${oneSeatRun().heading}`);
    await expect(page.getByRole('row', { name: /Anna Ærø/ })).toContainText('Bekræftet');
    await expect(page.getByRole('row', { name: /Bent Venteliste/ })).toContainText('På venteliste');
    await expectNoAxeViolations(page);

    // Searching narrows the list, with the search kept in the address.
    await page.getByLabel('Søg efter navn, e-mail, organisation eller rolle').fill('venteliste');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect(page).toHaveURL(/\?q=venteliste&sort=registered&dir=asc$/);
    await expect(page.getByRole('row', { name: /Anna Ærø/ })).toHaveCount(0);
    await expect(page.getByText('Viser 1 af 2 tilmeldinger')).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent deltagerlisten som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`deltagere-eksempel-netvaerksmoede-${oneSeatRun().id}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Navn;E-mail;Telefon;Type af organisation;Organisation;Rolle;Status;Tilmeldt;Bekræftet;Plads på ventelisten;Bemærkning',
    );
    expect(lines.find((line) => line.startsWith('Anna Ærø;'))).toMatch(
      new RegExp(`^Anna Ærø;${seated};;Kommune;Odense Kommune;SSP-koordinator;Bekræftet;`),
    );
    expect(lines.find((line) => line.startsWith('Bent Venteliste;'))).toMatch(/;På venteliste;.*;1;$/);

    await page.goto(page.url().replace(/\?.*$/, ''));
    await page.getByRole('link', { name: 'Anna Ærø' }).click();
    await page.getByRole('link', { name: 'Afmeld deltageren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afmeld Anna Ærø?');
    await expect(page.getByRole('radio', { name: /Den første på ventelisten/ })).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Afmeld' }).click();
    await expect(page.getByRole('status')).toHaveText('Deltageren er afmeldt og har fået en e-mail.');
    await expect(page.getByRole('table', { name: 'Hvad der er sket med tilmeldingen' })).toContainText('Afmeldt af centret');
    await expectNoAxeViolations(page);

    expect((await mailTo(seated, 'Du er afmeldt')).text).toContain('Centret har afmeldt dig fra holdet.');
    const offer = await mailTo(waiting, 'Der er en ledig plads til dig');
    expect(linkIn(offer, /\/kurser\/tilmelding\/tilbud\/[A-Za-z0-9_-]+/)).toBeTruthy();

    await page.getByRole('link', { name: 'Log over handlinger' }).click();
    const log = page.getByRole('table', { name: 'Handlinger, nyeste først' });
    for (const action of ['Loggede ind', 'Hentede deltagerlisten', 'Afmeldte en deltager']) await expect(log).toContainText(action);
    await expect(log.getByRole('row', { name: /Afmeldte en deltager/ })).toContainText('Anna Ærø');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Udbakke' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Udbakke');
    await expectNoAxeViolations(page);
  });
});
