import { describe, expect, test } from 'vitest';
import { request, textOf } from './support/http';
import { choose, headings, links, mainText } from './support/page';

// The advisory offers and the advice form as the server sends them (issue 16). Sending the form is
// tested over HTTP in tests/registration/advice.test.ts, with a database and e-mails of its own.

const form = '/for-kommuner/anmod-om-raadgivning';

describe('the advisory offers on /for-kommuner', () => {
  test('lists the ten offers and filters by kind of organisation without JavaScript', async () => {
    expect(await mainText('/for-kommuner')).toContain('Der er 10 tilbud.');
    const housing = await choose('/for-kommuner', [['Hvem er I?', 'Boligorganisation']]);
    expect(housing).toBe('/for-kommuner?organisation=housing-organisation');
    const { html } = await request(housing);
    expect(textOf(html.querySelector('main'))).toContain('4 tilbud passer til dine valg.');
    expect(headings(html, 3)).toEqual([
      'Strategi og handlingsplan mod ekstremisme',
      'Organisering og kompetenceopbygning',
      'Råd om et konkret lokalt problem',
      'Samarbejde i udsatte boligområder',
    ]);
  });

  test('gives each offer a link that preselects it in the form, its courses, tools and activity page', async () => {
    const { html, headers, status } = await request('/for-kommuner');
    expect(status).toBe(200);
    expect(headers.get('set-cookie')).toBeNull();
    const asks = links(html, /^Anmod om rådgivning om dette/);
    expect(asks).toHaveLength(10);
    expect(asks.map((link) => link.getAttribute('href'))).toContain(`${form}?tilbud=infohus-modellen`);
    const card = html.querySelector('#tilbud-uddannelse-i-vurderingsvaerktoejet')!;
    expect(card.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/kurser/uddannelse-i-vurderingsvaerktoejet',
      '/viden/vaerktoej-til-vurdering-af-bekymringer',
      '/indsatser/infohuse',
      `${form}?tilbud=uddannelse-i-vurderingsvaerktoejet`,
    ]);
  });

  test('has an English twin with the same list', async () => {
    const { html, status } = await request('/en/for-kommuner?organisation=educational-institution');
    expect(status).toBe(200);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(html.querySelector('main'))).toMatch(/\d+ offers? match(es)? your choices\./);
    expect(links(html, /^Ask for advice on this/).map((link) => link.getAttribute('href'))).toContain(
      `/en${form}?tilbud=forebyggelse-online`,
    );
  });

  test('names an unknown filter value instead of failing', async () => {
    const { html, status } = await request('/for-kommuner?organisation=%3Cb%3Epolice');
    expect(status).toBe(200);
    expect(textOf(html.querySelector('main'))).toContain('Der er 10 tilbud.');
    expect(textOf(html.querySelector('main'))).toContain('Hvem er I?: "<b>police"');
  });
});

describe('the advice form', () => {
  test('is a POST form with a fresh token, a honeypot and the chosen offer, and sets no cookie', async () => {
    const first = await request(`${form}?tilbud=infohus-modellen`);
    const second = await request(form);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.headers.get('cache-control')).toMatch(/no-store|no-cache|private/);
    const token = (answer: typeof first) => answer.html.querySelector('input[name="token"]')?.getAttribute('value');
    expect(token(first)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token(first)).not.toBe(token(second));
    expect(first.html.querySelector('input[name="website"]')).not.toBeNull();
    expect(first.html.querySelector('#offer option[selected]')?.getAttribute('value')).toBe('infohus-modellen');
    expect(second.html.querySelector('#offer option[selected]')?.getAttribute('value')).toBe('');
    expect(first.html.querySelectorAll('#municipality option')).toHaveLength(99);
    expect(first.html.querySelector('title')?.textContent).toMatch(/^Anmod om rådgivning/);
  });

  test('says above the description not to write about citizens, with the hotline and the police from the contacts', async () => {
    const { html, body } = await request(form);
    const notice = html.querySelector('#citizens-notice')!;
    expect(textOf(notice)).toContain('Skriv ikke navne eller andre oplysninger om borgere');
    expect(textOf(notice)).toContain('41 74 90 90');
    expect(textOf(notice)).toContain('Alle dage kl. 8-22');
    expect(notice.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['tel:41749090', 'tel:112', 'tel:114']);
    expect(body.indexOf('id="citizens-notice"')).toBeLessThan(body.indexOf('id="description"'));
    expect(body.indexOf('id="citizens-notice"')).toBeGreaterThan(body.indexOf('id="offer"'));
  });

  test('has an English twin', async () => {
    const { html, status } = await request(`/en${form}?tilbud=forebyggelse-online`);
    expect(status).toBe(200);
    expect(html.querySelector('h1')?.textContent).toBe('Ask for advice');
    expect(textOf(html.querySelector('#citizens-notice'))).toContain('Do not write names or other details about citizens');
  });

  test('ignores an unknown or hostile preselection', async () => {
    const { html, status, body } = await request(`${form}?tilbud=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert(1)');
    expect(html.querySelector('#offer option[selected]')?.getAttribute('value')).toBe('');
  });

  test('an unknown receipt says so, is not indexed and sets no cookie', async () => {
    const { html, status, headers } = await request(`${form}/kvittering/R-2222-2222`);
    expect(status).toBe(200);
    expect(headers.get('set-cookie')).toBeNull();
    expect(html.querySelector('h1')?.textContent).toBe('Vi kan ikke finde anmodningen');
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  test('health stays 200 and reports the advice requests in its details', async () => {
    const answer = await fetch(`${process.env.PORTAL_TEST_URL}/api/health`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const body = (await answer.json()) as { status: string; details: { advice: { undelivered: number } } };
    expect(body).toEqual({ status: 'ok', details: { advice: { undelivered: 0 } } });
  });
});
