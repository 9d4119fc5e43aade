import { type HTMLElement, parse } from 'node-html-parser';

/** The portal under test, started by global-setup.ts (or named by PORTAL_TEST_URL). */
export function origin(): string {
  const url = process.env.PORTAL_TEST_URL;
  if (!url) throw new Error('PORTAL_TEST_URL is not set: run these tests with vitest.request.config.ts');
  return url;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
  /** The body parsed as HTML. */
  html: HTMLElement;
}

/** One request as a browser would send it, redirects not followed (a test says where they go). */
export async function request(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(origin() + path, { redirect: 'manual', ...init });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, html: parse(body) };
}

/** Follows same-site redirects, as a browser does, and says where it ended. */
export async function follow(path: string, limit = 5): Promise<Answer & { path: string }> {
  let current = path;
  for (let hop = 0; hop <= limit; hop += 1) {
    const answer = await request(current);
    const location = answer.headers.get('location');
    if (answer.status < 300 || answer.status >= 400 || !location) return { ...answer, path: current };
    const next = new URL(location, origin() + current);
    current = next.pathname + next.search;
  }
  throw new Error(`more than ${limit} redirects from ${path}`);
}

/** The visible text of an element with runs of white space as one space, as a reader gets it. */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const clone = parse(element.toString());
  for (const hidden of clone.querySelectorAll('script, style, template, [hidden]')) hidden.remove();
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

/** Runs `check` over `items`, `width` at a time: enough to keep a small server busy, not to swamp it. */
export async function inBatches<T>(items: readonly T[], width: number, check: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += width) {
    await Promise.all(items.slice(start, start + width).map(check));
  }
}
