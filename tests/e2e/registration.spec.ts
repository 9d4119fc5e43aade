import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations as axeWithScripts, test } from './support/fixtures';
import { mailTo } from './support/mail';
import { fillRegistrationForm } from './support/registration-form';

/** Axe runs in the page, so only where scripts run; the same pages without them are checked for what they show. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  if (test.info().project.use.javaScriptEnabled !== false) await axeWithScripts(page);
}

// Course registration in a browser (tests/fixtures/content: the open run of the network meeting).
// Tagged @nojs @js: every test runs with JavaScript off and on. The server's answers themselves
// (hostile input, the waiting list, 200 at once) are tested below the browser in tests/registration.

const course = '/kurser/eksempel-netvaerksmoede';
const form = `${course}/tilmeld/tilmelding-aaben`;
const fillForm = (page: Page, email: string) => fillRegistrationForm(page, 'Test Person', email);

test.describe('course registration', () => {
  test('register from the course page, confirm through the e-mailed link @nojs @js', async ({ page }, testInfo) => {
    const email = `e2e-${testInfo.project.name}-${Date.now()}@example.org`;
    await page.goto(course);
    const run = page.getByRole('region', { name: /1\. juni 2027, Nyborg/ });
    await run.getByRole('link', { name: /Tilmeld dig/ }).click();
    await expect(page).toHaveURL(form);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilmelding: Eksempel: Netværksmøde for tovholdere');
    await expectNoAxeViolations(page);

    await fillForm(page, email);
    await page.getByRole('button', { name: 'Send tilmelding' }).click();
    await expect(page).toHaveURL(/\/kurser\/tilmelding\/kvittering\/[A-Za-z0-9_-]+\?arbejdsplads=municipality&kommune=Odense$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for din tilmelding');
    await expectNoAxeViolations(page);

    const mail = await mailTo(email);
    expect(mail.subject).toBe('Bekræft din tilmelding: Eksempel: Netværksmøde for tovholdere');
    const confirmPath = /https?:\/\/[^/\s]+(\/kurser\/tilmelding\/bekraeft\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(confirmPath).toBeDefined();
    await page.goto(confirmPath!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bekræft din tilmelding');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Bekræft tilmelding' }).click();
    await expect(page.getByRole('status')).toContainText('Din plads er bekræftet');
    await expectNoAxeViolations(page);

    // The colleague's form keeps the municipality, and nothing personal.
    await page.goBack();
    await page.goBack();
    await page.getByRole('link', { name: 'Tilmeld en kollega' }).click();
    await expect(page.getByRole('radio', { name: 'Kommune' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue('Odense');
    await expect(page.getByLabel('Arbejdsmail')).toHaveValue('');
  });

  test('an incomplete form shows the error summary, focused, with the values kept @nojs @js', async ({ page }) => {
    await page.goto(form);
    await page.getByLabel('Fulde navn').fill('<b>Test</b> Person');
    await page.getByLabel('Arbejdsmail').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Send tilmelding' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Skriv din e-mailadresse fra arbejdet, med @ og domæne',
      'Vælg, hvor du arbejder',
      'Skriv din stilling eller rolle',
    ]);
    await expect(page.getByLabel('Fulde navn')).toHaveValue('<b>Test</b> Person');
    await expect(page.getByLabel('Arbejdsmail')).toHaveValue('ikke-en-adresse');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#email$/);
  });

  test('the English pages pass axe @nojs @js', async ({ page }) => {
    await page.goto(`/en${form}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration: Example: Network meeting for coordinators');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send registration' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expectNoAxeViolations(page);
    for (const link of ['bekraeft', 'afmeld', 'tilbud']) {
      await page.goto(`/en/kurser/tilmelding/${link}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
      await expect(page.getByRole('main').getByRole('button')).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.getByRole('main').getByRole('button').click();
    await expect(page.getByRole('status')).toContainText('The link does not work');
    await page.goto('/en/kurser/tilmelding/kvittering/findes-ikke-1234');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find the registration');
    await expectNoAxeViolations(page);
    await page.goto(`/en${course}/tilmeld/tilmelding-lukket`);
    await expect(page.getByText('The registration deadline for this run has passed.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the Danish link, receipt and closed pages pass axe @nojs @js', async ({ page }) => {
    for (const link of ['bekraeft', 'afmeld', 'tilbud']) {
      await page.goto(`/kurser/tilmelding/${link}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
      await expectNoAxeViolations(page);
    }
    await page.goto('/kurser/tilmelding/kvittering/findes-ikke-1234');
    await expectNoAxeViolations(page);
    await page.goto(`${course}/tilmeld/tilmelding-aflyst`);
    await expect(page.getByText('Holdet er aflyst.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
