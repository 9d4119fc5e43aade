import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  chooseMunicipality,
  chooseRadio,
  expectAccessibleWhenScripted,
  guideText,
  type GuideLocale,
  pageLix,
  prefix,
  routeHeadings,
  routeTitle,
} from './support/concern';

/** One walk per kind of result; each step is [kind, label]. */
const walks: { name: string; locale: GuideLocale; steps: ['radio' | 'municipality', string][]; expected: string[] }[] = [
  {
    name: 'a teacher worried about a pupil under 18 in Aarhus',
    locale: 'da',
    steps: [
      ['radio', 'Nej'],
      ['radio', 'En person, jeg kender'],
      ['radio', 'Ansat på en skole eller en uddannelse'],
      ['radio', 'Ja'],
      ['municipality', 'Aarhus'],
    ],
    expected: [
      routeTitle('hotline', 'da'),
      routeTitle('duty-to-notify', 'da'),
      routeTitle('infohus', 'da', 'Østjyllands Politi'),
      routeTitle('police-report', 'da'),
    ],
  },
  {
    name: 'someone in danger right now',
    locale: 'da',
    steps: [['radio', 'Ja']],
    expected: [routeTitle('emergency', 'da'), routeTitle('hotline', 'da'), routeTitle('infohus', 'da')],
  },
  {
    name: 'a parent who does not know the municipality',
    locale: 'da',
    steps: [
      ['radio', 'Nej'],
      ['radio', 'En person, jeg kender'],
      ['radio', 'Familie eller ven'],
      ['radio', 'Nej'],
      ['municipality', 'Det ved jeg ikke'],
    ],
    expected: [routeTitle('hotline', 'da'), routeTitle('infohus', 'da'), routeTitle('police-report', 'da')],
  },
  {
    name: 'extremist content online',
    locale: 'da',
    steps: [
      ['radio', 'Nej'],
      ['radio', 'Noget, jeg har set på nettet'],
    ],
    expected: [routeTitle('hotline', 'da'), routeTitle('platform', 'da'), routeTitle('police-report', 'da')],
  },
  {
    name: 'someone worried about themselves, in English',
    locale: 'en',
    steps: [
      ['radio', 'No'],
      ['radio', 'Myself'],
      ['municipality', 'Bornholm'],
    ],
    expected: [routeTitle('hotline', 'en'), routeTitle('self-help', 'en', 'Bornholms Politi')],
  },
];

async function walk(page: Page, locale: GuideLocale, steps: [string, string][]): Promise<void> {
  await page.goto(`${prefix(locale)}/bekymring`);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  for (const [kind, label] of steps) {
    if (kind === 'municipality') await chooseMunicipality(page, label, locale);
    else await chooseRadio(page, label, locale);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideText[locale].result);
}

test.describe('the concern guide', () => {
  for (const { name, locale, steps, expected } of walks) {
    test(`offers ${name} the right places @nojs`, async ({ page }) => {
      await walk(page, locale, steps);
      expect(await routeHeadings(page)).toEqual(expected);
    });
  }

  test('tells about 112 before any question @nojs', async ({ page }) => {
    await page.goto('/bekymring');
    const notice = page.getByRole('note').filter({ hasText: 'Er nogen i fare lige nu?' });
    await expect(notice.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    const noticeTop = (await notice.boundingBox())!.y;
    const startTop = (await page.getByRole('link', { name: 'Start', exact: true }).boundingBox())!.y;
    expect(noticeTop).toBeLessThan(startTop);
  });

  test('shows the hotline with number, hours and that calls may be anonymous @nojs', async ({ page }) => {
    await walk(page, 'da', [
      ['radio', 'Nej'],
      ['radio', 'Had, trusler eller chikane'],
    ]);
    const hotline = page.getByRole('region', { name: routeTitle('hotline', 'da') });
    await expect(hotline.getByRole('link', { name: '41 74 90 90', exact: true })).toHaveAttribute('href', 'tel:41749090');
    await expect(hotline).toContainText('Alle dage kl. 8-22');
    await expect(hotline).toContainText('anonymt');
    await expect(page.getByRole('heading', { name: 'En bekymring er ikke en anklage' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vi har ikke gemt dine svar' })).toBeVisible();
  });

  test('keeps the earlier answer when going back, and the answers out of the address @nojs', async ({ page }) => {
    await page.goto('/bekymring/fare');
    await chooseRadio(page, 'Nej');
    await chooseRadio(page, 'En person, jeg kender');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvem er du?');
    expect(page.url()).not.toMatch(/person|nej|fare=|emne=/i);
    await page.getByRole('link', { name: 'Tilbage' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvad handler din bekymring om?');
    await expect(page.getByRole('radio', { name: 'En person, jeg kender' })).toBeChecked();
    await page.getByRole('link', { name: 'Tilbage' }).click();
    await expect(page.getByRole('radio', { name: 'Nej' })).toBeChecked();
    await page.getByRole('link', { name: 'Tilbage' }).click();
    await expect(page).toHaveURL('/bekymring');
  });

  test('keeps the answers when the language is changed in the middle @nojs', async ({ page }) => {
    await page.goto('/bekymring/fare');
    await chooseRadio(page, 'Nej');
    await chooseRadio(page, 'En person, jeg kender');
    const danish = new URL(page.url());
    await page.getByRole('link', { name: 'English' }).click();
    // Without the answers, the English step would send the visitor back to the first question.
    await expect(page).toHaveURL(new RegExp(`^[^?]*/en${danish.pathname}\\?s=`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Someone I know' })).toBeChecked();
    await page.getByRole('link', { name: 'Dansk' }).click();
    await expect(page.getByRole('radio', { name: 'En person, jeg kender' })).toBeChecked();
  });

  test('asks again, with an error linked to the field, when no answer is chosen @nojs @js', async ({ page, javaScriptEnabled }) => {
    await page.goto('/bekymring/fare');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page).toHaveTitle(/^Fejl: Er nogen i fare lige nu\?/);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'Der er et problem' })).toBeVisible();
    await summary.getByRole('link', { name: 'Vælg ja eller nej' }).click();
    await expect(page.getByRole('radio', { name: 'Ja' })).toBeFocused();
    await expectAccessibleWhenScripted(page, javaScriptEnabled);
  });

  test('offers to start over when the answers cannot be read @nojs', async ({ page }) => {
    await page.goto('/bekymring/resultat?s=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine svar er væk');
    await page.getByRole('link', { name: 'Start forfra' }).click();
    await expect(page).toHaveURL('/bekymring/fare');
  });

  test('sends a question opened out of turn to the first question @nojs', async ({ page }) => {
    await page.goto('/bekymring/alder');
    await expect(page).toHaveURL('/bekymring/fare');
  });

  test('can be walked by keyboard alone', async ({ page }) => {
    await page.goto('/bekymring');
    const tabUntil = async (test: () => Promise<boolean>) => {
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press('Tab');
        if (await test()) return;
      }
      throw new Error('never reached by Tab');
    };
    const focusedIs = (role: string, name?: string) => async () =>
      page.evaluate(
        ([role, name]) => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return false;
          const tag = el.tagName.toLowerCase();
          const isRole = role === 'radio' ? (el as HTMLInputElement).type === 'radio' : role === 'select' ? tag === 'select' : tag === role;
          return isRole && (!name || el.textContent?.trim() === name);
        },
        [role, name ?? ''] as const,
      );

    await tabUntil(focusedIs('a', 'Start'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Er nogen i fare lige nu?');
    // Danger: the first radio is "Ja"; the arrow moves to "Nej" and chooses it.
    await tabUntil(focusedIs('radio'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Nej' })).toBeChecked();
    await tabUntil(focusedIs('button', 'Fortsæt'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvad handler din bekymring om?');
    // Topic: down three times to "Mig selv".
    await tabUntil(focusedIs('radio'));
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Mig selv' })).toBeChecked();
    await tabUntil(focusedIs('button', 'Fortsæt'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvilken kommune bor du i?');
    await tabUntil(focusedIs('select'));
    await page.keyboard.type('Odense');
    await tabUntil(focusedIs('button', 'Fortsæt'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Her kan du få hjælp');
    expect(await routeHeadings(page)).toEqual([routeTitle('hotline', 'da'), routeTitle('self-help', 'da', 'Fyns Politi')]);
  });

  test('prints the help and nothing else', async ({ page }) => {
    await walk(page, 'da', [['radio', 'Ja']]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.concern-routes')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Forlad siden' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Tilbage' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Start forfra' })).toBeHidden();
  });
});

test.describe('accessibility of every step', () => {
  for (const locale of ['da', 'en'] as const) {
    test(`axe finds nothing on the start page, each question and the result (${locale})`, async ({ page }) => {
      // Axe on six pages in a row: on a loaded machine this takes longer than one page's time.
      test.slow();
      const labels =
        locale === 'da'
          ? { no: 'Nej', person: 'En person, jeg kender', role: 'Ansat på det sociale område', yes: 'Ja', unknown: 'Det ved jeg ikke' }
          : { no: 'No', person: 'Someone I know', role: 'Staff in social services', yes: 'Yes', unknown: 'I do not know' };
      await page.goto(`${prefix(locale)}/bekymring`);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Start', exact: true }).click();
      for (const label of [labels.no, labels.person, labels.role, labels.yes]) {
        await expectNoAxeViolations(page);
        await chooseRadio(page, label, locale);
      }
      await expectNoAxeViolations(page);
      await chooseMunicipality(page, 'Gladsaxe', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideText[locale].result);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: guideText[locale].back }).click();
      await page.getByRole('button', { name: guideText[locale].continue }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideText[locale].result);
    });

    test(`axe finds nothing on the error and expired pages, and the 112 result (${locale})`, async ({ page }) => {
      await page.goto(`${prefix(locale)}/bekymring/fare?fortsaet=`);
      await expectNoAxeViolations(page);
      await page.goto(`${prefix(locale)}/bekymring/emne?s=broken-token-broken-token-broken-token-broken`);
      await expectNoAxeViolations(page);
      await page.goto(`${prefix(locale)}/bekymring/fare`);
      await chooseRadio(page, locale === 'da' ? 'Ja' : 'Yes', locale);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('readability of every step', () => {
  // What is measured is the HTML the server sends; no script needs to run.
  test.use({ javaScriptEnabled: false });

  test('every Danish page of the guide has LIX 35 or less', async ({ page }) => {
    // Some twenty pages walked in a row.
    test.slow();
    const scores: Record<string, number> = {};
    // The page as the server sends it, which is what a visitor without JavaScript reads.
    const measure = async (name: string) => {
      scores[name] = pageLix(await (await page.request.get(page.url())).text());
    };
    await page.goto('/bekymring');
    await measure('start');
    await page.goto('/bekymring/fare?fortsaet=');
    await measure('danger with error');
    await page.goto('/bekymring/emne?s=expired-expired-expired-expired-expired-expired');
    await measure('expired');
    await page.goto('/bekymring/fare');
    await measure('danger');
    await chooseRadio(page, 'Nej');
    await measure('topic');
    await chooseRadio(page, 'En person, jeg kender');
    await measure('role');
    await chooseRadio(page, 'Ansat på en skole eller en uddannelse');
    await measure('age');
    await chooseRadio(page, 'Det ved jeg ikke');
    await measure('municipality');
    await chooseMunicipality(page, 'Køge');
    await measure('result: teacher');
    for (const [name, labels] of [
      ['result: danger', ['Ja']],
      ['result: online', ['Nej', 'Noget, jeg har set på nettet']],
      ['result: hate', ['Nej', 'Had, trusler eller chikane']],
    ] as const) {
      await page.goto('/bekymring/fare');
      for (const label of labels) await chooseRadio(page, label);
      await measure(name);
    }
    await page.goto('/bekymring/fare');
    for (const label of ['Nej', 'En person, jeg kender', 'Familie eller ven', 'Nej']) await chooseRadio(page, label);
    await chooseMunicipality(page, 'Det ved jeg ikke');
    await measure('result: relative');
    await page.goto('/bekymring/fare');
    for (const label of ['Nej', 'Mig selv']) await chooseRadio(page, label);
    await chooseMunicipality(page, 'Aabenraa');
    await measure('result: self');
    for (const query of ['', 'Lyngby', 'Frederiks', 'Nuuk']) {
      await page.goto(`/bekymring/find-infohus${query ? `?kommune=${query}` : ''}`);
      await measure(`lookup ${query || '(empty)'}`);
    }
    test.info().annotations.push({ type: 'LIX', description: JSON.stringify(scores) });
    console.log('LIX of the guide pages:', JSON.stringify(scores, null, 1));
    const over = Object.entries(scores).filter(([, score]) => score > 35);
    expect(over).toEqual([]);
  });
});
