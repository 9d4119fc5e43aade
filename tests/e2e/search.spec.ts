import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { mainSections } from './support/site';

// The page's own form; the header holds another search box.
const field = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Søg efter' });
const results = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Søgeresultater' });

test.describe('search', () => {
  test('the header search box leads to results, with the matched words marked @nojs', async ({ page }) => {
    await page.goto('/kontakt');
    await page.getByRole('searchbox', { name: 'Søg på siden' }).fill('infohuse');
    await page.getByRole('searchbox', { name: 'Søg på siden' }).press('Enter');
    await expect(page).toHaveURL(/\/soeg\?q=infohuse$/);
    await expect(page.getByRole('heading', { level: 2, name: /\d+ resultat(er)? for »infohuse«/ })).toBeVisible();
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText(/infohuse/i);
    await expect(first.locator('mark').first()).toHaveText(/infohus/i);
    await expect(field(page)).toHaveValue('infohuse');
  });

  test('finds inflected forms, synonyms and words with a typo @nojs', async ({ page }) => {
    for (const [query, expected] of [
      ['kommunerne', /kommun/i],
      ['info-hus', /infohus/i],
      ['radikalisring', /radikalisering|ekstremisme/i],
    ] as const) {
      await page.goto(`/soeg?q=${encodeURIComponent(query)}`);
      await expect(results(page).locator('mark').first()).toHaveText(expected);
    }
  });

  test('the words people type land on the page meant for them @nojs', async ({ page }) => {
    for (const [query, title] of [
      ['min søn', 'Er du bekymret?'],
      ['handleplan', 'Rådgivning til kommuner og andre'],
      // A real word the pages lack is not bent into one they have (`fora`).
      ['forår', 'Kurser og årsmøde'],
    ] as const) {
      await page.goto(`/soeg?q=${encodeURIComponent(query)}`);
      await expect(results(page).getByRole('listitem').first().getByRole('heading')).toHaveText(title);
    }
  });

  test('pages through many results with plain links @nojs', async ({ page }) => {
    await page.goto('/soeg?q=ekstremisme');
    const pager = page.getByRole('navigation', { name: 'Sider med søgeresultater' });
    await expect(pager.getByRole('link', { name: 'Side 1' })).toHaveAttribute('aria-current', 'page');
    await pager.getByRole('link', { name: 'Næste side' }).click();
    await expect(page).toHaveURL(/\/soeg\?q=ekstremisme&page=2$/);
    await expect(results(page)).toHaveAttribute('start', '11');
    await expect(page.getByText(/^Side 2 af \d+$/)).toBeVisible();
  });

  test('no results: the pages with the nearest titles come first, then the concern guide @nojs', async ({ page }) => {
    await page.goto('/soeg?q=sanktionsordning');
    await expect(page.getByRole('heading', { name: 'Vi fandt ingen sider for »sanktionsordning«' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sider med titler, der ligner din søgning' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Offentlige sanktionslister' })).toHaveAttribute(
      'href',
      '/indsatser/sanktionslister',
    );
    await expect(page.getByRole('link', { name: 'Gå til »Er du bekymret?«' })).toHaveAttribute('href', '/bekymring');
  });

  test('no results: a friendly page with the concern guide and the main sections @nojs', async ({ page }) => {
    await page.goto('/soeg?q=xqzxqzxqz');
    await expect(page.getByRole('heading', { name: 'Sider med titler, der ligner din søgning' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Vi fandt ingen sider for »xqzxqzxqz«' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gå til »Er du bekymret?«' })).toHaveAttribute('href', '/bekymring');
    const main = page.getByRole('main');
    for (const section of mainSections.da) {
      await expect(main.getByRole('link', { name: section.label, exact: true })).toHaveAttribute('href', section.path);
    }
  });

  test('an empty query shows the form and a hint, not an error @nojs', async ({ page }) => {
    const response = await page.goto('/soeg?q=');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Skriv et eller flere ord i feltet, og tryk på Søg.')).toBeVisible();
  });

  test('on a phone the label and hint sit above a field that spans the form @nojs', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/soeg?q=infohus');
    const label = await page.getByText('Søg efter', { exact: true }).boundingBox();
    const input = await field(page).boundingBox();
    expect(label && input).toBeTruthy();
    expect(label!.y + label!.height).toBeLessThanOrEqual(input!.y);
    // With DKFDS' .search on the whole form, the field was squeezed to a few letters beside the label.
    expect(input!.width).toBeGreaterThan(200);
  });

  test('searches English pages under /en with English text @nojs', async ({ page }) => {
    await page.goto('/en/soeg?q=municipalities');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: /results? for “municipalities”/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', /^\/en\//);
  });

  test('results follow the typing, and the field keeps focus', async ({ page }) => {
    await page.goto('/soeg');
    // Screen readers announce a change inside a live region, not a region put in its place.
    await page.getByRole('status').evaluate((region) => region.setAttribute('data-first', ''));
    await field(page).click();
    await field(page).pressSequentially('bekymr', { delay: 40 });
    await expect(page).toHaveURL(/\/soeg\?q=bekymr$/);
    await expect(page.getByRole('status')).toContainText('for »bekymr«');
    await expect(page.getByRole('status')).toHaveAttribute('data-first', '');
    await expect(page).toHaveTitle(/^Søgning: bekymr – /);
    await expect(results(page).getByRole('listitem').first()).toBeVisible();
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue('bekymr');
  });

  test('works by keyboard alone: to the field, search, and on to a result', async ({ page }) => {
    await page.goto('/soeg');
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await field(page).evaluate((element) => element === document.activeElement)) break;
    }
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('infohuse');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/soeg\?q=infohuse$/);
    const firstLink = results(page).getByRole('link').first();
    const href = await firstLink.getAttribute('href');
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await firstLink.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  for (const url of [
    '/soeg',
    '/soeg?q=infohuse',
    '/soeg?q=ekstremisme&page=2',
    '/soeg?q=xqzxqzxqz',
    '/en/soeg?q=infohus',
    '/en/soeg?q=xqzxqzxqz',
  ]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('search with hostile input', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1; DROP TABLE pages; --",
    '%ff%fe',
    '\u0000\u0007\u202e\u200b',
    '😀 ﷽ Z̸̢̧͎a̵l̶g̷o̴',
    'a'.repeat(10_000),
  ];

  for (const query of hostile) {
    test(`answers ${JSON.stringify(query.slice(0, 30))} with a clear page, never 5xx, nothing unescaped`, async ({ request }) => {
      for (const path of ['/soeg', '/en/soeg']) {
        const response = await request.get(`${path}?q=${encodeURIComponent(query)}&page=${encodeURIComponent(query.slice(0, 50))}`);
        expect([200, 400]).toContain(response.status());
        const html = await response.text();
        expect(html).not.toContain('<script>alert(1)</script>');
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('\u202e');
      }
    });
  }

  test('a raw, badly encoded query does not break the page', async ({ request }) => {
    const response = await request.get('/soeg?q=%E0%A4%A&page=%zz');
    expect([200, 400]).toContain(response.status());
  });

  test('a very long query is cut, and the page says so @nojs', async ({ page }) => {
    await page.goto(`/soeg?q=${'ekstremisme '.repeat(900)}`);
    await expect(page.getByText('Din søgning var for lang. Vi har søgt på den første del af den.')).toBeVisible();
    expect((await field(page).inputValue()).length).toBeLessThanOrEqual(200);
  });

  test('markup in the query is shown as text @nojs', async ({ page }) => {
    await page.goto(`/soeg?q=${encodeURIComponent('<b>infohus</b>')}`);
    await expect(field(page)).toHaveValue('<b>infohus</b>');
    await expect(page.locator('main b')).toHaveCount(0);
  });
});

test('the search page sends no stemmer or index code to the browser', async ({ page, request }) => {
  await page.goto('/soeg?q=infohus');
  const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    const code = await (await request.get(source)).text();
    expect(code, source).not.toMatch(/stem\$esjava|MiniSearch: /);
  }
});
