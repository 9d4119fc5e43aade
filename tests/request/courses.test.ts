import { describe, expect, test } from 'vitest';
import { follow, request, textOf } from './support/http';
import { choose, control, group, headings, linkTarget, links, mainText, region } from './support/page';

// Runs on the fixture courses (tests/fixtures/content/kurser) with the clock
// pinned by PORTAL_NOW=2026-12-01T12:00:00+01:00: the 2026 runs are past, the 2027 runs ahead.

describe('course catalogue /kurser', () => {
  test('filters by target group, theme, format and period without JavaScript', async () => {
    expect(await mainText('/kurser')).toContain('Der er 9 kurser og arrangementer.');

    const teachers = await choose('/kurser', [['Målgruppe', 'Lærere']]);
    expect(teachers).toBe('/kurser?target=teachers');
    expect(await mainText(teachers)).toContain('2 kurser passer til dine valg.');

    const online = await choose(teachers, [
      ['Emne', 'Ekstremisme online'],
      ['Form', 'Online'],
    ]);
    const { html } = await request(online);
    expect(textOf(html.querySelector('main'))).toContain('1 kursus passer til dine valg.');
    expect(headings(html, 3)).toEqual(['Eksempel: Onlinekursus om digitale fællesskaber']);

    const autumn = await choose(online, [['Periode', 'Efterår 2027']]);
    expect(autumn).toBe('/kurser?target=teachers&theme=online&format=online&period=2027-efteraar');
    expect(await mainText(autumn)).toContain('Ingen kurser passer til dine valg.');
  });

  test('a shared address shows the same choices and results', async () => {
    const { html } = await request('/kurser?period=2027-foraar&target=teachers&target=infohus-coordinators');
    expect(control(group(html, 'Målgruppe'), 'checkbox', 'Lærere').hasAttribute('checked')).toBe(true);
    expect(control(group(html, 'Periode'), 'checkbox', 'Forår 2027').hasAttribute('checked')).toBe(true);
    expect(textOf(html.querySelector('main'))).toContain('2 kurser passer til dine valg.');
    expect(headings(region(html, 'Kurser med datoer'), 3)).toEqual([
      'Eksempel: Onlinekursus om digitale fællesskaber',
      'Eksempel: Netværksmøde for tovholdere',
    ]);
  });

  test('unknown filter values are ignored with a notice, never an error', async () => {
    const response = await request('/kurser?target=astronauts&format=online&period=1999-foraar&utm_source=x');
    expect(response.status).toBe(200);
    const notices = response.html.querySelectorAll('[role="status"]').filter((status) => textOf(status).includes('Vi kender ikke'));
    expect(notices).toHaveLength(1);
    const notice = textOf(notices[0]);
    expect(notice).toContain('Målgruppe: "astronauts"');
    expect(notice).toContain('Periode: "1999-foraar"');
    expect(notice).not.toContain('utm_source');
    expect(textOf(response.html.querySelector('main'))).toContain('1 kursus passer til dine valg.');
  });

  test('"no results" offers to clear the filters', async () => {
    const { html } = await request('/kurser?target=police&theme=online');
    expect(textOf(html.querySelector('main'))).toContain('Ingen kurser passer til dine valg.');
    const clear = links(html.querySelector('main')!, 'Fjern alle filtre').at(-1)!.getAttribute('href')!;
    expect(clear).toBe('/kurser');
    expect(await mainText(clear)).toContain('Der er 9 kurser og arrangementer.');
  });

  test('lists courses by next date, those without dates under their own heading, and past runs in the archive', async () => {
    const { html } = await request('/kurser');
    expect(headings(region(html, 'Kurser med datoer'), 3)).toEqual([
      'Eksempel: Onlinekursus om digitale fællesskaber',
      'Eksempel: Træning i samtaler med unge',
      'Eksempel: Netværksmøde for tovholdere',
      'Eksempel: Temadag om infohusenes arbejde',
    ]);
    const unplanned = headings(region(html, 'Datoerne kommer i næste katalog'), 3);
    expect(unplanned).toHaveLength(5);
    expect(unplanned).toContain('Årsmøde om Forebyggelse af Ekstremisme');
    const archive = region(html, 'Arkiv: hold, der er afholdt')
      .querySelectorAll('li')
      .map((item) => textOf(item));
    expect(archive).toHaveLength(2);
    expect(archive[0]).toMatch(/Temadag.*6\. oktober 2026, Kolding/);
    expect(archive[1]).toMatch(/Træning i samtaler.*14\. april 2026, Odense/);
  });

  test('the English catalogue filters the same way', async () => {
    const teachers = await choose('/en/kurser', [['Target group', 'Teachers']]);
    expect(teachers).toBe('/en/kurser?target=teachers');
    expect(await mainText(teachers)).toContain('2 courses match your choices.');
  });
});

describe('the catalogue behind one address, two routes', () => {
  test('the whole list is kept for an hour; a filtered view is rendered per request and never kept', async () => {
    for (const [list, filtered] of [
      ['/kurser', '/kurser?target=teachers'],
      ['/en/viden', '/en/viden?type=tool'],
    ] as const) {
      const whole = await request(list);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('cache-control'), list).toMatch(list.endsWith('kurser') ? /s-maxage=3600\b/ : /s-maxage=31536000\b/);
      const view = await request(filtered);
      expect(view.status).toBe(200);
      expect(view.headers.get('cache-control'), filtered).toMatch(/no-store/);
      // The address stays the list's own: the canonical and the filter form lead to it, not to /filtreret.
      expect(view.html.querySelector('link[rel="canonical"]')?.getAttribute('href'), filtered).toMatch(new RegExp(`${list}$`));
      expect(view.body).not.toContain('/filtreret');
    }
  });
});

describe('course page /kurser/<slug>', () => {
  test('shows every run with its status, the example mark and the facts', async () => {
    const { html } = await request('/kurser/eksempel-samtaletraening');
    expect(headings(html, 1)).toEqual(['Eksempel: Træning i samtaler med unge']);
    const spring = region(html, /23\. marts\s*–\s*6\. april 2027, Odense Rådhus/);
    expect(textOf(spring)).toContain('Få ledige pladser');
    expect(textOf(spring)).toContain('Dette hold er kun et eksempel.');
    expect(spring.querySelectorAll('li').map((item) => textOf(item))).toEqual([
      'tirsdag den 23. marts 2027 kl. 09.00–16.00',
      'tirsdag den 30. marts 2027 kl. 09.00–16.00',
      'tirsdag den 6. april 2027 kl. 13.00–15.30',
    ]);
    expect(linkTarget(spring, 'Tilmeld dig')).toBe('https://example.org/tilmelding/samtaler');
    const autumn = region(html, /14\. september 2027, Aarhus/);
    expect(textOf(autumn)).toContain('Aflyst');
    expect(links(autumn, /Tilføj til kalender/)).toHaveLength(0);
    expect(textOf(region(html, 'Hold, der er afholdt'))).toContain('14. april 2026, Odense');
    expect(textOf(region(html, 'Kort om kurset'))).toContain('1.500 kr.');
    expect(
      region(html, 'Viden og værktøjer')
        .querySelectorAll('a')
        .map((link) => textOf(link)),
    ).toEqual(['Værktøjer til samtaler med borgere, man er bekymret for', 'Eksempel: Rapport om samtaler med unge']);
  });

  test('carries schema.org Course and CourseInstance data', async () => {
    const { html } = await request('/kurser/eksempel-samtaletraening');
    const data = JSON.parse(html.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe('Eksempel: Træning i samtaler med unge');
    expect(data.hasCourseInstance.map((instance: { startDate: string }) => instance.startDate)).toEqual([
      '2026-04-14T09:00:00+02:00',
      '2027-03-23T09:00:00+01:00',
      '2027-09-14T09:00:00+02:00',
    ]);
    expect(data.hasCourseInstance[2].eventStatus).toBe('https://schema.org/EventCancelled');
  });

  test('a real course without dates says they come in the next catalogue, in both languages', async () => {
    const danish = (await request('/kurser/forebyggelse-af-ekstremisme-online')).html;
    expect(textOf(region(danish, 'Hold og datoer'))).toMatch(/de kommer i næste kursuskatalog/i);
    const english = (await request('/en/kurser/forebyggelse-af-ekstremisme-online')).html;
    expect(headings(english, 1)).toEqual(['Training programme in preventing extremism online']);
    expect(textOf(region(english, 'Runs and dates'))).toMatch(/next course catalogue/i);
  });

  test('"Tilføj til kalender" downloads an .ics file with every session in UTC', async () => {
    const { html } = await request('/kurser/eksempel-samtaletraening');
    const file = await request(linkTarget(html, /Tilføj til kalender/));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('eksempel-samtaletraening-2027-foraar-odense.ics');
    const ics = file.body;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    // 09:00 in Copenhagen is 08:00 UTC in winter and 07:00 UTC after the change to summer time on 28 March.
    expect(ics).toContain('DTSTART:20270323T080000Z');
    expect(ics).toContain('DTSTART:20270330T070000Z');
    expect(ics).toContain('DTEND:20270406T133000Z');
    expect(ics).toContain('LOCATION:Odense Rådhus');
  });

  test('the calendar file is served as text/calendar in each language', async () => {
    const danish = await request('/kurser/eksempel-online-kursus/2027-foraar-online.ics');
    expect(danish.status).toBe(200);
    expect(danish.headers.get('content-type')).toContain('text/calendar');
    expect(danish.body).toContain('SUMMARY:Eksempel: Onlinekursus om digitale fællesskaber');
    const english = await request('/en/kurser/eksempel-online-kursus/2027-foraar-online.ics');
    expect(english.body).toContain('SUMMARY:Example: Online course on digital communities');
    expect((await request('/kurser/eksempel-online-kursus/findes-ikke.ics')).status).toBe(404);
  });
});

describe('printed catalogue /kurser/katalog/<semester>', () => {
  test('is linked from the catalogue as "Udskriv kataloget"', async () => {
    const { html } = await request('/kurser');
    const printed = await follow(linkTarget(html, 'Udskriv kataloget for foråret 2027'));
    expect(printed.path).toBe('/kurser/katalog/2027-foraar');
    expect(headings(printed.html, 1)).toEqual(['Kursuskatalog for foråret 2027']);
  });

  test('an unknown catalogue is a 404', async () => {
    expect((await request('/kurser/katalog/2099-foraar')).status).toBe(404);
  });
});

describe('feed', () => {
  test('/feed.xml is an Atom feed of courses, runs and publications, dated from the content', async () => {
    const response = await request('/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = response.body;
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    // The newest `published` in the fixtures is 2026-11-22 (a run of the theme day).
    expect(xml).toMatch(/<feed[^]*?<updated>2026-11-21T23:00:00.000Z<\/updated>/);
    expect(xml).toContain('/kurser/eksempel-samtaletraening#hold-2027-foraar-odense');
    expect(xml).toContain('/viden/eksempel-rapport-om-samtaler');
    expect(xml).toContain('Nyt kursus: Uddannelse i vurderingsværktøjet');
    expect((await request('/en/feed.xml')).body).toContain('New course: Training in the assessment tool');
  });

  test('every page links the feed from its head', async () => {
    for (const [url, href] of [
      ['/', '/feed.xml'],
      ['/kurser', '/feed.xml'],
      ['/en/viden', '/en/feed.xml'],
    ] as const) {
      const { html } = await request(url);
      expect(html.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), url).toBe(href);
    }
  });
});
