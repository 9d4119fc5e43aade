import { type AppLocale } from '@/lib/i18n/routing';
import da from '@/messages/da.json';
import en from '@/messages/en.json';

/**
 * The largest form body accepted. Every field of the registration form at twice its length, in
 * four-byte characters, with the multipart framing, stays under half of this; a bigger body is a
 * script or a paste gone wrong, refused before anything reads it. next.config.mjs sets Next.js'
 * own limit for server actions above this, as a second fence.
 */
export const FORM_BODY_LIMIT = 32 * 1024;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]!);

type PageReason = 'too-large' | 'cross-site' | 'malformed' | 'unavailable';

/**
 * A small page of its own for a form POST refused before Next.js sees it: the words of the
 * refusal, in the address's language, a link on, and no scripts.
 */
export function refusalPage(status: number, locale: AppLocale, reason: PageReason): Response {
  const text = { da, en }[locale].Registration;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(text.refused.title)}</title></head><body><main><h1>${escapeHtml(text.refused.title)}</h1><p>${escapeHtml(text.refused[reason])}</p><p><a href="${locale === 'da' ? '/kurser' : '/en/kurser'}">${escapeHtml(text.backToCourses)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * The answer to a form POST that is too large (413) or does not say its size (411; every browser
 * does for a form), in the address's language; undefined when the body may be read.
 */
export function bodyLimitResponse(method: string, headers: Headers, locale: AppLocale): Response | undefined {
  if (method !== 'POST') return undefined;
  const length = headers.get('content-length');
  if (length === null || !/^\d+$/.test(length)) return refusalPage(411, locale, 'too-large');
  return Number(length) > FORM_BODY_LIMIT ? refusalPage(413, locale, 'too-large') : undefined;
}
