#!/usr/bin/env node
// The portal's origin: Next.js (production build) behind one thin layer, for every request:
// in (lib/site/server/gate.mjs) → render (Next.js) → rewrite (lib/site/server/html-responses.mjs) → out.
//
//   node server.mjs [-p PORT] [-H HOST]      (PORT and NEXT_DIST_DIR as for `next start`; all addresses by default)
//
// docs/deployment.md explains why the origin is a custom server and what each part does.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { cleanRequestHeaders, gate } from './lib/site/server/gate.mjs';
import { filteredListPath } from './lib/site/routes.mjs';
import { stripHtmlResponses, StrippedPages } from './lib/site/server/html-responses.mjs';
import { refusal, refusalPage } from './lib/site/server/refusal.mjs';
import { RenderQueue, waitsItsTurn } from './lib/site/server/render-queue.mjs';

const dir = import.meta.dirname;
const { values: options } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname ?? '0.0.0.0';
process.env.NODE_ENV = 'production';

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const messages = {
  da: JSON.parse(readFileSync(path.join(dir, 'messages/da.json'), 'utf8')).Serving,
  en: JSON.parse(readFileSync(path.join(dir, 'messages/en.json'), 'utf8')).Serving,
};
const strippedPages = new StrippedPages();
const distDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next');

/** The prerendered 500 page (app/[locale]/fejl) per language, stripped, for pages that fail. */
function errorPages() {
  const pages = {};
  for (const locale of ['da', 'en']) {
    try {
      pages[locale] = strippedPages.strip(readFileSync(path.join(distDir, 'server/app', locale, 'fejl.html')));
    } catch (error) {
      console.error(`portal: no prerendered 500 page for ${locale}; failed pages go out as Next.js renders them`, error);
    }
  }
  return pages;
}
const failedPage = errorPages();
// Next.js' own compression is off (next.config.mjs): it would compress before the HTML is rewritten.
const compress = compression();
// Pages rendered per request start a few at a time, in arrival order (render-queue.mjs says why).
const renderQueue = new RenderQueue(renderConcurrency(process.env.PORTAL_RENDER_CONCURRENCY));

function renderConcurrency(setting) {
  if (setting === undefined || setting === '') return 8;
  const limit = Number(setting);
  if (Number.isInteger(limit) && limit >= 1) return limit;
  console.error(`portal: PORTAL_RENDER_CONCURRENCY must be a whole number of 1 or more, not "${setting}"`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const verdict = gate(req.method, req.url, req.headers);
  if (!verdict.pass) {
    refusal(res, verdict, messages);
    return;
  }
  cleanRequestHeaders(req.headers, verdict.locale, req.socket.remoteAddress);
  toFilteredList(req);
  // Next.js answers /_next/data/… with a Pages Router page's props as JSON, for navigation in the
  // browser, which no page here does: to visitors it is an address like any unknown one.
  if (req.url.startsWith('/_next/data/')) req.url = notFoundPath(verdict.locale);
  const respond = () => compress(req, res, () => render(req, res, verdict.locale, true));
  if (waitsItsTurn(req.method, req.url)) renderQueue.enter(res, respond);
  else respond();
});

/** An address no route has, in the language given: Next.js answers it with app/global-not-found.tsx. */
function notFoundPath(locale) {
  return locale === 'en' ? '/en/_404' : '/_404';
}

/** A list with a query string is rendered by its per-request route; the list alone stays cached (lib/site/routes.mjs). */
function toFilteredList(req) {
  const query = req.url.indexOf('?');
  if (query === -1) return;
  const target = filteredListPath(req.url.slice(0, query), req.url.slice(query));
  if (target) req.url = target + req.url.slice(query);
}

/**
 * Next.js renders; every HTML response is rewritten on its way out. A notFound() inside a route
 * (an unknown guide step) gives an empty shell: that request is rendered once more as an address no
 * route has, which Next.js answers with app/global-not-found.tsx, in the same process and response.
 */
function render(req, res, locale, firstTime) {
  stripHtmlResponses(req, res, strippedPages, {
    errorPage: () => failedPage[locale],
    formRefusal: () => refusalPage(locale, 'form', messages),
    emptyNotFound:
      firstTime && req.method === 'GET'
        ? (restore) => {
            restore();
            // The first render's 'close' listeners stay on the response: a second render adds as
            // many again, which Node would otherwise log as a possible leak for every such request.
            res.setMaxListeners(res.getMaxListeners() * 2);
            for (const name of res.getHeaderNames()) res.removeHeader(name);
            res.statusCode = 200;
            req.url = notFoundPath(locale);
            render(req, res, locale, false);
          }
        : undefined,
  });
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) refusal(res, { answer: 500, locale }, messages);
    else res.destroy();
  });
}

// Longer than nginx keeps an idle upstream connection (60 s), so nginx closes it first, never mid-request.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;
// A malformed request line or header (or one too large) gets the parser's 400/431, never a 5xx.
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});

server.listen(port, hostname, () => console.log(`portal: serving ${process.env.NEXT_DIST_DIR || '.next'} on http://${hostname}:${port}`));

// SIGTERM: stop accepting, let every request already received finish (a slow client included),
// then exit 128 + signal, as `next start` does. A request that never ends is cut after 25 s,
// inside systemd's TimeoutStopSec of 30 s.
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
]) {
  process.once(signal, () => {
    server.close(() => app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(code), 25_000).unref();
  });
}
