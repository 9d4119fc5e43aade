import { describe, expect, it, vi } from 'vitest';
import { INNER_REQUEST_HEADER } from './static-scripts.mjs';
import { innerRequestHeaders, isPageRequest, scriptFreePage, scriptFreeResponse, selfOrigin } from './script-free-page';

const origin = 'http://127.0.0.1:3000';
const visitorUrl = 'https://portal.example/bekymring/resultat';

const rendered = [
  '<!DOCTYPE html><html lang="da"><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/a.js" async="" nonce="abc"></script></head><body>',
  '<form data-island="search-as-you-type"><input name="q"/><script type="module" src="/islands/search-as-you-type.js"></script></form>',
  '<ol><li>Infohuse</li></ol><script nonce="abc">self.__next_f.push([1,"x"])</script></body></html>',
].join('');

function innerResponse(body: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(body, {
    status: init.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'self' 'nonce-abc'",
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'content-length': String(body.length),
      'x-middleware-rewrite': '/da/_404',
      ...init.headers,
    },
  });
}

describe('scriptFreeResponse', () => {
  it("sends the page without the framework's scripts, keeping the content and the island's script", async () => {
    const response = await scriptFreeResponse(innerResponse(rendered), origin, visitorUrl);
    const html = await response.text();
    expect(html).not.toContain('/_next/static/chunks/a.js');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<ol><li>Infohuse</li></ol>');
    expect(html).toContain('<script type="module" src="/islands/search-as-you-type.js"></script>');
  });

  it('allows scripts from the site only: no nonce is left to name', async () => {
    const response = await scriptFreeResponse(innerResponse(rendered), origin, visitorUrl);
    expect(response.headers.get('content-security-policy')).toMatch(/^script-src 'self'; /);
  });

  it("keeps the status and the page's own headers, and drops the proxy's instructions and the old length", async () => {
    const response = await scriptFreeResponse(innerResponse(rendered, { status: 404 }), origin, visitorUrl);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
  });

  it('passes anything that is not HTML unchanged, with its own policy', async () => {
    const json = new Response('{"a":1}', {
      headers: { 'content-type': 'application/json', 'content-security-policy': "default-src 'none'" },
    });
    const response = await scriptFreeResponse(json, origin, visitorUrl);
    expect(await response.text()).toBe('{"a":1}');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('moves a redirect within the site onto the address the visitor used, and leaves one to elsewhere alone', async () => {
    const redirect = (location: string) => new Response(null, { status: 307, headers: { location } });
    const locationOf = async (location: string) =>
      (await scriptFreeResponse(redirect(location), origin, visitorUrl)).headers.get('location');
    expect(await locationOf('/bekymring/fare')).toBe('https://portal.example/bekymring/fare');
    expect(await locationOf(`${origin}/kurser?emne=x`)).toBe('https://portal.example/kurser?emne=x');
    expect(await locationOf('https://www.dr.dk/')).toBe('https://www.dr.dk/');
  });
});

describe('isPageRequest', () => {
  const url = new URL('http://localhost/soeg?q=x');

  it('is true for a GET of a page', () => {
    expect(isPageRequest('GET', url, new Headers({ accept: 'text/html' }))).toBe(true);
  });

  it("is false for proxy.ts' own request, framework payloads and other methods", () => {
    expect(isPageRequest('GET', url, new Headers({ [INNER_REQUEST_HEADER]: '1' }))).toBe(false);
    expect(isPageRequest('GET', url, new Headers({ rsc: '1' }))).toBe(false);
    expect(isPageRequest('GET', new URL('http://localhost/soeg?q=x&_rsc=abc'), new Headers())).toBe(false);
    expect(isPageRequest('HEAD', url, new Headers())).toBe(false);
    expect(isPageRequest('POST', url, new Headers())).toBe(false);
  });
});

describe('innerRequestHeaders', () => {
  it("keeps the visitor's language, marks the request and asks for an uncompressed body", () => {
    const headers = innerRequestHeaders(
      new Headers({ 'accept-language': 'da', 'accept-encoding': 'gzip, br', host: 'portal.example', 'user-agent': 'x' }),
    );
    expect(headers.get('accept-language')).toBe('da');
    expect(headers.get('user-agent')).toBe('x');
    expect(headers.get(INNER_REQUEST_HEADER)).toBe('1');
    expect(headers.get('accept-encoding')).toBe('identity');
    expect(headers.get('host')).toBeNull();
  });
});

describe('selfOrigin', () => {
  it('is the port next start listens on, unless configured', () => {
    expect(selfOrigin({ PORT: '3101' })).toBe('http://127.0.0.1:3101');
    expect(selfOrigin({})).toBe('http://127.0.0.1:3000');
    expect(selfOrigin({ PORT: '3101', PORTAL_SELF_URL: 'http://[::1]:8080' })).toBe('http://[::1]:8080');
  });
});

describe('scriptFreePage', () => {
  const errorPage = '<!DOCTYPE html><html lang="en"><body><h1>Something went wrong</h1></body></html>';

  /** A stand-in for the server: answers each path from the table, and records what was asked. */
  function server(answers: Record<string, () => Response>) {
    const asked: { url: string; headers: Headers }[] = [];
    const fetchPage = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
      const address = new URL(String(url));
      asked.push({ url: address.href, headers: new Headers(init?.headers) });
      const answer = answers[address.pathname + address.search];
      if (!answer) throw new Error(`not expected: ${address.href}`);
      return answer();
    });
    return { asked, fetchPage: fetchPage as unknown as typeof fetch };
  }

  it("asks the server for the visitor's address, marked as the inner request, and strips the answer", async () => {
    const { asked, fetchPage } = server({ '/soeg?q=infohus': () => innerResponse(rendered) });
    const page = await scriptFreePage(
      'https://portal.example/soeg?q=infohus',
      new Headers({ 'accept-language': 'da' }),
      'da',
      origin,
      fetchPage,
    );
    expect(asked.map(({ url }) => url)).toEqual([`${origin}/soeg?q=infohus`]);
    expect(asked[0]!.headers.get(INNER_REQUEST_HEADER)).toBe('1');
    expect(page!.status).toBe(200);
    expect(await page!.text()).not.toContain('__next_f');
  });

  it('answers a page that failed with the error page in its language, keeping the status, never stored', async () => {
    const { asked, fetchPage } = server({
      '/en/soeg?q=x': () => new Response('', { status: 500, headers: { 'content-type': 'text/html' } }),
      '/en/fejl': () => innerResponse(errorPage, { headers: { 'cache-control': 's-maxage=31536000' } }),
    });
    const page = await scriptFreePage('https://portal.example/en/soeg?q=x', new Headers(), 'en', origin, fetchPage);
    expect(asked.map(({ url }) => url)).toEqual([`${origin}/en/soeg?q=x`, `${origin}/en/fejl`]);
    expect(page!.status).toBe(500);
    expect(page!.headers.get('cache-control')).toBe('no-store');
    expect(await page!.text()).toContain('<h1>Something went wrong</h1>');
  });

  it('gives up, so that the request goes through as it is, when the server cannot be reached', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { fetchPage } = server({});
    expect(await scriptFreePage('https://portal.example/kurser', new Headers(), 'da', origin, fetchPage)).toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
