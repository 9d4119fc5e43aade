import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from '@playwright/test';
import type messagesDa from '@/messages/da.json';
import { expectNoAxeViolations } from './fixtures';
import { type ConcernRouteId } from '@/lib/content';
import { politikreds } from '@/lib/concern/district-name';
import { lix } from '@/lib/readability/lix';
import { extractMainText } from '@/lib/readability/html-text';
import { content } from './site';

/** Labels and titles as the guide shows them, from the same messages and content the build used. */
export const guideText = {
  da: { continue: 'Fortsæt', back: 'Tilbage', exit: 'Forlad siden', result: 'Her kan du få hjælp' },
  en: { continue: 'Continue', back: 'Back', exit: 'Leave this page', result: 'Where you can get help' },
} as const;

export type GuideLocale = keyof typeof guideText;

/** The guide's messages (namespace Concern), read as the build read them; JSON cannot be imported here without an import attribute. */
export const guideMessages: Record<GuideLocale, (typeof messagesDa)['Concern']> = {
  da: JSON.parse(readFileSync(path.join(process.cwd(), 'messages', 'da.json'), 'utf8')).Concern,
  en: JSON.parse(readFileSync(path.join(process.cwd(), 'messages', 'en.json'), 'utf8')).Concern,
};

export function prefix(locale: GuideLocale): string {
  return locale === 'da' ? '' : '/en';
}

/** A route's title on the result page, with the police district (`Østjyllands Politi`) when the municipality is known. */
export function routeTitle(id: ConcernRouteId, locale: GuideLocale, district?: string): string {
  const route = content.concern.routes.find((candidate) => candidate.id === id)!;
  return district && route.titleWithDistrict
    ? route.titleWithDistrict[locale].replace('{district}', politikreds({ name: district }))
    : route.title[locale];
}

/** Sends a step's GET form and waits for the next address, so what follows sees the new page. */
async function submitStep(page: Page, locale: GuideLocale): Promise<void> {
  const before = page.url();
  await page.getByRole('button', { name: guideText[locale].continue }).click();
  await page.waitForURL((url) => url.href !== before);
}

export async function chooseRadio(page: Page, label: string, locale: GuideLocale = 'da'): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await submitStep(page, locale);
}

export async function chooseMunicipality(page: Page, name: string, locale: GuideLocale = 'da'): Promise<void> {
  await page.getByRole('combobox').selectOption({ label: name });
  await submitStep(page, locale);
}

/** The result page's options by their titles (without the situation each fits), in order, 112 first. */
export async function routeHeadings(page: Page): Promise<string[]> {
  return page.locator('.concern-option > h2 .concern-option-title').allTextContents();
}

/**
 * LIX of a page's <main>. A <select> is left out: a list of 98 municipality
 * names is something to pick from, not text to read.
 */
export function pageLix(html: string): number {
  const withoutLists = html.replace(/<select[\s\S]*?<\/select>/g, '');
  return lix(extractMainText(withoutLists) ?? '').lix;
}

/**
 * Axe runs as a script in the page, which the JavaScript-off project cannot
 * run; the server sends the same markup either way, so the JavaScript-on run
 * of the same test checks it.
 */
export async function expectAccessibleWhenScripted(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled) await expectNoAxeViolations(page);
}
