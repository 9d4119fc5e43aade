import { describe, expect, it } from 'vitest';
import { FORM_BODY_LIMIT, LOCALE_HEADER } from '../routes.mjs';
import { cleanRequestHeaders, gate } from './gate.mjs';

const FORM = '/kurser/samtaletraening/tilmeld/2027-foraar-1';
// A form posted from the site itself (what a browser sends under no-referrer).
const OWN = { origin: 'null', 'sec-fetch-site': 'same-origin' };

describe('gate', () => {
  it('passes GET and HEAD to every page, with the language of the address', () => {
    expect(gate('GET', '/indsatser/infohuse', {})).toEqual({ pass: true, locale: 'da' });
    expect(gate('HEAD', '/en/soeg?q=x', {})).toEqual({ pass: true, locale: 'en' });
    expect(gate('GET', '/en', {})).toEqual({ pass: true, locale: 'en' });
    expect(gate('GET', '/engelsk', {})).toEqual({ pass: true, locale: 'da' });
  });

  it('answers OPTIONS itself, with the methods the address takes', () => {
    expect(gate('OPTIONS', '/soeg', {})).toMatchObject({ answer: 204, allow: ['GET', 'HEAD', 'OPTIONS'] });
    expect(gate('OPTIONS', FORM, {})).toMatchObject({ answer: 204, allow: ['GET', 'HEAD', 'OPTIONS', 'POST'] });
    expect(gate('OPTIONS', '*', {})).toMatchObject({ answer: 204, allow: ['GET', 'HEAD', 'OPTIONS'] });
  });

  it('refuses every other method with 405 and Allow, POST included except on form routes', () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'PROPFIND', 'POST']) {
      expect(gate(method, '/soeg', {}), method).toMatchObject({ answer: 405, allow: ['GET', 'HEAD', 'OPTIONS'] });
    }
    expect(gate('POST', '/', { 'content-length': '3' })).toMatchObject({ answer: 405 });
    expect(gate('PUT', FORM, { 'content-length': '3' })).toMatchObject({ answer: 405, allow: ['GET', 'HEAD', 'OPTIONS', 'POST'] });
  });

  it('lets POST through to the form routes only, in both languages', () => {
    for (const path of [
      FORM,
      `/en${FORM}`,
      '/kurser/tilmelding/bekraeft/abc',
      '/kurser/tilmelding/afmeld/abc',
      '/en/kurser/tilmelding/tilbud/abc',
    ]) {
      expect(gate('POST', path, { 'content-length': '120', ...OWN }), path).toEqual({
        pass: true,
        locale: path.startsWith('/en') ? 'en' : 'da',
      });
    }
    expect(gate('POST', '/kurser/tilmelding/andet/abc', { 'content-length': '1' })).toMatchObject({ answer: 405 });
    expect(gate('POST', '/kurser/samtaletraening', { 'content-length': '1' })).toMatchObject({ answer: 405 });
  });

  it('refuses a form body without a length (411), too large (413) or with a bad length (400)', () => {
    expect(gate('POST', FORM, { 'transfer-encoding': 'chunked' })).toMatchObject({ answer: 411 });
    expect(gate('POST', FORM, { 'content-length': String(FORM_BODY_LIMIT + 1) })).toMatchObject({ answer: 413 });
    expect(gate('POST', FORM, { 'content-length': String(FORM_BODY_LIMIT), ...OWN })).toMatchObject({ pass: true });
    expect(gate('POST', FORM, { 'content-length': '-1' })).toMatchObject({ answer: 400 });
    expect(gate('POST', FORM, { 'content-length': '1e9' })).toMatchObject({ answer: 400 });
  });

  it('refuses a form posted from another site, or with no sign of where it came from (403)', () => {
    const post = (headers: Record<string, string>) => gate('POST', FORM, { 'content-length': '10', host: 'portal.test', ...headers });
    expect(post({ origin: 'https://portal.test' })).toMatchObject({ pass: true });
    expect(post({ origin: 'https://evil.example' })).toMatchObject({ answer: 403 });
    expect(post({ origin: 'not a url' })).toMatchObject({ answer: 403 });
    // Under Referrer-Policy: no-referrer browsers send Origin: null; Sec-Fetch-Site decides.
    expect(post({ origin: 'null', 'sec-fetch-site': 'same-origin' })).toMatchObject({ pass: true });
    expect(post({ origin: 'null', 'sec-fetch-site': 'cross-site' })).toMatchObject({ answer: 403 });
    expect(post({})).toMatchObject({ answer: 403 });
    expect(post({ origin: 'https://portal.test', 'x-forwarded-host': 'other.test' })).toMatchObject({ answer: 403 });
  });

  it('gives a form sent with Origin: null the address the visitor used, so Next.js accepts it', () => {
    const headers = cleanRequestHeaders(
      { origin: 'null', 'sec-fetch-site': 'same-origin', host: 'portal.test', 'x-forwarded-proto': 'https' },
      'da',
      '10.0.0.1',
    );
    expect(headers).toMatchObject({ origin: 'https://portal.test', 'x-portal-client-address': '10.0.0.1' });
    expect(cleanRequestHeaders({ 'x-portal-client-address': 'forged' }, 'da')).not.toHaveProperty('x-portal-client-address');
  });

  it('answers 400 to a path that does not decode or is not a path', () => {
    for (const target of ['/%', '/soeg%zz', '/%E6', '/en/%C3%28', 'http://example.org/', '//example.org/x', 'x']) {
      expect(gate('GET', target, {}), target).toMatchObject({ answer: 400 });
    }
    expect(gate('GET', '/s%C3%B8g?q=%', {})).toMatchObject({ pass: true });
  });
});

describe('cleanRequestHeaders', () => {
  it("drops Next.js' internal headers and the old inner request's, and sets the language", () => {
    const headers = cleanRequestHeaders(
      { 'x-middleware-subrequest': 'middleware', 'x-portal-inner': '1', [LOCALE_HEADER]: 'en', accept: 'text/html' },
      'da',
    );
    expect(headers).toEqual({ accept: 'text/html', [LOCALE_HEADER]: 'da' });
  });
});
