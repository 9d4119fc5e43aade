import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page } from '@playwright/test';
import { startServer } from '../support/next-server';
import { serverEnv, TEST_ADVICE_INBOX } from '../support/server.mjs';
import { expect, expectNoAxeViolations as axeWithScripts, test } from './support/fixtures';
import { mailsTo } from './support/mail';

/** Axe runs in the page, so only where scripts run; the same pages without them are checked for what they show. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  if (test.info().project.use.javaScriptEnabled !== false) await axeWithScripts(page);
}

// The advisory offers and the advice request in a browser (issue 16), with JavaScript off and on.
// What the server answers to hostile sends is tested below the browser (tests/registration/advice.test.ts).

test.describe('advice for municipalities', () => {
  test('browse the offers, filter, ask for advice from an offer and see the receipt @nojs @js', async ({ page }, testInfo) => {
    const email = `advice-${testInfo.project.name}-${Date.now()}@example.org`;
    await page.goto('/for-kommuner');
    await expect(page.getByText('Der er 10 tilbud.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('checkbox', { name: 'Skole eller uddannelsessted' }).check();
    await page.getByRole('button', { name: 'Vis tilbud' }).click();
    await expect(page).toHaveURL('/for-kommuner?organisation=educational-institution');
    await expect(page.getByText(/^\d+ tilbud passer til dine valg\.$/)).toBeVisible();
    await page
      .locator('#tilbud-forebyggelse-online')
      .getByRole('link', { name: /^Anmod om rådgivning om dette/ })
      .click();

    await expect(page).toHaveURL('/for-kommuner/anmod-om-raadgivning?tilbud=forebyggelse-online');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmod om rådgivning');
    await expect(page.getByRole('combobox', { name: 'Hvad drejer det sig om?' })).toHaveValue('forebyggelse-online');
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'Skole eller uddannelsessted' }).check();
    await page.getByLabel('Organisationens navn').fill('Eksempelskolen');
    await page.getByLabel('Dit fulde navn').fill('Test Person');
    await page.getByLabel('Din stilling eller rolle').fill('Lærer');
    await page.getByLabel('Din arbejdsmail').fill(email);
    await page.getByLabel('Beskriv, hvad I har brug for').fill('Vi vil gerne vide mere om uddannelsen.');
    await page.getByRole('button', { name: 'Send anmodning' }).click();

    await expect(page).toHaveURL(/\/for-kommuner\/anmod-om-raadgivning\/kvittering\/R-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for din anmodning');
    const reference = (await page.locator('#advice-reference').textContent())!.trim();
    await expectNoAxeViolations(page);

    const [receipt] = await mailsTo(email);
    expect(receipt!.subject).toContain(reference);
    const toCentre = (await mailsTo(TEST_ADVICE_INBOX)).filter((mail) => mail.subject.includes(reference));
    expect(toCentre).toHaveLength(1);
    expect(toCentre[0]!.text).toContain('Vi vil gerne vide mere om uddannelsen.');
  });

  test('an incomplete request shows the error summary, focused, with the values kept @nojs @js', async ({ page }) => {
    await page.goto('/for-kommuner/anmod-om-raadgivning');
    await page.getByLabel('Dit fulde navn').fill('<b>Test</b> Person');
    await page.getByLabel('Din arbejdsmail').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Send anmodning' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Vælg, hvor I arbejder',
      'Skriv din stilling eller rolle',
      'Skriv din e-mailadresse fra arbejdet, med @ og domæne',
      'Vælg, hvad det drejer sig om',
      'Beskriv, hvad I har brug for',
    ]);
    await expect(page.getByLabel('Dit fulde navn')).toHaveValue('<b>Test</b> Person');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#organisationKind$/);
  });

  test('in English: browse, ask for advice on an offer, errors, receipt @nojs @js', async ({ page }, testInfo) => {
    const email = `advice-en-${testInfo.project.name}-${Date.now()}@example.org`;
    await page.goto('/en/for-kommuner');
    await expect(page.getByText('There are 10 offers.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .locator('#tilbud-infohus-modellen')
      .getByRole('link', { name: /^Ask for advice on this/ })
      .click();
    await expect(page).toHaveURL('/en/for-kommuner/anmod-om-raadgivning?tilbud=infohus-modellen');
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'Municipality' }).check();
    await page.getByRole('button', { name: 'Send request' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link').first()).toHaveText('Choose your municipality');
    await expectNoAxeViolations(page);

    await page.getByRole('combobox', { name: 'Municipality' }).selectOption('Odense');
    await page.getByLabel('Your full name').fill('Test Person');
    await page.getByLabel('Your job title or role').fill('Consultant');
    await page.getByLabel('Your work e-mail').fill(email);
    await page.getByLabel('Describe what you need').fill('We would like help with the model.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page).toHaveURL(/\/en\/for-kommuner\/anmod-om-raadgivning\/kvittering\/R-/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your request');
    await expectNoAxeViolations(page);
    const [receipt] = await mailsTo(email);
    expect(receipt!.subject).toMatch(/^Receipt for your request for advice/);
  });

  test("without the centre's inbox the form says it cannot be sent and shows the other ways, and passes axe", async ({ browser }) => {
    // A second server of the same build, started without ADVICE_INBOX (the first one has it).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-closed-'));
    const env: NodeJS.ProcessEnv = { ...process.env, ...serverEnv({ port: 0, idpPort: 9 }), PORTAL_DATA_DIR: dataDir };
    delete env.ADVICE_INBOX;
    const closed = await startServer(env);
    try {
      const context = await browser.newContext({ baseURL: closed.origin, locale: 'da-DK' });
      const page = await context.newPage();
      await page.goto('/for-kommuner/anmod-om-raadgivning');
      await expect(page.locator('#advice-unavailable')).toContainText('Formularen kan ikke bruges lige nu');
      await expect(page.locator('#description, #email')).toHaveCount(0);
      await expectNoAxeViolations(page);
      await context.close();
    } finally {
      closed.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
