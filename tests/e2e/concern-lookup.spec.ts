import { expectAccessibleWhenScripted } from './support/concern';
import { expect, test } from './support/fixtures';
import { content } from './support/site';

test.describe('find your infohus', () => {
  test('finds the district from a loosely typed name @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/bekymring/find-infohus');
    await page.getByRole('textbox', { name: 'Kommune' }).fill('lyngby');
    await page.getByRole('button', { name: 'Find infohus' }).click();
    await expect(page).toHaveURL('/bekymring/find-infohus?kommune=lyngby');
    await expect(page.getByRole('heading', { level: 2, name: 'Lyngby-Taarbæk hører under Nordsjællands Politikreds' })).toBeVisible();
    await expect(page.getByText('Vi har søgt på Lyngby-Taarbæk.')).toBeVisible();
    await expect(page.getByRole('link', { name: '114' })).toHaveAttribute('href', 'tel:114');
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });

  test('lists the candidates for an ambiguous name, each a link to its answer @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/bekymring/find-infohus?kommune=Frederiks');
    const list = page.getByRole('region', { name: 'Hvilken kommune mener du?' });
    await expect(list.getByRole('link')).toHaveText(['Frederiksberg', 'Frederikshavn', 'Frederikssund']);
    await list.getByRole('link', { name: 'Frederikshavn' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Frederikshavn hører under Nordjyllands Politikreds' })).toBeVisible();
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });

  test('says so for a place it does not know, and points to the hotline and 114 @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/bekymring/find-infohus?kommune=Nuuk');
    const region = page.getByRole('region', { name: 'Vi kan ikke finde kommunen' });
    await expect(region).toContainText('Grønland');
    await expect(region).toContainText('114');
    await expect(region.getByRole('link', { name: '41 74 90 90', exact: true })).toBeVisible();
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });

  test('asks for a name when the field is sent empty @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/bekymring/find-infohus');
    await page.getByRole('button', { name: 'Find infohus' }).click();
    await expect(page.getByText('Skriv navnet på en kommune.')).toBeVisible();
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });

  test('offers all 98 municipalities in a list that works without JavaScript @nojs', async ({ page }) => {
    await page.goto('/bekymring/find-infohus');
    const list = page.getByRole('combobox', { name: 'Eller vælg kommunen på listen' });
    await expect(list.locator('option')).toHaveCount(98);
    await list.selectOption({ label: 'Ærø' });
    await page.getByRole('button', { name: 'Vis infohus' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ærø hører under Fyns Politikreds' })).toBeVisible();
  });

  test('works in English under the same path @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/en/bekymring/find-infohus?kommune=Copenhagen');
    await expect(
      page.getByRole('heading', { level: 2, name: 'København belongs to the police district Københavns Politikreds' }),
    ).toBeVisible();
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });
});

test.describe('GET /api/infohus', () => {
  test('answers every municipality with its district', async ({ request }) => {
    for (const municipality of content.concern.municipalities) {
      const response = await request.get(`/api/infohus?kommune=${encodeURIComponent(municipality.name)}`);
      expect(response.status(), municipality.name).toBe(200);
      expect((await response.json()).district.slug).toBe(municipality.district);
    }
  });

  test('answers 404, 300 and 400 as documented, with CORS and without cookies', async ({ request }) => {
    const cases: [string, number][] = [
      ['?kommune=Nuuk', 404],
      ['?kommune=Frederiks', 300],
      ['', 400],
      ['?kommune=', 400],
      [`?kommune=${'x'.repeat(61)}`, 400],
      ['?kommune=Aarhus&kommune=Odense', 400],
      ['?kommune=aarhus%20kommune', 200],
    ];
    for (const [query, status] of cases) {
      const response = await request.get(`/api/infohus${query}`);
      expect(response.status(), query).toBe(status);
      expect(response.headers()['content-type']).toContain('application/json');
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect((await response.json()).message ?? (await response.json()).district).toBeTruthy();
    }
  });
});

test.describe('no cookies anywhere in the guide', () => {
  test('no response of the guide, its steps, the result or the lookup sets a cookie @nojs', async ({ page, request }) => {
    const seen: string[] = [];
    page.on('response', async (response) => {
      seen.push(response.url());
      expect(await response.headerValue('set-cookie'), response.url()).toBeNull();
    });
    await page.goto('/bekymring');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('radio', { name: 'Nej' }).check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('radio', { name: 'Mig selv' }).check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('combobox').selectOption({ label: 'Aarhus' });
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Her kan du få hjælp');
    expect(seen.length).toBeGreaterThan(4);
    // The redirects between steps are responses too: fetch one without following it.
    const redirect = await request.get('/bekymring/fare?fortsaet=', { maxRedirects: 0 });
    expect(redirect.headers()['set-cookie']).toBeUndefined();
    for (const url of ['/bekymring/resultat', '/en/bekymring/kommune', '/bekymring/find-infohus?kommune=Odense']) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.headers()['set-cookie'], url).toBeUndefined();
    }
  });
});
