import { describe, expect, test } from 'vitest';
import { type Answer, inBatches, request } from './support/http';

/**
 * Hostile values for every GET form and route parameter. Whatever comes in, the portal answers
 * without a server error, reflects nothing as live markup, redirects only to itself and leaks no file.
 */

// Markers an unescaped reflection would leave in the page; escaped, they never appear like this.
const MARK = 'fz7q';
const reflections = [`<script>${MARK}`, `<b ${MARK}`, `<svg onload=${MARK}`, `href="javascript:${MARK}`, `<img src=x onerror=${MARK}`];

/** Values sent URL-encoded: markup, control characters, odd Unicode, lengths, traversal. */
const values = [
  `<script>${MARK}()</script>`,
  `"><b ${MARK}>`,
  `'><svg onload=${MARK}>`,
  `</title></textarea></script><b ${MARK}>`,
  `javascript:${MARK}()`,
  `<img src=x onerror=${MARK}()>`,
  '{{7*7}}${7*7}<%= 7*7 %>',
  "' OR '1'='1",
  '\u0000\u0001\u0007\u001b[31m\u007f',
  'linje\r\nX-Fuzz: injected',
  '\u202eevil\u202c\u200b\ufeff',
  'e\u0301\u0301\u0301\u0301 ＜script＞ 𝕏 👩‍👩‍👧‍👦',
  'æøå ÆØÅ ß İ ﬁ',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  'a'.repeat(2_000),
  'ab '.repeat(1_500),
  '-1',
  '99999999999999999999999',
  'NaN',
  '',
  ' ',
  '__proto__',
  'constructor',
];

/** Raw query or path pieces that encodeURIComponent would make harmless: broken escapes, encoded traversal, NUL. */
const rawValues = [
  '%',
  '%E0%A4%A',
  '%ff%fe',
  '%ED%A0%80',
  '%00',
  '%0d%0aX-Fuzz:%20injected',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '%252e%252e%252f',
];

const encoded = [...values.map(encodeURIComponent), ...rawValues];

interface Form {
  path: string;
  params: string[];
}

const forms: Form[] = [
  { path: '/soeg', params: ['q', 'page'] },
  { path: '/en/soeg', params: ['q', 'page'] },
  { path: '/kurser', params: ['target', 'theme', 'format', 'period'] },
  { path: '/viden', params: ['type', 'theme', 'audience', 'year'] },
  { path: '/for-kommuner', params: ['organisation'] },
  { path: '/for-kommuner/anmod-om-raadgivning', params: ['tilbud'] },
  { path: '/bekymring/find-infohus', params: ['kommune'] },
  { path: '/en/bekymring/find-infohus', params: ['kommune'] },
  { path: '/api/infohus', params: ['kommune'] },
  ...['fare', 'emne', 'rolle', 'alder', 'kommune', 'resultat'].map((step) => ({
    path: `/bekymring/${step}`,
    params: ['s', 'svar', 'fortsaet'],
  })),
];

/** Route parameters: the value takes the place of a path segment (or several, for catch-alls). */
const routePatterns = [
  '/{}',
  '/en/{}',
  '/indsatser/{}',
  '/kurser/{}',
  '/kurser/katalog/{}',
  '/kurser/{}/{}.ics',
  '/viden/{}',
  '/for-kommuner/anmod-om-raadgivning/kvittering/{}',
  '/bekymring/{}',
  '/api/og/da/{}',
];

function queries(params: string[]): string[] {
  const first = params[0]!;
  const all = params.map((param) => `${param}=${encodeURIComponent(`<b ${MARK}>`)}`).join('&');
  return [
    ...encoded.map((value) => `${first}=${value}`),
    ...params.slice(1).flatMap((param) => encoded.slice(0, 8).map((value) => `${param}=${value}`)),
    all,
    // Repeated, array-style and oversized parameter lists.
    `${first}=a&${first}=b&${first}=${encodeURIComponent(`<b ${MARK}>`)}`,
    `${first}[]=a&${first}[]=b`,
    `${first}[0]=a&${first}[__proto__]=b`,
    `${first}=a,b,c,,,${encodeURIComponent('<b ' + MARK + '>')}`,
    Array.from({ length: 300 }, (_, index) => `${first}=${index}`).join('&'),
    `${first}`,
    `${first}=&${first}=`,
  ];
}

async function expectSafe(url: string): Promise<Answer> {
  const response = await request(url);
  expect(response.status, `status of ${url}`).toBeLessThan(500);
  const { headers, body } = response;
  expect(headers.get('x-fuzz'), `header injected by ${url}`).toBeNull();
  const location = headers.get('location');
  if (location) expect(location, `redirect from ${url}`).toMatch(/^\/(?![/\\])|^https?:\/\/(localhost|127\.0\.0\.1)[:/]/);
  expect(body, `file contents leaked by ${url}`).not.toMatch(/root:x:0:0|"name":\s*"cdiem-portal"|\[fonts\]/);
  if (url.startsWith('/api/infohus')) {
    // JSON may quote the value back: it is escaped for JSON, and never read as HTML (type plus nosniff).
    expect(headers.get('content-type'), url).toMatch(/^application\/json/);
    expect(headers.get('x-content-type-options'), url).toBe('nosniff');
    expect(() => JSON.parse(body), `JSON from ${url}`).not.toThrow();
  } else {
    for (const reflection of reflections) expect(body, `unescaped reflection of "${reflection}" from ${url}`).not.toContain(reflection);
  }
  return response;
}

/** Most of these are rendered per request and the machine is small: a few at a time. */
const checkAll = (urls: string[]) => inBatches(urls, 6, async (url) => void (await expectSafe(url)));

describe('hostile input', () => {
  for (const form of forms) {
    test(`${form.path} (${form.params.join(', ')}) survives hostile values`, async () => {
      await checkAll(queries(form.params).map((query) => `${form.path}?${query}`));
    });
  }

  for (const pattern of routePatterns) {
    test(`route parameter ${pattern} survives hostile values`, async () => {
      await checkAll(encoded.filter((value) => value !== '').map((value) => pattern.replaceAll('{}', value)));
    });
  }

  test('the checks can fail: a marker outside markup context would be caught', () => {
    expect(`<p><b ${MARK}></p>`).toContain(reflections[1]);
    expect(`<p>&lt;b ${MARK}&gt;</p>`).not.toContain(reflections[1]);
  });
});
