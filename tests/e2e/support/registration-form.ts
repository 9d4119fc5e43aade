import { type Page } from '@playwright/test';

/** Fills the course registration form as someone from Odense Municipality. */
export async function fillRegistrationForm(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Fulde navn').fill(name);
  await page.getByLabel('Arbejdsmail').fill(email);
  await page.getByRole('radio', { name: 'Kommune' }).check();
  await page.getByRole('combobox', { name: 'Kommune' }).selectOption('Odense');
  await page.getByLabel('Stilling eller rolle').fill('SSP-koordinator');
}
