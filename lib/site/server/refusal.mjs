// Plain ESM, used by server.mjs for the requests it answers itself (lib/site/server/gate.mjs).
import { securityHeaders } from '../security-headers.mjs';

const escape = (text) => text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

/**
 * A short, plain page for a request the server refuses before rendering (400, 405, 411, 413, and
 * 500 should Next.js throw before it answers), in the language of the address, with a link home.
 * OPTIONS gets 204 and `Allow`. The texts are the "Serving" block of messages/*.json.
 */
export function refusal(res, verdict, messages) {
  const locale = verdict.locale ?? 'da';
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  if (verdict.allow) res.setHeader('Allow', verdict.allow.join(', '));
  res.setHeader('Cache-Control', 'no-store');
  res.statusCode = verdict.answer;
  if (verdict.answer === 204) {
    res.end();
    return;
  }
  // A body sent anyway is left to Node, which reads and drops it after the answer: closing the
  // connection now would cut off a browser still sending its form, so it would never see this page.
  const page = refusalPage(locale, String(verdict.answer), messages);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(page));
  res.end(page);
}

/** The page itself: `key` names its text in the "Serving" block (a status, or `form`). */
export function refusalPage(locale, key, messages) {
  const text = messages[locale][key] ?? messages[locale]['400'];
  const home = locale === 'en' ? '/en' : '/';
  return [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escape(text.title)}</title><meta name="robots" content="noindex"></head>`,
    `<body><main><h1>${escape(text.title)}</h1><p>${escape(text.body)}</p>`,
    `<p><a href="${home}">${escape(messages[locale].home)}</a></p></main></body></html>`,
  ].join('');
}
