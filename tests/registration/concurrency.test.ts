import { afterAll, beforeAll, expect, it } from 'vitest';
import { fill, getPage, post } from './http';
import { type RegistrationServer, startRegistrationServer } from './server';

// 200 people send the form at the same moment for a run with 20 seats, against one server on
// SQLite (the default). lib/registration's own tests do the same below HTTP, and on PostgreSQL.
let server: RegistrationServer;
beforeAll(async () => {
  server = await startRegistrationServer();
});
afterAll(() => server?.stop());

const form = '/kurser/eksempel-netvaerksmoede/tilmeld/tilmelding-tyve';

it('gives exactly 20 seats and waiting-list places 1–180, a definite answer to each, and no 5xx', { timeout: 180_000 }, async () => {
  const page = await getPage(server.origin, form);
  const people = Array.from({ length: 200 }, (_, index) => index);
  const started = performance.now();
  // Each its own form render (token) and its own address, as 200 browsers in 200 offices.
  const answers = await Promise.all(
    people.map((index) =>
      post(
        server.origin,
        form,
        fill(page.fields, {
          token: `concurrent-${String(index).padStart(11, '0')}`,
          name: `Person ${index}`,
          email: `person-${index}@example.org`,
          organisationKind: 'other',
          municipality: '',
          organisation: 'Testorganisation',
          role: 'Deltager',
        }),
        { 'x-forwarded-for': `10.0.${Math.floor(index / 250)}.${index % 250}` },
      ),
    ),
  );
  console.log(`200 simultaneous registrations answered in ${Math.round(performance.now() - started)} ms`);
  expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
  expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 303));

  const receipts = await Promise.all(answers.map(async (answer) => (await getPage(server.origin, answer.location!)).html));
  const held = receipts.filter((receipt) => receipt.querySelector('h1')?.textContent === 'Tak for din tilmelding');
  const places = receipts
    .map((receipt) => /Du er nummer (\d+) på ventelisten/.exec(receipt.querySelector('.lead')?.textContent ?? '')?.[1])
    .filter((place): place is string => place !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  expect(held).toHaveLength(20);
  expect(places).toEqual(Array.from({ length: 180 }, (_, index) => index + 1));
});
