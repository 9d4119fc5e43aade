import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, getPage, post } from './http';
import { linkPath, type RegistrationServer, startRegistrationServer, waitForMail } from './server';

// The whole registration as a browser without JavaScript does it, against a started production
// build of the fixture content (tests/fixtures/content/kurser/eksempel-netvaerksmoede.yaml).
let server: RegistrationServer;
beforeAll(async () => {
  server = await startRegistrationServer();
});
afterAll(() => server?.stop());

const course = '/kurser/eksempel-netvaerksmoede';
const openForm = `${course}/tilmeld/tilmelding-aaben`;
const onePlaceForm = `${course}/tilmeld/tilmelding-en-plads`;
let counter = 0;
const person = (overrides: Record<string, string> = {}) => ({
  name: 'Test Person',
  email: `person-${Date.now()}-${++counter}@example.org`,
  organisationKind: 'municipality',
  municipality: 'Aarhus',
  role: 'SSP-koordinator',
  ...overrides,
});

async function register(path: string, values: Record<string, string>, headers: Record<string, string> = {}) {
  const page = await getPage(server.origin, path);
  return post(server.origin, path, fill(page.fields, values), headers);
}

/** Presses the button on an e-mailed link's page; returns the page it leads to. */
async function pressLink(path: string) {
  const page = await getPage(server.origin, path);
  expect(page.status).toBe(200);
  const pressed = await post(server.origin, path, fill(page.fields, {}));
  expect(pressed.status).toBe(303);
  return getPage(server.origin, new URL(pressed.location!, server.origin).pathname + new URL(pressed.location!, server.origin).search);
}

describe('the registration form', () => {
  it('is served without the framework, with a fresh idempotency token, a honeypot and noindex', async () => {
    const first = await getPage(server.origin, openForm);
    const second = await getPage(server.origin, openForm);
    expect(first.status).toBe(200);
    expect(first.html.querySelectorAll('script[src*="/_next/"]')).toHaveLength(0);
    expect(first.html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const token = (page: typeof first) => page.fields.find(([name]) => name === 'token')?.[1];
    expect(token(first)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token(first)).not.toBe(token(second));
    expect(first.fields.map(([name]) => name)).toEqual(
      expect.arrayContaining(['name', 'email', 'municipality', 'organisation', 'role', 'phone', 'note', 'website']),
    );
    expect(first.html.querySelectorAll('#municipality option')).toHaveLength(99);
  });

  it('answers an empty send with the error summary, focused, linked to each field', async () => {
    const answer = await register(openForm, {});
    expect(answer.status).toBe(200);
    const summary = answer.html.querySelector('.error-summary');
    expect(summary?.hasAttribute('autofocus')).toBe(true);
    expect(summary?.getAttribute('tabindex')).toBe('-1');
    expect(summary?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '#name',
      '#email',
      '#organisationKind',
      '#role',
    ]);
    expect(answer.html.querySelector('#name')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps every value, and shows markup as text, never as markup', async () => {
    const hostile = '"><script>alert(1)</script><b>x</b>';
    const answer = await register(
      openForm,
      person({
        name: hostile,
        email: 'not-an-address',
        organisationKind: 'police',
        municipality: '',
        organisation: 'Østjyllands Politi',
        note: 'Linje 1\nLinje 2',
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain('<script>alert(1)');
    expect(answer.html.querySelector('#name')?.getAttribute('value')).toBe(hostile);
    expect(answer.html.querySelector('#email')?.getAttribute('value')).toBe('not-an-address');
    expect(answer.html.querySelector('#organisation')?.getAttribute('value')).toBe('Østjyllands Politi');
    expect(answer.html.querySelector('#note')?.textContent).toBe('Linje 1\nLinje 2');
    expect(answer.html.querySelector('input[value="police"]')?.hasAttribute('checked')).toBe(true);
    expect(answer.html.querySelector('.error-summary')?.textContent).toContain('Skriv din e-mailadresse fra arbejdet, med @ og domæne');
  });

  it('refuses control characters, direction overrides and over-long fields at the field', async () => {
    const answer = await register(openForm, person({ name: 'Test\u0007Person', role: 'abc\u202Edef', phone: '1'.repeat(200) }));
    expect(answer.status).toBe(200);
    const errors = answer.html.querySelectorAll('.error-summary a').map((link) => link.getAttribute('href'));
    expect(errors).toEqual(['#name', '#role', '#phone']);
  });

  it('answers hostile requests with a clear page and never a 5xx', async () => {
    const page = await getPage(server.origin, openForm);
    const big = await post(server.origin, openForm, fill(page.fields, person({ note: 'x'.repeat(100_000) })));
    expect(big.status).toBe(413);
    expect(big.html.querySelector('h1')?.textContent).toBe('Formularen er for stor');

    const foreign = await post(server.origin, openForm, fill(page.fields, person()), {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(foreign.status).toBe(403);
    const bare = await fetch(server.origin + openForm, { method: 'POST', body: fill(page.fields, person()), redirect: 'manual' });
    expect(bare.status).toBe(403);

    const forged = await post(
      server.origin,
      openForm,
      fill(page.fields, { ...person(), '$ACTION_1:0': '{"id":"00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","bound":"$@1"}' }),
    );
    expect(forged.status).toBe(400);
    expect(forged.html.querySelector('p')?.textContent).toContain('Formularen blev sendt i en form, vi ikke kan læse');
    const garbage = await post(server.origin, openForm, fill(page.fields, { ...person(), '$ACTION_1:0': '<script>' }));
    expect(garbage.status).toBe(400);

    const repeated = await post(server.origin, openForm, fill(page.fields, person(), [['email', 'second@example.org']]));
    expect(repeated.status).toBe(200);
    expect(repeated.html.querySelector('.alert-error')?.textContent).toContain('Formularen blev sendt i en form');

    const odd = await post(server.origin, openForm, fill(page.fields, person({ name: '\uD800\uFFFF\u0000' })));
    expect(odd.status).toBeLessThan(500);
    const urlencoded = await post(server.origin, openForm, 'name=x&email=y', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(urlencoded.status).toBeLessThan(500);
  });

  it('sends a filled honeypot away without registering', async () => {
    const values = person();
    const answer = await register(openForm, { ...values, website: 'http://spam.example' });
    expect(answer.status).toBe(200);
    expect(answer.html.querySelector('.alert-error')?.textContent).toContain('Tilmeldingen blev afvist');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await server.mails()).filter((mail) => mail.to.includes(values.email))).toHaveLength(0);
  });
});

describe('registering, confirming and cancelling', () => {
  it('holds a seat, sends one confirmation with the calendar file, and confirms through the link', async () => {
    const values = person();
    const page = await getPage(server.origin, openForm);
    const form = () => fill(page.fields, values);
    // A double click: the same form (same token) sent twice at once makes one registration.
    const [first, second] = await Promise.all([post(server.origin, openForm, form()), post(server.origin, openForm, form())]);
    expect(first.status).toBe(303);
    expect(second.location).toBe(first.location);
    expect(first.location).toMatch(/^\/kurser\/tilmelding\/kvittering\/[A-Za-z0-9_-]+\?arbejdsplads=municipality&kommune=Aarhus$/);

    const receiptResponse = await fetch(server.origin + first.location!);
    expect(receiptResponse.headers.get('cache-control')).toContain('no-store');
    expect(receiptResponse.headers.get('set-cookie')).toBeNull();
    const receipt = await getPage(server.origin, first.location!);
    expect(receipt.html.querySelector('h1')?.textContent).toBe('Tak for din tilmelding');
    expect(receipt.html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const colleague = receipt.html.querySelectorAll('a').find((link) => link.textContent === 'Tilmeld en kollega');
    expect(colleague?.getAttribute('href')).toBe(`${openForm}?arbejdsplads=municipality&kommune=Aarhus`);
    const colleagueForm = await getPage(server.origin, colleague!.getAttribute('href')!);
    expect(colleagueForm.fields).toEqual(
      expect.arrayContaining([
        ['organisationKind', 'municipality'],
        ['municipality', 'Aarhus'],
        ['name', ''],
        ['email', ''],
      ]),
    );

    const mail = await waitForMail(server, (candidate) => candidate.to.includes(values.email));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await server.mails()).filter((candidate) => candidate.to.includes(values.email))).toHaveLength(1);
    expect(mail.subject).toBe('Bekræft din tilmelding: Eksempel: Netværksmøde for tovholdere');
    expect(mail.attachments[0]?.filename).toBe('eksempel-netvaerksmoede-tilmelding-aaben.ics');
    expect(mail.attachments[0]?.content).toContain('DTSTART:20270601T080000Z');

    // Opening the link changes nothing (mail scanners open links); pressing its button confirms.
    const confirmPath = linkPath(mail.text, '/kurser/tilmelding/bekraeft/');
    const opened = await getPage(server.origin, confirmPath);
    expect(opened.html.querySelector('main button')?.textContent).toBe('Bekræft tilmelding');
    expect((await getPage(server.origin, first.location!)).html.querySelector('h1')?.textContent).toBe('Tak for din tilmelding');
    const result = await pressLink(confirmPath);
    expect(result.html.querySelector('.alert-text')?.textContent).toContain('Din plads er bekræftet');
    expect((await getPage(server.origin, first.location!)).html.querySelector('h1')?.textContent).toBe('Din plads er bekræftet');
    // A second press, or an old link: a clear answer.
    expect((await pressLink(confirmPath)).html.querySelector('.alert-text')?.textContent).toContain('Det er allerede sket');
    expect(
      (await pressLink('/kurser/tilmelding/bekraeft/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).html.querySelector('.alert-text')
        ?.textContent,
    ).toContain('Linket virker ikke');
  });

  it('shows the seats counted on the course page after a registration', async () => {
    const page = await getPage(server.origin, course);
    const section = page.html.querySelectorAll('section.run').find((run) => run.textContent.includes('1. juni 2027'));
    expect(section?.querySelector('.run-availability')?.textContent).toContain('Ledige pladser');
    expect(section?.querySelector(`a[href="${openForm}"]`)?.textContent).toContain('Tilmeld dig');
  });

  it('puts the second person for one seat on the waiting list, and offers the seat when the first cancels', async () => {
    const first = person();
    const second = person({ organisationKind: 'police', municipality: '', organisation: 'Fynss Politi' });
    const held = await register(onePlaceForm, first);
    expect(held.status).toBe(303);
    const waiting = await register(onePlaceForm, second);
    expect(waiting.status).toBe(303);
    expect(waiting.location).toMatch(/\?arbejdsplads=police$/);
    const waitingReceipt = await getPage(server.origin, waiting.location!);
    expect(waitingReceipt.html.querySelector('h1')?.textContent).toBe('Du er på ventelisten');
    expect(waitingReceipt.html.querySelector('.lead')?.textContent).toContain('Du er nummer 1 på ventelisten.');
    const waitingMail = await waitForMail(server, (mail) => mail.to.includes(second.email));
    expect(waitingMail.subject).toContain('Du er på ventelisten');
    expect(waitingMail.text).toContain('/kurser/tilmelding/afmeld/');

    const course = await getPage(server.origin, '/kurser/eksempel-netvaerksmoede');
    const section = course.html.querySelectorAll('section.run').find((run) => run.textContent.includes('3. juni 2027'));
    expect(section?.querySelector('.run-availability')?.textContent).toContain('Fuldt – venteliste');
    // The catalogue is rendered per request: its figure is live.
    const catalogue = await getPage(server.origin, '/kurser');
    const listed = catalogue.html.querySelectorAll('.course-card-runs li').find((run) => run.textContent.includes('3. juni 2027'));
    expect(listed?.querySelector('.run-availability')?.textContent).toContain('Fuldt – venteliste');

    const firstMail = await waitForMail(server, (mail) => mail.to.includes(first.email));
    const cancelled = await pressLink(linkPath(firstMail.text, '/kurser/tilmelding/afmeld/'));
    expect(cancelled.html.querySelector('.alert-text')?.textContent).toContain('Du er afmeldt');

    const offer = await waitForMail(server, (mail) => mail.to.includes(second.email) && mail.subject.startsWith('Der er en ledig plads'));
    const accepted = await pressLink(linkPath(offer.text, '/kurser/tilmelding/tilbud/'));
    expect(accepted.html.querySelector('.alert-text')?.textContent).toContain('Din plads er bekræftet');
    expect((await getPage(server.origin, waiting.location!)).html.querySelector('h1')?.textContent).toBe('Din plads er bekræftet');
  });

  it('works in English under /en', async () => {
    const values = person();
    const answer = await register(`/en${openForm}`, values);
    expect(answer.location).toMatch(/^\/en\/kurser\/tilmelding\/kvittering\//);
    const receipt = await getPage(server.origin, answer.location!);
    expect(receipt.html.querySelector('h1')?.textContent).toBe('Thank you for registering');
    const mail = await waitForMail(server, (candidate) => candidate.to.includes(values.email));
    expect(mail.subject).toBe('Confirm your registration: Example: Network meeting for coordinators');
    expect(mail.text).toContain('/en/kurser/tilmelding/bekraeft/');
  });

  it('has no form for a closed, cancelled or unknown run', async () => {
    const closed = await getPage(server.origin, `${course}/tilmeld/tilmelding-lukket`);
    expect(closed.status).toBe(200);
    expect(closed.fields).toEqual([]);
    expect(closed.html.querySelector('.alert-info')?.textContent).toContain('Tilmeldingsfristen for dette hold er overskredet');
    const cancelled = await getPage(server.origin, `${course}/tilmeld/tilmelding-aflyst`);
    expect(cancelled.html.querySelector('.alert-info')?.textContent).toContain('Holdet er aflyst');
    expect((await fetch(`${server.origin}${course}/tilmeld/findes-ikke`)).status).toBe(404);
    expect((await fetch(`${server.origin}${course}/tilmeld/2027-foraar-nyborg`)).status).toBe(404);
  });
});
