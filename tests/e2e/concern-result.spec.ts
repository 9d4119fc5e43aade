import { type APIRequestContext } from '@playwright/test';
import { type HTMLElement, parse } from 'node-html-parser';
import { routePlace } from '@/lib/concern/routing';
import { type ConcernRouteId } from '@/lib/content';
import { expect, test } from './support/fixtures';
import { guideMessages, type GuideLocale, prefix } from './support/concern';
import { content } from './support/site';

/*
 * The result page as the server sends it, walked by plain requests: each answer is the sealed
 * value of the option with that label, sent as the form would send it. What is checked only reads
 * the HTML, so no browser is needed.
 */

const messages = guideMessages;
type Role = keyof (typeof guideMessages)['da']['questions']['role']['options'];

/** The answers of one person, as the labels they would choose. */
interface Person {
  name: string;
  steps: (locale: GuideLocale) => string[];
  municipality: string;
  expected: ConcernRouteId[];
}

const q = (locale: GuideLocale) => messages[locale].questions;
const aboutSomeone = (role: Role, age: 'under-18' | 'adult') => (locale: GuideLocale) => [
  q(locale).danger.options.no.label,
  q(locale).topic.options.person.label,
  q(locale).role.options[role].label,
  q(locale).age.options[age].label,
];

const people: Person[] = [
  {
    name: 'a parent',
    steps: aboutSomeone('relative', 'under-18'),
    municipality: 'Aarhus',
    expected: ['hotline', 'infohus', 'police-report'],
  },
  {
    name: 'a teacher',
    steps: aboutSomeone('school', 'under-18'),
    municipality: 'Aarhus',
    expected: ['hotline', 'duty-to-notify', 'infohus', 'police-report'],
  },
  {
    name: 'a social worker',
    steps: aboutSomeone('social', 'adult'),
    municipality: 'Odense',
    expected: ['hotline', 'infohus', 'police-report'],
  },
  {
    name: 'a psychiatry employee',
    steps: aboutSomeone('psychiatry', 'under-18'),
    municipality: 'Gladsaxe',
    expected: ['hotline', 'duty-to-notify', 'workplace-procedure', 'police-report'],
  },
  {
    name: 'a person worried about themselves',
    steps: (locale) => [q(locale).danger.options.no.label, q(locale).topic.options.self.label],
    municipality: 'Bornholm',
    expected: ['hotline', 'self-help'],
  },
];

async function getPage(request: APIRequestContext, url: string): Promise<{ url: string; html: HTMLElement }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { url: response.url(), html: parse(await response.text()) };
}

/** The sealed value of the option labelled `label` on a question page. */
function optionValue(html: HTMLElement, label: string): string {
  for (const input of html.querySelectorAll('input[type=radio]')) {
    if (html.querySelector(`label[for="${input.id}"]`)?.text.trim() === label) return input.getAttribute('value')!;
  }
  const option = html.querySelectorAll('select option').find((candidate) => candidate.text.trim() === label);
  if (option) return option.getAttribute('value')!;
  throw new Error(`no option "${label}"`);
}

/** Answers question after question by request, as the GET form does, and returns the result page. */
async function walk(request: APIRequestContext, locale: GuideLocale, labels: string[]): Promise<HTMLElement> {
  let page = await getPage(request, `${prefix(locale)}/bekymring/fare`);
  for (const label of labels) {
    const form = page.html.querySelector('main form')!;
    const query = new URLSearchParams({ svar: optionValue(page.html, label) });
    page = await getPage(request, new URL(`${form.getAttribute('action')}?${query}`, page.url).toString());
  }
  expect(page.html.querySelector('h1')?.text).toBe(messages[locale].result.title);
  return page.html;
}

const optionIds = (html: HTMLElement) =>
  html
    .querySelectorAll('.concern-option')
    .map((section) => /concern-option-([a-z-]+)/.exec(section.getAttribute('class') ?? '')![1] as ConcernRouteId);

for (const locale of ['da', 'en'] as const) {
  test.describe(`the guide's result (${locale})`, () => {
    for (const person of people) {
      test(`offers ${person.name} options, the hotline near the top, and no place twice`, async ({ request }) => {
        const html = await walk(request, locale, [...person.steps(locale), person.municipality]);
        const ids = optionIds(html);
        expect(ids).toEqual(person.expected);

        // Options for situations, not an ordered list of steps.
        expect(html.querySelector('.concern-routes')?.tagName).toBe('UL');
        expect(html.querySelector('main')!.text).not.toContain(locale === 'da' ? 'rækkefølge' : 'order shown');
        for (const id of ids) {
          const when = html.querySelector(`.concern-option-${id} h2 .concern-when`)?.text;
          expect(when, id).toBe(`${messages[locale].result.when[id as keyof (typeof guideMessages)['da']['result']['when']]}: `);
        }

        // The hotline: the first option, with its number, hours and that calls may be anonymous.
        const hotline = content.contacts.find((contact) => contact.id === 'hotline')!;
        const first = html.querySelector('.concern-routes > li .concern-option')!;
        expect(first.querySelector(`a[href="tel:${hotline.phone!.replace(/\s/g, '')}"]`)?.text).toBe(hotline.phone);
        expect(first.text).toContain(hotline.hours![locale]);
        expect(first.text).toContain(messages[locale].result.anonymous);

        // A sector with an agreed procedure is led to the library's page about it.
        if (ids.includes('workplace-procedure')) {
          expect(html.querySelector('.concern-option-workplace-procedure a[href$="/viden/sagsgang-psykiatrien"]')).not.toBeNull();
        }

        // Each place once, each number once.
        const places = ids.map((id) => routePlace[id]);
        expect(new Set(places).size).toBe(places.length);
        const phones = html.querySelectorAll('.concern-result a[href^="tel:"]').map((link) => link.getAttribute('href'));
        expect(new Set(phones).size).toBe(phones.length);
      });
    }

    test('names the police district of the municipality, and tells a teacher about the duty with its condition first', async ({
      request,
    }) => {
      const html = await walk(request, locale, [...aboutSomeone('school', 'under-18')(locale), 'Aarhus']);
      expect(html.querySelector('#route-infohus')?.text).toContain('Østjyllands Politikreds');
      const duty = html.querySelector('.concern-option-duty-to-notify')!;
      const route = content.concern.routes.find((candidate) => candidate.id === 'duty-to-notify')!;
      expect(duty.text).toContain(route.how[locale]);
      expect(duty.querySelector('h2')!.text).not.toContain('?');
    });

    test('shows 112 first and apart when someone is in danger', async ({ request }) => {
      const html = await walk(request, locale, [q(locale).danger.options.yes.label]);
      const emergency = html.querySelector('.concern-emergency')!;
      expect(emergency.querySelector('a[href="tel:112"]')).not.toBeNull();
      // Apart: a frame of its own before the list of options, not an item of it.
      expect(html.querySelector('.concern-routes .concern-emergency')).toBeNull();
      expect(html.querySelector('.concern-emergency ~ .concern-routes')).not.toBeNull();
      expect(optionIds(html)).toEqual(['emergency', 'hotline', 'infohus']);
    });

    test('has a print button that stays hidden until its script shows it', async ({ request }) => {
      const html = await walk(request, locale, [q(locale).danger.options.yes.label]);
      const island = html.querySelector('[data-island="print"]')!;
      expect(island.hasAttribute('hidden')).toBe(true);
      expect(island.querySelector('button')?.text).toBe(messages[locale].result.print);
      expect(island.querySelector('script[src="/islands/print.js"]')).not.toBeNull();
    });

    test('links the start page and the result to the pages around the guide that exist', async ({ request }) => {
      const written = ['/tegn-paa-bekymring', '/hvad-sker-der', '/hvad-er-ekstremisme']
        .filter((path) => content.pages.some((page) => page.locale === locale && page.path === path))
        .map((path) => `${prefix(locale)}${path}`);
      const start = (await getPage(request, `${prefix(locale)}/bekymring`)).html;
      const result = await walk(request, locale, [q(locale).danger.options.yes.label]);
      for (const html of [start, result]) {
        const links = html.querySelectorAll('.concern-related a').map((link) => link.getAttribute('href'));
        expect(links).toEqual(written);
        for (const href of links) expect((await request.get(href!)).status(), href).toBe(200);
      }
    });
  });
}
