import { expect, expectNoAxeViolations, test } from './support/fixtures';

// Runs on the real tools plus the fixture report, summary and podcast (tests/fixtures/content/viden).

test.describe('knowledge library /viden', () => {
  test('filters by type, theme, audience and year without JavaScript @nojs', async ({ page }) => {
    await page.goto('/viden');
    await expect(page.getByText('Der er 10 udgivelser og værktøjer.')).toBeVisible();

    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Sagsgang' }).check();
    await page.getByRole('button', { name: 'Vis resultater' }).click();
    await expect(page).toHaveURL(/\/viden\?type=guideline$/);
    await expect(page.getByText('4 udgivelser passer til dine valg.')).toBeVisible();

    await page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: 'Psykiatrien' }).check();
    await page.getByRole('button', { name: 'Vis resultater' }).click();
    await expect(page.getByText('1 udgivelse passer til dine valg.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Sagsgang for bekymringer i psykiatrien']);

    await page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: '2026' }).check();
    await page.getByRole('button', { name: 'Vis resultater' }).click();
    await expect(page.getByText('Intet passer til dine valg.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Fjern alle filtre' }).last().click();
    await expect(page).toHaveURL(/\/viden$/);
  });

  test('sorts the newest first and tools without a year after them @nojs', async ({ page }) => {
    await page.goto('/viden?theme=online&theme=conversations');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'Eksempel: Resumé om online fællesskaber',
      'Eksempel: Rapport om samtaler med unge',
      'Værktøjer til samtaler med borgere, man er bekymret for',
    ]);
  });

  test('unknown filter values are ignored with a notice @nojs', async ({ page }) => {
    const response = await page.goto('/viden?type=novel&year=1850&type=podcast');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status').filter({ hasText: 'Vi kender ikke' });
    await expect(notice).toContainText('Type: "novel"');
    await expect(notice).toContainText('År: "1850"');
    await expect(page.getByText('1 udgivelse passer til dine valg.')).toBeVisible();
  });

  test('a tool has its page with facts and the course that teaches it @nojs', async ({ page }) => {
    await page.goto('/viden');
    await page.getByRole('link', { name: 'Værktøj til vurdering af bekymringer om ekstremisme' }).click();
    await expect(page).toHaveURL('/viden/vaerktoej-til-vurdering-af-bekymringer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Værktøj til vurdering af bekymringer om ekstremisme');
    await expect(page.getByRole('region', { name: 'Kort om udgivelsen' })).toContainText('Værktøj');
    await page.getByRole('region', { name: 'Kurser' }).getByRole('link', { name: 'Uddannelse i vurderingsværktøjet' }).click();
    await expect(page).toHaveURL('/kurser/uddannelse-i-vurderingsvaerktoejet');
    await expect(page.getByRole('region', { name: 'Viden og værktøjer' }).getByRole('link')).toHaveText([
      'Værktøj til vurdering af bekymringer om ekstremisme',
    ]);
  });

  test('the English library filters and links the same way @nojs', async ({ page }) => {
    await page.goto('/en/viden');
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Podcast' }).check();
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page.getByText('1 publication matches your choices.')).toBeVisible();
    await page.getByRole('link', { name: 'Example: Podcast about a day in an infohus' }).click();
    await expect(page).toHaveURL('/en/viden/eksempel-podcast-om-infohuse');
    await expect(page.getByRole('link', { name: /Go to the podcast/ })).toHaveAttribute('href', 'https://example.org/podcast');
  });
});

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
