import { extractMainText } from '@/lib/readability/html-text';
import { expect, test } from './support/fixtures';
import { allUrls, content } from './support/site';

/**
 * What the server sends for the content pages of issue 14, read as HTML at
 * request level: the facts each new page must state (from
 * tegn-og-opfoelgning.md), the links to them, how the centre is reached, and
 * what the knowledge library promises.
 */
type Fact = string | RegExp;

async function mainText(request: import('@playwright/test').APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  return { html, text: (extractMainText(html) ?? '').replace(/\s+/g, ' ') };
}

function expectFacts(text: string, url: string, facts: readonly Fact[]) {
  for (const fact of facts) {
    if (typeof fact === 'string') expect(text, `${url} should state "${fact}"`).toContain(fact);
    else expect(text, `${url} should state ${fact}`).toMatch(fact);
  }
}

const newPages: { path: string; da: Fact[]; en: Fact[] }[] = [
  {
    path: '/tegn-paa-bekymring',
    da: [
      /ikke en tjekliste/,
      'Alvorlige tegn',
      'i sig selv grund til at handle',
      'når flere af dem viser sig på samme tid',
      'voldelige sammenstød',
      'demokratiske valg',
      'absolutte løsninger',
      'personlig krise',
      'tal med en anden voksen, som kender den unge',
      'Hotline mod radikalisering',
      '41 74 90 90',
    ],
    en: [
      /not a checklist/,
      'Serious signs',
      'a reason to act on their own',
      'when several of them appear together',
      'personal crisis',
      'talk with another adult who knows the young person',
      '41 74 90 90',
    ],
  },
  {
    path: '/hvad-sker-der',
    da: [
      'Du kan være anonym',
      'tavshedspligt',
      'notatpligt',
      'infohus',
      '12 politikredse',
      '98 kommuner',
      'ressourcer og risici',
      'psykolog',
      'mentor',
      'ubegrundet',
      'lukket',
      'Politiet tager sig alene af de mest alvorlige bekymringer',
      'underretning',
      'ikke en anklage',
    ],
    en: [
      'You may stay anonymous',
      'duty of confidentiality',
      'duty to take notes',
      '12 police districts',
      '98 municipalities',
      'psychologist',
      'unfounded',
      'closed',
      'The police alone handle the most serious concerns',
    ],
  },
  {
    path: '/hvad-er-ekstremisme',
    da: [
      'Centerets forklaring',
      'vold eller andre ulovlige handlinger',
      'utilfredse',
      'frihed og rettigheder',
      '"os" mod "dem"',
      'Radikalisering er en proces',
    ],
    en: [
      "The centre's definition",
      'violence or other illegal acts',
      'dissatisfied',
      'freedom and rights',
      '"us" against "them"',
      'Radicalisation is a process',
    ],
  },
  {
    path: '/om-centeret',
    da: [
      'Udlændingestyrelsen',
      'Udlændinge- og Integrationsministeriet',
      'august 2022',
      'Landedokumentation',
      'Indhentning og Analyse',
      'Forebyggelse og Rådgivning',
      'KL',
      'Danske Regioner',
    ],
    en: [
      'Udlændingestyrelsen',
      'August 2022',
      'Landedokumentation',
      'Indhentning og Analyse',
      'Forebyggelse og Rådgivning',
      'KL',
      'Danske Regioner',
    ],
  },
];

test.describe('the content pages of issue 14 @nojs', () => {
  for (const page of newPages) {
    for (const locale of ['da', 'en'] as const) {
      const url = locale === 'da' ? page.path : `/en${page.path}`;
      test(`${url} states its facts`, async ({ request }) => {
        const { text } = await mainText(request, url);
        expectFacts(text, url, page[locale]);
      });
    }
  }

  test('the pages for professionals and about contact link to the new pages', async ({ request }) => {
    const links: [string, string[]][] = [
      ['/for-fagpersoner', ['/tegn-paa-bekymring', '/hvad-sker-der']],
      ['/en/for-fagpersoner', ['/en/tegn-paa-bekymring', '/en/hvad-sker-der']],
      ['/kontakt', ['/hvad-sker-der']],
      ['/om-centeret', ['/hvad-er-ekstremisme']],
      ['/indsatser/opmaerksomhed', ['/tegn-paa-bekymring', '/hvad-sker-der']],
      ['/tegn-paa-bekymring', ['/bekymring', '/hvad-sker-der']],
    ];
    for (const [url, targets] of links) {
      const { html } = await mainText(request, url);
      for (const target of targets) expect(html, `${url} links to ${target}`).toContain(`href="${target}"`);
    }
  });

  test('the centre is reached through Udlændingestyrelsen on us.dk, and no page says the portal lacks its contact details', async ({
    request,
  }) => {
    for (const url of ['/kontakt', '/en/kontakt', '/for-kommuner', '/en/for-kommuner']) {
      const { html, text } = await mainText(request, url);
      expect(html, url).toContain('href="https://us.dk"');
      expect(text, url).toMatch(/Udlændingestyrelsen/);
    }
    const placeholder =
      /endnu ikke (vores|centerets) adresse|har endnu ikke (en e-mail|vores|centerets)|does not yet (list|have an e-mail)/i;
    for (const { url } of allUrls) {
      const { text } = await mainText(request, url);
      expect(text, url).not.toMatch(placeholder);
    }
  });

  test('the library promises only what it holds and names the source of every tool', async ({ request }) => {
    const { text } = await mainText(request, '/viden');
    expect(text).not.toMatch(/Her finder du vores rapporter/);
    for (const publication of content.publications.filter((item) => !item.file.startsWith('tests/'))) {
      const url = `/viden/${publication.slug}`;
      const { html } = await mainText(request, url);
      expect(html, url).toContain(`href="${publication.source.url}"`);
      expect(html, url).toContain('Kilde');
    }
  });

  test('the feed does not announce the tools that have been in the library from the start', async ({ request }) => {
    const feed = await (await request.get('/feed.xml')).text();
    for (const publication of content.publications.filter((item) => item.published === undefined)) {
      expect(feed, publication.slug).not.toContain(`/viden/${publication.slug}<`);
    }
  });
});
