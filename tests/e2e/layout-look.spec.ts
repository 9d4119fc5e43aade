import AxeBuilder from '@axe-core/playwright';
import da from '@/messages/da.json' with { type: 'json' };
import en from '@/messages/en.json' with { type: 'json' };
import { GOOD_TO_KNOW } from '@/components/front/FrontPage';
import { hotlineSummary } from '@/lib/navigation/frame';
import { localizedPath } from '@/lib/i18n/paths';
import { expect, test } from './support/fixtures';
import { content } from './support/site';

// The look of issue 18: header, footer, grid, folded filters, and the keyboard findings of the
// accessibility sweep. Pixel comparisons are in screenshots.spec.ts.
const messages = { da, en };
const locales = ['da', 'en'] as const;

test.describe('header and footer', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of locales) {
    test(`on a phone the header takes at most a quarter of the screen and names the authority (${locale}) @nojs`, async ({ page }) => {
      await page.goto(localizedPath(locale, '/indsatser/infohuse'));
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: messages[locale].Layout.siteName })).toBeVisible();
      await expect(header.getByText(messages[locale].Frame.authority)).toBeVisible();
      const box = await header.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844 / 4);
      // The first heading of the content is on the first screen, with room to spare.
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(heading!.y + heading!.height).toBeLessThan(844 / 2);
    });

    test(`the footer names the organisation, its authority, the hotline and the statutory links (${locale}) @nojs`, async ({ page }) => {
      const hotline = hotlineSummary(content.contacts, locale)!;
      await page.goto(localizedPath(locale, '/'));
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('heading', { name: messages[locale].Layout.siteName })).toBeVisible();
      await expect(footer.getByText(messages[locale].Frame.footerAuthority)).toBeVisible();
      await expect(footer.getByRole('link', { name: hotline.phone })).toHaveAttribute('href', `tel:${hotline.phone.replace(/ /g, '')}`);
      await expect(footer.getByText(hotline.hours!)).toBeVisible();
      for (const key of ['accessibility', 'privacy', 'contact'] as const) {
        await expect(footer.getByRole('link', { name: messages[locale].Layout.footer[key] })).toBeVisible();
      }
    });
  }
});

test.describe('the main menu', () => {
  test('on a wide screen the menu shows without opening anything, and is not inside a <details> @nojs', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await expect(menu.getByRole('link').first()).toBeVisible();
    // Showing content of a closed <details> needs ::details-content, which not every browser has.
    expect(await menu.evaluate((nav) => nav.closest('details') === null)).toBe(true);
    await expect(page.locator('details.main-menu')).not.toHaveAttribute('open');
    await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
  });

  test('the phone menu button has the focus ring every other control has', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const outline = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
      });
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the wordmark
    await expect(page.getByRole('banner').getByRole('link', { name: da.Layout.siteName })).toBeFocused();
    const linkRing = await outline();
    await page.keyboard.press('Tab');
    await expect(page.locator('.main-menu-toggle')).toBeFocused();
    expect(await outline()).toBe(linkRing);
    expect(linkRing).toMatch(/^solid 3px/);
  });
});

test.describe('the front page', () => {
  for (const locale of locales) {
    test(`its heading is its own, it shows the hotline and links to what is good to know (${locale}) @nojs`, async ({ page }) => {
      const hotline = hotlineSummary(content.contacts, locale)!;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(localizedPath(locale, '/'));
      const main = page.getByRole('main');
      const h1 = main.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(messages[locale].Frame.front.heading);
      await expect(h1).not.toHaveText(messages[locale].Layout.siteName);
      const card = main.getByRole('region', { name: messages[locale].Frame.front.hotlineHeading });
      await expect(card.getByRole('link', { name: hotline.phone })).toBeVisible();
      await expect(card.getByText(hotline.hours!)).toBeVisible();
      // Beside the introduction, not under it: the right half of the screen is used.
      expect((await card.boundingBox())!.x).toBeGreaterThan(640);
      for (const link of GOOD_TO_KNOW) {
        await expect(main.getByRole('link', { name: messages[locale].Frame.front.goodToKnow[link.key].title })).toHaveAttribute(
          'href',
          localizedPath(locale, link.path),
        );
      }
    });
  }
});

test.describe('the grid on wide screens', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a page of a section has its side menu beside the text and related pages in a right column @nojs', async ({ page }) => {
    await page.goto('/indsatser/infohuse');
    const side = (await page.getByRole('navigation', { name: 'Menu for afsnittet' }).boundingBox())!;
    const text = (await page.locator('main .page-text').boundingBox())!;
    const related = (await page.getByRole('navigation', { name: 'Relaterede sider' }).boundingBox())!;
    expect(side.x + side.width).toBeLessThan(text.x);
    expect(text.x + text.width).toBeLessThan(related.x);
    // Side by side: the related pages start level with the text, not below it.
    expect(related.y).toBeLessThan(text.y + text.height);
  });

  test('the same page is one column on a phone, the text first after the side menu @nojs', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/indsatser/infohuse');
    const text = (await page.locator('main .page-text').boundingBox())!;
    const related = (await page.getByRole('navigation', { name: 'Relaterede sider' }).boundingBox())!;
    expect(related.y).toBeGreaterThan(text.y + text.height);
  });
});

test.describe('folded filters on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [path, resultHeading] of [
    ['/kurser', 3],
    ['/viden', 3],
  ] as const) {
    test(`${path}: the filters are folded, say how many are chosen, and the first result is on the first screen @nojs`, async ({
      page,
    }) => {
      await page.goto(path);
      const toggle = page.locator('.filter-toggle > summary');
      await expect(toggle).toHaveText(/\(ingen valgt\)/);
      await expect(page.locator('.filter-form')).toBeHidden();
      const first = page.getByRole('main').getByRole('heading', { level: resultHeading }).first();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      await toggle.click();
      await expect(page.locator('.filter-form')).toBeVisible();
      const checkbox = page.locator('.filter-form input[type="checkbox"]').first();
      await checkbox.check();
      await page.locator('.filter-form button[type="submit"]').click();
      await expect(page.locator('.filter-toggle > summary')).toHaveText(/\(1 valgt\)/);
    });
  }

  test('on a wide screen the filters are open @nojs', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/kurser');
    await expect(page.locator('.filter-toggle')).toBeHidden();
    await expect(page.locator('.filter-form input[type="checkbox"]').first()).toBeVisible();
  });
});

test.describe('details that looked broken', () => {
  test('the "anyone in danger" box has its warning icon, and primary buttons are the primary colour', async ({ page }) => {
    await page.goto('/bekymring');
    const icon = await page
      .locator('.concern-danger')
      .evaluate((box) => getComputedStyle(box, '::before').backgroundImage + ' ' + getComputedStyle(box, '::before').width);
    expect(icon).toMatch(/url\(.*warning.*\.svg.*\) 20px/);
    const button = page.locator('.button-primary').first();
    await expect(button).toHaveCSS('background-color', 'rgb(0, 77, 153)');
  });

  test('contact cards print no source label under the numbers @nojs', async ({ page }) => {
    await page.goto('/kontakt');
    await expect(page.locator('.contact-card').first()).toBeVisible();
    await expect(page.locator('.contact-card')).not.toContainText([/Kilde:/]);
  });
});

test.describe('accessibility sweep', () => {
  // Tab backwards from the footer through the whole page: no focused element may sit under the sticky quick exit bar.
  for (const url of [
    '/bekymring/fare',
    '/bekymring/find-infohus?kommune=Qwxyzzy',
    '/bekymring/find-infohus?kommune=Frederiks',
    '/en/bekymring/fare',
  ]) {
    test(`moving backwards with Shift+Tab, the quick exit bar never covers the focus: ${url} at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      await page.getByRole('contentinfo').getByRole('link').last().focus();
      let steps = 0;
      for (; steps < 200; steps++) {
        await page.keyboard.press('Shift+Tab');
        const state = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          const bar = document.querySelector('.concern-quick-exit')!.getBoundingClientRect();
          if (!focused || focused === document.body) return { done: true, covered: false, what: '' };
          const box = focused.getBoundingClientRect();
          const inBar = focused.closest('.concern-quick-exit') !== null;
          const covered = !inBar && box.top < bar.bottom - 1 && box.bottom > bar.top + 1;
          return {
            done: inBar,
            covered,
            what: `${focused.tagName} ${focused.textContent?.trim().slice(0, 40)} at ${box.top}, bar ${bar.top}-${bar.bottom}`,
          };
        });
        expect(state.covered, state.what).toBe(false);
        if (state.done) break;
      }
      expect(steps, 'reached the quick exit').toBeGreaterThan(2);
      expect(steps).toBeLessThan(200);
    });
  }

  for (const url of ['/findes-ikke', '/soeg?q=infohus', '/en/does-not-exist']) {
    test(`search landmarks are told apart on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await page.getByRole('search').count()).toBeGreaterThanOrEqual(2);
      const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).setLegacyMode().analyze();
      expect(results.violations.map((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
    });
  }

  test('the lookup\'s "not found" and "several matches" pages have titles of their own @nojs', async ({ request }) => {
    const titleOf = async (url: string) => /<title>([^<]*)<\/title>/.exec(await (await request.get(url)).text())?.[1] ?? '';
    const plain = await titleOf('/bekymring/find-infohus');
    const notFound = await titleOf('/bekymring/find-infohus?kommune=Qwxyzzy');
    expect(plain).toContain(da.Concern.lookup.title);
    expect(notFound).toContain(da.Concern.lookup.notFoundTitle);
    expect(await titleOf('/bekymring/find-infohus?kommune=Frederiks')).toContain(da.Concern.lookup.ambiguousTitle);
    expect(new Set([plain, notFound]).size).toBe(2);
    expect(await titleOf('/en/bekymring/find-infohus?kommune=Qwxyzzy')).toContain(en.Concern.lookup.notFoundTitle);
  });
});
