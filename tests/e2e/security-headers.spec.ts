import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIResponse, type Page } from '@playwright/test';
import { inlineScriptHashes } from '@/lib/site/security-headers.mjs';
import { routeOf, routesOfKind } from '@/lib/site/routes.mjs';
import { type IslandName, islandScriptPath, islandsIn, isIslandScript, runnableScripts } from '@/lib/site/static-scripts.mjs';
import { expect, test } from './support/fixtures';
import { allUrls } from './support/site';

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';

const SIX_MONTHS = 183 * 24 * 3600;

/** Each Content-Security-Policy header as a map from directive to its sources. */
function policies(response: APIResponse): Map<string, string[]>[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .flatMap(({ value }) => value.split(','))
    .map(
      (policy) =>
        new Map(
          policy
            .split(';')
            .map((directive) => directive.trim().split(/\s+/))
            .filter(([name]) => name)
            .map(([name, ...sources]) => [name!, sources]),
        ),
    );
}

function expectSecurityHeaders(response: APIResponse, url: string): void {
  const headers = response.headers();
  expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]), `HSTS on ${url}`).toBeGreaterThanOrEqual(
    SIX_MONTHS,
  );
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('no-referrer');
  expect(headers['permissions-policy'], url).toContain('camera=()');
  const csp = policies(response);
  expect(
    csp.some((policy) => policy.get('frame-ancestors')?.join(' ') === "'none'"),
    `frame-ancestors on ${url}`,
  ).toBe(true);
  for (const policy of csp) {
    expect([...policy.values()].flat(), `CSP on ${url}`).not.toContain("'unsafe-inline'");
  }
}

/** The script-src sources of the one policy that restricts scripts (there must be exactly one). */
function scriptSources(response: APIResponse, url: string): string[] {
  const withScripts = policies(response).filter((policy) => policy.has('script-src'));
  expect(withScripts, `one policy with script-src on ${url}`).toHaveLength(1);
  return withScripts[0]!.get('script-src')!;
}

/** Every script that would run is an island's own, and every island on the page has its script. */
function expectOnlyIslandScripts(body: string, url: string): void {
  const scripts = runnableScripts(body);
  expect(
    scripts.filter((tag) => !isIslandScript(tag)),
    `framework scripts on ${url}`,
  ).toEqual([]);
  const loaded = scripts.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).toSorted();
  expect(loaded, `island scripts on ${url}`).toEqual(
    islandsIn(body)
      .map((name) => islandScriptPath(name as IslandName))
      .toSorted(),
  );
}

/** Page routes Next.js renders per request (ƒ in the build output), read from the build itself. */
function dynamicPageRoutes(): string[] {
  const read = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8'));
  const appRoutes: Record<string, string> = read('app-path-routes-manifest.json');
  const prerender = read('prerender-manifest.json');
  const prerendered = new Set([
    ...Object.keys(prerender.routes),
    ...Object.keys(prerender.dynamicRoutes),
    ...Object.values<{ srcRoute?: string }>(prerender.routes).map((route) => route.srcRoute),
  ]);
  // Next.js' own /_not-found and /_global-error answer for routes that have no page of their own;
  // the Pages Router's /_app, /_document and /_error are its frame, not pages.
  const appPages = Object.entries(appRoutes)
    .filter(([entry, route]) => entry.endsWith('/page') && !route.startsWith('/_') && !prerendered.has(route))
    .map(([, route]) => route);
  const pagesRouterPages = Object.keys(read('server/pages-manifest.json')).filter((route) => !route.startsWith('/_'));
  return [...appPages, ...pagesRouterPages];
}

/** An address for a route pattern; any value for a parameter, since the policy comes before routing. */
function sampleUrls(route: string): string[] {
  const filled = route.replace(/\[\[?(?:\.\.\.)?[^\]]+\]\]?/g, (segment) => (segment === '[locale]' ? segment : 'x'));
  return [filled.replace('/[locale]', '') || '/', filled.replace('[locale]', 'en')];
}

const dynamicUrls = [
  '/soeg?q=infohus',
  '/en/soeg?q=infohus',
  '/kurser?target=teachers',
  '/en/viden?type=tool',
  '/bekymring/find-infohus?kommune=Aarhus',
];

test.describe('security headers', () => {
  test('every page carries them and allows only scripts from the site itself', async ({ request }) => {
    expect(allUrls.length).toBeGreaterThan(20);
    for (const { url } of allUrls) {
      const response = await request.get(url);
      expect(response.status(), url).toBeLessThan(500);
      expectSecurityHeaders(response, url);
      const body = await response.text();
      expect(scriptSources(response, url).toSorted(), `script sources on ${url}`).toEqual(
        ["'self'", ...inlineScriptHashes(body)].toSorted(),
      );
      expectOnlyIslandScripts(body, url);
    }
  });

  test('pages rendered per request reach the browser without the framework, as prerendered pages do', async ({ request }) => {
    const routes = dynamicPageRoutes();
    expect(routes, 'dynamic routes in the build').toContain('/[locale]/soeg');
    for (const url of [...routes.flatMap(sampleUrls), ...dynamicUrls]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expectSecurityHeaders(response, url);
      expect(response.headers()['x-nextjs-prerender'], `${url} is rendered per request`).toBeUndefined();
      expect(scriptSources(response, url), `${url}: scripts only from the site itself`).toEqual(["'self'"]);
      expectOnlyIslandScripts(await response.text(), url);
    }
  });

  test('the old inner request header changes nothing: the page still leaves without the framework', async ({ request }) => {
    for (const url of dynamicUrls) {
      const response = await request.get(url, { headers: { 'x-portal-inner': '1' } });
      expect(scriptSources(response, url)).toEqual(["'self'"]);
      expectOnlyIslandScripts(await response.text(), url);
    }
  });

  test('what Next.js itself writes carries the framework, so the server has work to do', () => {
    // The prerendered front page as the build wrote it: if Next.js stopped putting its runtime
    // in pages, the stripping in server.mjs would be dead code and this would say so.
    const built = readFileSync(path.join(distDir, 'server/app/da.html'), 'utf8');
    expect(runnableScripts(built).filter((tag) => !isIslandScript(tag)).length).toBeGreaterThan(0);
  });

  test('routes revalidated or rendered per request are the ones lib/site/routes.mjs declares', () => {
    const prerender = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
    const revalidated = Object.entries<{ initialRevalidateSeconds: number | false }>(prerender.routes).filter(
      ([, route]) => route.initialRevalidateSeconds !== false,
    );
    expect(revalidated.length, 'ISR pages in the build').toBeGreaterThan(0);
    for (const [page, route] of revalidated) {
      const declared = routeOf(page.replace(/^\/(da|en)(?=\/|$)/, (_, locale: string) => (locale === 'en' ? '/en' : '')));
      expect(declared?.kind, `${page} revalidates`).toBe('isr');
      expect(route.initialRevalidateSeconds, page).toBe(declared?.revalidate);
    }
    const isrRoutes = new Set(revalidated.map(([page]) => routeOf(page.replace(/^\/(da|en)/, ''))?.path));
    expect([...isrRoutes].toSorted()).toEqual(
      routesOfKind('isr')
        .map((route) => route.path)
        .toSorted(),
    );
    for (const route of dynamicPageRoutes()) {
      const address = route.replace('/[locale]', '').replace(/\[[^\]]+\]/g, 'x');
      expect(routeOf(address)?.kind, `${route} renders per request`).toMatch(/^(per-request|form)$/);
    }
  });

  test('files, feeds and the API carry the headers too', async ({ request }) => {
    const guide = await (await request.get('/bekymring')).text();
    const script = /<script[^>]* src="([^"]+)"/.exec(guide)?.[1];
    expect(script).toBeTruthy();
    for (const url of ['/api/health', '/api/infohus?kommune=Aarhus', '/feed.xml', '/robots.txt', '/sitemap.xml', script!]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expectSecurityHeaders(response, url);
    }
  });
});

async function collectViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('the policy in a browser', () => {
  const withIslands = ['/soeg?q=infohus', '/bekymring', '/bekymring/find-infohus'];
  const withoutIslands = ['/', '/kurser', '/indsatser/infohuse', '/en/indsatser/infohuse'];

  for (const url of [...withIslands, ...withoutIslands]) {
    test(`${url} runs its own scripts and nothing else`, async ({ page }) => {
      await collectViolations(page);
      await page.goto(url);
      await page.waitForLoadState('load');
      const islandScripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((pathname) => pathname.startsWith('/islands/')),
      );
      // The menu's island (Escape closes it) is on every page; the others only where their component is.
      expect(islandScripts, `the menu island on ${url}`).toContain('/islands/menu.js');
      const others = islandScripts.filter((pathname) => pathname !== '/islands/menu.js');
      expect(others.length > 0, `other island scripts loaded on ${url}`).toBe(withIslands.includes(url));
      expect(await page.evaluate(() => 'next' in window), 'no framework on any page').toBe(false);
      expect(await violations(page)).toEqual([]);
      // A script injected into the page, as an attack would, is refused.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
      await expect.poll(() => violations(page)).toEqual(['script-src-elem inline']);
    });
  }

  test('no page can be shown in a frame, not even by the portal itself', async ({ page }) => {
    await page.goto('/');
    await page.setContent('<iframe src="/indsatser/infohuse" title="portal"></iframe>');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // Chromium replaces a frame refused by frame-ancestors with its own error page.
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  });
});
