import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADVICE_INBOX } from '../support/server.mjs';
import { fill, getPage, post } from './http';
import { type RegistrationServer, startRegistrationServer, waitForMail } from './server';

// The advice request as a browser without JavaScript sends it, against a started production build:
// real HTTP, a real SQLite file, the e-mails as .eml files (no SMTP_URL), the outbox worker every 200 ms.
const form = '/for-kommuner/anmod-om-raadgivning';
let counter = 0;
const request = (overrides: Record<string, string> = {}) => ({
  organisationKind: 'municipality',
  municipality: 'Aarhus',
  name: 'Test Person',
  role: 'SSP-koordinator',
  email: `raad-${Date.now()}-${++counter}@example.org`,
  offer: 'infohus-modellen',
  description: 'Vi vil gerne indføre modellen i kommunen.',
  ...overrides,
});

// Two servers of the same build: one with the centre's inbox configured, one without.
let server: RegistrationServer;
let closed: RegistrationServer;
beforeAll(async () => {
  process.env.ADVICE_INBOX = TEST_ADVICE_INBOX;
  server = await startRegistrationServer();
  delete process.env.ADVICE_INBOX;
  closed = await startRegistrationServer();
});
afterAll(async () => {
  await server?.stop();
  await closed?.stop();
});

describe('the advice request with an inbox configured', () => {
  async function send(values: Record<string, string>, path = form, headers: Record<string, string> = {}) {
    const page = await getPage(server.origin, path);
    return post(server.origin, path, fill(page.fields, values), headers);
  }

  it('sends the request to the inbox and a receipt to the requester, then forgets what they wrote', async () => {
    const values = request({ description: 'Beskrivelse-R1 med <b>markup</b>' });
    const answer = await send(values, `${form}?tilbud=infohus-modellen`);
    expect(answer.status).toBe(303);
    const receiptPath = new URL(answer.location!, server.origin).pathname;
    const reference = /kvittering\/(R-[A-Z0-9]{4}-[A-Z0-9]{4})$/.exec(receiptPath)?.[1];
    expect(reference).toBeTruthy();

    const receiptPage = await getPage(server.origin, receiptPath);
    expect(receiptPage.status).toBe(200);
    expect(receiptPage.html.querySelector('#advice-reference')?.textContent.trim()).toBe(reference);
    expect(receiptPage.html.querySelector('h1')?.textContent).toBe('Tak for din anmodning');
    expect(receiptPage.html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(receiptPage.html.toString()).not.toContain('Beskrivelse-R1');

    const centre = await waitForMail(server, (mail) => mail.to.includes(TEST_ADVICE_INBOX) && mail.subject.includes(reference!));
    expect(centre.text).toContain('Beskrivelse-R1 med <b>markup</b>');
    expect(centre.text).toContain('Organisation: Aarhus Kommune');
    const receipt = await waitForMail(server, (mail) => mail.to.includes(values.email));
    expect(receipt.subject).toContain(reference);
    expect(receipt.text).not.toContain('Beskrivelse-R1');
    // Each once.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const mails = await server.mails();
    expect(mails.filter((mail) => mail.subject.includes(reference!))).toHaveLength(2);
  });

  it('answers a double send with the same receipt and sends nothing twice', async () => {
    const page = await getPage(server.origin, form);
    const values = request();
    const first = await post(server.origin, form, fill(page.fields, values));
    const second = await post(server.origin, form, fill(page.fields, values));
    expect(first.status).toBe(303);
    expect(second.location).toBe(first.location);
    await waitForMail(server, (mail) => mail.to.includes(values.email));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await server.mails()).filter((mail) => mail.to.includes(values.email))).toHaveLength(1);
  });

  it('answers an empty send with the focused error summary linked to each field, and keeps markup as text', async () => {
    const empty = await send({});
    expect(empty.status).toBe(200);
    const summary = empty.html.querySelector('.error-summary');
    expect(summary?.hasAttribute('autofocus')).toBe(true);
    expect(summary?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '#organisationKind',
      '#name',
      '#role',
      '#email',
      '#offer',
      '#description',
    ]);
    const hostile = '"><script>alert(1)</script>';
    const answer = await send(request({ name: hostile, email: 'nope', description: 'x'.repeat(2001) }));
    expect(answer.text).not.toContain('<script>alert(1)');
    expect(answer.html.querySelector('#name')?.getAttribute('value')).toBe(hostile);
    expect(answer.html.querySelectorAll('.error-summary a').map((link) => link.getAttribute('href'))).toEqual(['#email', '#description']);
    expect(answer.html.querySelector('.error-summary')?.textContent).toContain('Beskrivelsen må højst være 2.000 tegn');
  });

  it('answers hostile requests with a clear page and never a 5xx', async () => {
    const page = await getPage(server.origin, form);
    const big = await post(server.origin, form, fill(page.fields, request({ description: 'x'.repeat(100_000) })));
    expect(big.status).toBe(413);
    const foreign = await post(server.origin, form, fill(page.fields, request()), {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(foreign.status).toBe(403);
    const spam = await post(server.origin, form, fill(page.fields, request({ website: 'http://spam.example' })));
    expect(spam.status).toBe(200);
    expect(spam.html.querySelector('.alert-error')?.textContent).toContain('Anmodningen blev afvist');
    const repeated = await post(server.origin, form, fill(page.fields, request(), [['email', 'second@example.org']]));
    expect(repeated.html.querySelector('.alert-error')?.textContent).toContain('Formularen blev sendt i en form');
    const odd = await post(server.origin, form, fill(page.fields, request({ description: '\uD800\uFFFF\u0000' })));
    expect(odd.status).toBeLessThan(500);
    const unknown = await getPage(server.origin, `${form}/kvittering/R-AAAA-AAAA`);
    expect(unknown.status).toBe(200);
    expect(unknown.html.querySelector('h1')?.textContent).toBe('Vi kan ikke finde anmodningen');
  });

  it('works in English under /en, with the receipt e-mail in English', async () => {
    const values = request({ organisationKind: 'association', municipality: '', organisation: 'The Club', offer: 'andet' });
    const answer = await send(values, `/en${form}`);
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(/^\/en\/for-kommuner\/anmod-om-raadgivning\/kvittering\/R-/);
    const receipt = await waitForMail(server, (mail) => mail.to.includes(values.email));
    expect(receipt.subject).toMatch(/^Receipt for your request for advice/);
  });
});

describe('the advice request without an inbox', () => {
  it('says the form cannot be sent, shows the other ways to the centre, and refuses a post', async () => {
    const page = await getPage(closed.origin, form);
    expect(page.status).toBe(200);
    expect(page.html.querySelector('#advice-unavailable')?.textContent).toContain('Formularen kan ikke bruges lige nu');
    expect(page.html.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['https://us.dk', '/kontakt']),
    );
    expect(page.fields).toEqual([]);
    expect(page.html.toString()).toContain('41 74 90 90');

    // A form from before the inbox was removed (the same build serves both): the answer says the
    // form cannot be used, and nothing is stored or sent.
    const old = await getPage(server.origin, form);
    const answer = await post(closed.origin, form, fill(old.fields, request()));
    expect(answer.status).toBe(200);
    expect(answer.html.querySelector('#advice-unavailable')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await closed.mails()).toEqual([]);
  });
});
