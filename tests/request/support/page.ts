import { type HTMLElement } from 'node-html-parser';
import { request, textOf } from './http';

/**
 * Finding things in server HTML by what a reader perceives (label, legend, heading, link text),
 * not by class names, so that these tests hold the markup to the same standard a screen reader
 * does. Each finder fails loudly when there is not exactly what the test asked for.
 */

type Name = string | RegExp;

function matches(text: string, name: Name): boolean {
  return typeof name === 'string' ? text === name : name.test(text);
}

function one(found: HTMLElement[], what: string): HTMLElement {
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0]!;
}

/** The fieldset whose legend reads `name` (a "group" to assistive technology). */
export function group(root: HTMLElement, name: Name): HTMLElement {
  return one(
    root.querySelectorAll('fieldset').filter((set) => matches(textOf(set.querySelector('legend')), name)),
    `group ${name}`,
  );
}

/** The text of a form control's label: a <label for=id>, or the label around it. */
export function labelOf(root: HTMLElement, control: HTMLElement): string {
  const id = control.getAttribute('id');
  const byFor = id ? root.querySelectorAll('label').find((label) => label.getAttribute('for') === id) : undefined;
  let around: HTMLElement | null = control.parentNode;
  while (around && around.tagName !== 'LABEL') around = around.parentNode;
  return textOf(byFor ?? around);
}

/** The input of `type` whose label reads `name`. */
export function control(root: HTMLElement, type: string, name: Name): HTMLElement {
  return one(
    root.querySelectorAll(`input[type="${type}"]`).filter((input) => matches(labelOf(root, input), name)),
    `${type} ${name}`,
  );
}

/** A landmark or section named by aria-labelledby or aria-label (a "region" to assistive technology). */
export function region(root: HTMLElement, name: Name): HTMLElement {
  const document = root;
  const named = (element: HTMLElement) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const ids = element.getAttribute('aria-labelledby');
    return ids
      ? ids
          .split(/\s+/)
          .map((id) => textOf(document.querySelector(`#${id}`)))
          .join(' ')
      : '';
  };
  return one(
    root.querySelectorAll('[aria-labelledby], [aria-label]').filter((element) => matches(named(element), name)),
    `region ${name}`,
  );
}

/** The texts of the headings of `level`, in order. */
export function headings(root: HTMLElement, level: number): string[] {
  return root.querySelectorAll(`h${level}`).map((heading) => textOf(heading));
}

/** The links whose text reads `name`. */
export function links(root: HTMLElement, name: Name): HTMLElement[] {
  return root.querySelectorAll('a[href]').filter((link) => matches(textOf(link), name));
}

/** The one link whose text reads `name`, as a path with query to request next. */
export function linkTarget(root: HTMLElement, name: Name): string {
  return one(links(root, name), `link ${name}`).getAttribute('href')!;
}

/**
 * Where a GET form leads when sent as a browser sends it: its action with the successful
 * controls as the query. `check` ticks checkboxes and radios by their value first, as a visitor would.
 */
export function submitGetForm(form: HTMLElement, check: HTMLElement[] = []): string {
  const query = new URLSearchParams();
  for (const field of form.querySelectorAll('input, select, textarea')) {
    const name = field.getAttribute('name');
    if (!name || field.hasAttribute('disabled')) continue;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (field.tagName === 'SELECT') {
      const chosen = field.querySelector('option[selected]') ?? field.querySelector('option');
      if (chosen) query.append(name, chosen.getAttribute('value') ?? textOf(chosen));
    } else if (type === 'checkbox' || type === 'radio') {
      if (field.hasAttribute('checked') || check.includes(field)) query.append(name, field.getAttribute('value') ?? 'on');
    } else if (type !== 'submit' && type !== 'button' && type !== 'reset' && type !== 'image') {
      query.append(name, field.tagName === 'TEXTAREA' ? field.textContent : (field.getAttribute('value') ?? ''));
    }
  }
  const action = form.getAttribute('action') ?? '';
  const text = query.toString();
  return text ? `${action}?${text}` : action;
}

/** The form that holds `element`. */
export function formOf(element: HTMLElement): HTMLElement {
  let current: HTMLElement | null = element;
  while (current && current.tagName !== 'FORM') current = current.parentNode;
  if (!current) throw new Error('the element is in no form');
  return current;
}

/** The address a filter form at `url` leads to with the named boxes ticked, as [legend, label] pairs. */
export async function choose(url: string, boxes: [group: string, box: string][]): Promise<string> {
  const { html } = await request(url);
  const ticked = boxes.map(([legend, label]) => control(group(html, legend), 'checkbox', label));
  return submitGetForm(formOf(ticked[0]!), ticked);
}

/** The reader's text of the page's <main>. */
export async function mainText(url: string): Promise<string> {
  return textOf((await request(url)).html.querySelector('main'));
}
