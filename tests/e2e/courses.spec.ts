import { expect, expectNoAxeViolations, test } from './support/fixtures';

// Runs on the fixture courses (tests/fixtures/content/kurser) with the clock
// pinned by PORTAL_NOW=2026-12-01T12:00:00+01:00: the 2026 runs are past, the 2027 runs ahead.

test.describe('course catalogue /kurser', () => {
  test('filters by target group, theme, format and period without JavaScript @nojs', async ({ page }) => {
    await page.goto('/kurser');
    await expect(page.getByText('Der er 9 kurser og arrangementer.')).toBeVisible();

    await page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: 'Lærere' }).check();
    await page.getByRole('button', { name: 'Vis kurser' }).click();
    await expect(page).toHaveURL(/\/kurser\?target=teachers$/);
    await expect(page.getByText('2 kurser passer til dine valg.')).toBeVisible();

    await page.getByRole('group', { name: 'Emne' }).getByRole('checkbox', { name: 'Ekstremisme online' }).check();
    await page.getByRole('group', { name: 'Form' }).getByRole('checkbox', { name: 'Online', exact: true }).check();
    await page.getByRole('button', { name: 'Vis kurser' }).click();
    await expect(page.getByText('1 kursus passer til dine valg.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Eksempel: Onlinekursus om digitale fællesskaber']);

    await page.getByRole('group', { name: 'Periode' }).getByRole('checkbox', { name: 'Efterår 2027' }).check();
    await page.getByRole('button', { name: 'Vis kurser' }).click();
    await expect(page).toHaveURL(/target=teachers&theme=online&format=online&period=2027-efteraar$/);
    await expect(page.getByText('Ingen kurser passer til dine valg.')).toBeVisible();
  });

  test('a shared address shows the same choices and results @nojs', async ({ page }) => {
    await page.goto('/kurser?period=2027-foraar&target=teachers&target=infohus-coordinators');
    await expect(page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: 'Lærere' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Periode' }).getByRole('checkbox', { name: 'Forår 2027' })).toBeChecked();
    await expect(page.getByText('2 kurser passer til dine valg.')).toBeVisible();
    const planned = page.getByRole('region', { name: 'Kurser med datoer' });
    await expect(planned.getByRole('heading', { level: 3 })).toHaveText([
      'Eksempel: Onlinekursus om digitale fællesskaber',
      'Eksempel: Netværksmøde for tovholdere',
    ]);
  });

  test('unknown filter values are ignored with a notice, never an error @nojs', async ({ page }) => {
    const response = await page.goto('/kurser?target=astronauts&format=online&period=1999-foraar&utm_source=x');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status').filter({ hasText: 'Vi kender ikke' });
    await expect(notice).toContainText('Målgruppe: "astronauts"');
    await expect(notice).toContainText('Periode: "1999-foraar"');
    await expect(notice).not.toContainText('utm_source');
    await expect(page.getByText('1 kursus passer til dine valg.')).toBeVisible();
  });

  test('"no results" offers to clear the filters @nojs', async ({ page }) => {
    await page.goto('/kurser?target=police&theme=online');
    await expect(page.getByText('Ingen kurser passer til dine valg.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Fjern alle filtre' }).last().click();
    await expect(page).toHaveURL(/\/kurser$/);
    await expect(page.getByText('Der er 9 kurser og arrangementer.')).toBeVisible();
  });

  test('lists courses by next date, those without dates under their own heading, and past runs in the archive @nojs', async ({ page }) => {
    await page.goto('/kurser');
    await expect(page.getByRole('region', { name: 'Kurser med datoer' }).getByRole('heading', { level: 3 })).toHaveText([
      'Eksempel: Onlinekursus om digitale fællesskaber',
      'Eksempel: Træning i samtaler med unge',
      'Eksempel: Netværksmøde for tovholdere',
      'Eksempel: Temadag om infohusenes arbejde',
    ]);
    const unplanned = page.getByRole('region', { name: 'Datoerne kommer i næste katalog' });
    await expect(unplanned.getByRole('heading', { level: 3 })).toHaveCount(5);
    await expect(unplanned.getByRole('heading', { name: 'Årsmøde om Forebyggelse af Ekstremisme' })).toBeVisible();
    const archive = page.getByRole('region', { name: 'Arkiv: hold, der er afholdt' });
    await expect(archive.getByRole('listitem')).toHaveText([
      /Temadag.*6\. oktober 2026, Kolding/,
      /Træning i samtaler.*14\. april 2026, Odense/,
    ]);
  });

  test('the English catalogue filters the same way @nojs', async ({ page }) => {
    await page.goto('/en/kurser');
    await page.getByRole('group', { name: 'Target group' }).getByRole('checkbox', { name: 'Teachers' }).check();
    await page.getByRole('button', { name: 'Show courses' }).click();
    await expect(page).toHaveURL(/\/en\/kurser\?target=teachers$/);
    await expect(page.getByText('2 courses match your choices.')).toBeVisible();
  });
});

test.describe('course page /kurser/<slug>', () => {
  test('shows every run with its status, the example mark and the facts @nojs', async ({ page }) => {
    await page.goto('/kurser/eksempel-samtaletraening');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eksempel: Træning i samtaler med unge');
    const spring = page.getByRole('region', { name: /23\. marts\s*–\s*6\. april 2027, Odense Rådhus/ });
    await expect(spring).toContainText('Få ledige pladser');
    await expect(spring).toContainText('Dette hold er kun et eksempel.');
    await expect(spring.getByRole('listitem')).toHaveText([
      'tirsdag den 23. marts 2027 kl. 09.00–16.00',
      'tirsdag den 30. marts 2027 kl. 09.00–16.00',
      'tirsdag den 6. april 2027 kl. 13.00–15.30',
    ]);
    await expect(spring.getByRole('link', { name: 'Tilmeld dig' })).toHaveAttribute('href', 'https://example.org/tilmelding/samtaler');
    const autumn = page.getByRole('region', { name: /14\. september 2027, Aarhus/ });
    await expect(autumn).toContainText('Aflyst');
    await expect(autumn.getByRole('link', { name: /Tilføj til kalender/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Hold, der er afholdt' })).toContainText('14. april 2026, Odense');
    await expect(page.getByRole('region', { name: 'Kort om kurset' })).toContainText('1.500 kr.');
    await expect(page.getByRole('region', { name: 'Viden og værktøjer' }).getByRole('link')).toHaveText([
      'Værktøjer til samtaler med borgere, man er bekymret for',
      'Eksempel: Rapport om samtaler med unge',
    ]);
  });

  test('carries schema.org Course and CourseInstance data', async ({ page }) => {
    await page.goto('/kurser/eksempel-samtaletraening');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe('Eksempel: Træning i samtaler med unge');
    expect(data.hasCourseInstance.map((instance: { startDate: string }) => instance.startDate)).toEqual([
      '2026-04-14T09:00:00+02:00',
      '2027-03-23T09:00:00+01:00',
      '2027-09-14T09:00:00+02:00',
    ]);
    expect(data.hasCourseInstance[2].eventStatus).toBe('https://schema.org/EventCancelled');
  });

  test('a real course without dates says they come in the next catalogue, in both languages @nojs', async ({ page }) => {
    await page.goto('/kurser/forebyggelse-af-ekstremisme-online');
    await expect(page.getByRole('region', { name: 'Hold og datoer' })).toContainText('De kommer i næste kursuskatalog');
    await page.goto('/en/kurser/forebyggelse-af-ekstremisme-online');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training programme in preventing extremism online');
    await expect(page.getByRole('region', { name: 'Runs and dates' })).toContainText('They follow in the next course catalogue');
  });

  test('"Tilføj til kalender" downloads an .ics file with every session in UTC @nojs', async ({ page }) => {
    await page.goto('/kurser/eksempel-samtaletraening');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /Tilføj til kalender/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('eksempel-samtaletraening-2027-foraar-odense.ics');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const ics = Buffer.concat(chunks).toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    // 09:00 in Copenhagen is 08:00 UTC in winter and 07:00 UTC after the change to summer time on 28 March.
    expect(ics).toContain('DTSTART:20270323T080000Z');
    expect(ics).toContain('DTSTART:20270330T070000Z');
    expect(ics).toContain('DTEND:20270406T133000Z');
    expect(ics).toContain('LOCATION:Odense Rådhus');
  });

  test('the calendar file is served as text/calendar in each language', async ({ request }) => {
    const danish = await request.get('/kurser/eksempel-online-kursus/2027-foraar-online.ics');
    expect(danish.status()).toBe(200);
    expect(danish.headers()['content-type']).toContain('text/calendar');
    expect(await danish.text()).toContain('SUMMARY:Eksempel: Onlinekursus om digitale fællesskaber');
    const english = await request.get('/en/kurser/eksempel-online-kursus/2027-foraar-online.ics');
    expect(await english.text()).toContain('SUMMARY:Example: Online course on digital communities');
    expect((await request.get('/kurser/eksempel-online-kursus/findes-ikke.ics')).status()).toBe(404);
  });
});

test.describe('printed catalogue /kurser/katalog/<semester>', () => {
  test('is linked as "Udskriv kataloget" and prints on A4 with one course per page and no navigation', async ({ page }) => {
    await page.goto('/kurser');
    await page.getByRole('link', { name: 'Udskriv kataloget for foråret 2027' }).click();
    await expect(page).toHaveURL('/kurser/katalog/2027-foraar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kursuskatalog for foråret 2027');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const menus = page.locator('nav');
    expect(await menus.count()).toBeGreaterThan(0);
    for (const nav of await menus.all()) await expect(nav).toBeHidden();
    await expect(page.getByText(/^Udskrevet \w+dag den \d+\. \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByText(/Udskriv siden med din browsers udskriftsfunktion/)).toBeHidden();

    const courses = page.locator('.catalogue-course');
    await expect(courses).toHaveCount(3);
    for (const course of await courses.all()) {
      expect(await course.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    }
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(size?.[1]))).toBe(595); // A4 in points
    expect(Math.round(Number(size?.[2]))).toBe(842);
  });

  test('an unknown catalogue is a 404', async ({ request }) => {
    expect((await request.get('/kurser/katalog/2099-foraar')).status()).toBe(404);
  });
});

test.describe('feed', () => {
  test('/feed.xml is an Atom feed of courses, runs and publications, dated from the content', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    // The newest `published` in the fixtures is 2026-11-22 (a run of the theme day).
    expect(xml).toMatch(/<feed[^]*?<updated>2026-11-21T23:00:00.000Z<\/updated>/);
    expect(xml).toContain('/kurser/eksempel-samtaletraening#hold-2027-foraar-odense');
    expect(xml).toContain('/viden/eksempel-rapport-om-samtaler');
    expect(xml).toContain('Nyt kursus: Uddannelse i vurderingsværktøjet');
    const english = await (await request.get('/en/feed.xml')).text();
    expect(english).toContain('New course: Training in the assessment tool');
  });

  test('every page links the feed from its head', async ({ page }) => {
    for (const [url, href] of [
      ['/', '/feed.xml'],
      ['/kurser', '/feed.xml'],
      ['/en/viden', '/en/feed.xml'],
    ] as const) {
      await page.goto(url);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', href);
    }
  });
});

test.describe('accessibility of the catalogue in its states', () => {
  for (const url of [
    '/kurser?target=teachers&theme=online',
    '/kurser?target=astronauts',
    '/kurser?target=police&theme=online',
    '/en/kurser?target=teachers&period=2027-foraar',
    '/en/kurser?format=hybrid',
    '/en/kurser?target=police&theme=online',
    '/kurser/eksempel-netvaerksmoede',
    '/en/kurser/katalog/2027-efteraar',
  ]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});
