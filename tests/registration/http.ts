import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Talking to a started server as a browser without JavaScript does: GET the form, fill its fields
 * (the hidden ones Next.js writes for the server action included), POST it as multipart.
 */

export interface FormPage {
  status: number;
  html: HTMLElement;
  /** Every field of the page's POST form, hidden ones included, as the browser would send them. */
  fields: [string, string][];
  /** Where the form posts (the page's own address for a server action). */
  action: string;
}

export function postForm(html: HTMLElement): HTMLElement | undefined {
  return html.querySelectorAll('form').find((form) => form.getAttribute('method')?.toUpperCase() === 'POST');
}

export function formFields(form: HTMLElement): [string, string][] {
  const fields: [string, string][] = [];
  for (const input of form.querySelectorAll('input, textarea, select')) {
    const name = input.getAttribute('name');
    if (!name) continue;
    const type = input.getAttribute('type');
    if ((type === 'radio' || type === 'checkbox') && !input.hasAttribute('checked')) continue;
    if (input.tagName === 'SELECT') {
      const selected = input.querySelectorAll('option').find((option) => option.hasAttribute('selected'));
      fields.push([name, selected?.getAttribute('value') ?? '']);
    } else if (input.tagName === 'TEXTAREA') fields.push([name, input.textContent]);
    else fields.push([name, input.getAttribute('value') ?? '']);
  }
  return fields;
}

export async function getPage(origin: string, path: string): Promise<FormPage> {
  const response = await fetch(origin + path, { redirect: 'manual' });
  const html = parse(await response.text());
  const form = postForm(html);
  return {
    status: response.status,
    html,
    fields: form ? formFields(form) : [],
    action: form ? new URL(form.getAttribute('action') || path, origin + path).pathname : path,
  };
}

/** The page's fields with some values replaced or added (each name once unless `extra` repeats it). */
export function fill(fields: readonly [string, string][], values: Record<string, string>, extra: [string, string][] = []): FormData {
  const form = new FormData();
  const seen = new Set<string>();
  for (const [name, value] of fields) {
    if (name in values) {
      if (!seen.has(name)) form.append(name, values[name]!);
      seen.add(name);
    } else form.append(name, value);
  }
  for (const [name, value] of Object.entries(values)) if (!seen.has(name)) form.append(name, value);
  for (const [name, value] of extra) form.append(name, value);
  return form;
}

export interface Posted {
  status: number;
  location: string | null;
  text: string;
  html: HTMLElement;
}

/** A browser's POST from the site's own page: Origin and Sec-Fetch-Site say so unless `headers` overrides them. */
export async function post(origin: string, path: string, body: FormData | string, headers: Record<string, string> = {}): Promise<Posted> {
  const response = await fetch(origin + path, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin, 'sec-fetch-site': 'same-origin', ...headers },
  });
  const text = await response.text();
  return { status: response.status, location: response.headers.get('location'), text, html: parse(text) };
}
