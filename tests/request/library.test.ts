import { describe, expect, test } from 'vitest';
import { request, textOf } from './support/http';
import { choose, headings, linkTarget, links, mainText, region } from './support/page';

// Runs on the real tools plus the fixture report, summary and podcast (tests/fixtures/content/viden).

describe('knowledge library /viden', () => {
  test('filters by type, theme, audience and year without JavaScript', async () => {
    expect(await mainText('/viden')).toContain('Der er 10 udgivelser og værktøjer.');

    const guidelines = await choose('/viden', [['Type', 'Sagsgang']]);
    expect(guidelines).toBe('/viden?type=guideline');
    expect(await mainText(guidelines)).toContain('4 udgivelser passer til dine valg.');

    const psychiatry = await choose(guidelines, [['Målgruppe', 'Psykiatrien']]);
    const { html } = await request(psychiatry);
    expect(textOf(html.querySelector('main'))).toContain('1 udgivelse passer til dine valg.');
    expect(headings(html, 3)).toEqual(['Sagsgang for bekymringer i psykiatrien']);

    const none = await request(await choose(psychiatry, [['År', '2026']]));
    expect(textOf(none.html.querySelector('main'))).toContain('Intet passer til dine valg.');
    expect(links(none.html.querySelector('main')!, 'Fjern alle filtre').at(-1)!.getAttribute('href')).toBe('/viden');
  });

  test('sorts the newest first and tools without a year after them', async () => {
    const { html } = await request('/viden?theme=online&theme=conversations');
    expect(headings(html, 3)).toEqual([
      'Eksempel: Resumé om online fællesskaber',
      'Eksempel: Rapport om samtaler med unge',
      'Værktøjer til samtaler med borgere, man er bekymret for',
    ]);
  });

  test('unknown filter values are ignored with a notice', async () => {
    const response = await request('/viden?type=novel&year=1850&type=podcast');
    expect(response.status).toBe(200);
    const notice = textOf(response.html.querySelectorAll('[role="status"]').find((status) => textOf(status).includes('Vi kender ikke')));
    expect(notice).toContain('Type: "novel"');
    expect(notice).toContain('År: "1850"');
    expect(textOf(response.html.querySelector('main'))).toContain('1 udgivelse passer til dine valg.');
  });

  test('a tool has its page with facts and the course that teaches it', async () => {
    const list = await request('/viden');
    const toolPath = linkTarget(list.html, 'Værktøj til vurdering af bekymringer om ekstremisme');
    expect(toolPath).toBe('/viden/vaerktoej-til-vurdering-af-bekymringer');
    const tool = (await request(toolPath)).html;
    expect(headings(tool, 1)).toEqual(['Værktøj til vurdering af bekymringer om ekstremisme']);
    expect(textOf(region(tool, 'Kort om udgivelsen'))).toContain('Værktøj');
    const coursePath = linkTarget(region(tool, 'Kurser'), 'Uddannelse i vurderingsværktøjet');
    expect(coursePath).toBe('/kurser/uddannelse-i-vurderingsvaerktoejet');
    const course = (await request(coursePath)).html;
    expect(
      region(course, 'Viden og værktøjer')
        .querySelectorAll('a')
        .map((link) => textOf(link)),
    ).toEqual(['Værktøj til vurdering af bekymringer om ekstremisme']);
  });

  test('the English library filters and links the same way', async () => {
    const podcasts = await request(await choose('/en/viden', [['Type', 'Podcast']]));
    expect(textOf(podcasts.html.querySelector('main'))).toContain('1 publication matches your choices.');
    const podcastPath = linkTarget(podcasts.html, 'Example: Podcast about a day in an infohus');
    expect(podcastPath).toBe('/en/viden/eksempel-podcast-om-infohuse');
    expect(linkTarget((await request(podcastPath)).html, /Go to the podcast/)).toBe('https://example.org/podcast');
  });
});
