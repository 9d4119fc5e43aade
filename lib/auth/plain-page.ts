const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export interface PlainPage {
  status: number;
  title: string;
  text: string;
  /** The way on: a sign-out form with the session's token, or a link. */
  next: { kind: 'sign-out'; csrf: string; label: string } | { kind: 'link'; href: string; label: string };
}

/**
 * A small page of its own for an answer the back office gives before, or instead of, a route's
 * result: a refusal from the guard, an action on something that does not exist.
 */
export function plainPage({ status, title, text, next }: PlainPage): Response {
  const way =
    next.kind === 'sign-out'
      ? `<form method="post" action="/admin/logout"><input type="hidden" name="csrf" value="${escape(next.csrf)}"><button type="submit">${escape(next.label)}</button></form>`
      : `<p><a href="${escape(next.href)}">${escape(next.label)}</a></p>`;
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(text)}</p>${way}</main></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
