import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filteredListPath, routeExpression, routeOf, routes, routesOfKind } from './routes.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The regular expressions of one `map $uri $name { ... }` block of deploy/nginx.conf (value 1). */
function nginxMap(name: string): RegExp[] {
  const block = new RegExp(`map \\$uri \\$${name} \\{([^}]*)\\}`).exec(read('deploy/nginx.conf'))?.[1];
  if (!block) throw new Error(`deploy/nginx.conf has no map for $${name}`);
  return [...block.matchAll(/^\s*~(\S+)\s+1;/gm)].map(([, expression]) => new RegExp(expression!));
}

/** An address of the route, a parameter filled with a word. */
const sample = (routePath: string) => routePath.replace(/:\w+/g, 'x1').replace(/\((\w+)\|[^)]*\)/g, '$1');

/** Addresses of prerendered pages that no map may catch. */
const prerendered = ['/', '/bekymring', '/indsatser/infohuse', '/kontakt', '/viden/rapport', '/fejl', '/kurserne'];

/** The route file of a declared route. */
const routeFile = (routePath: string) =>
  `app/[locale]${routePath.replace(/\/:(\w+)/g, (_, name: string) => `/[${name === 'step' ? 'trin' : name}]`)}/page.tsx`;

describe('routes', () => {
  it('finds the route of an address in either language, and none for a prerendered page', () => {
    expect(routeOf('/soeg')?.kind).toBe('per-request');
    expect(routeOf('/en/kurser/katalog/2027-foraar')?.kind).toBe('isr');
    expect(routeOf('/kurser/samtaletraening')?.kind).toBe('isr');
    expect(routeOf('/en/kurser/samtaletraening/tilmeld/r1')?.kind).toBe('form');
    expect(routeOf('/kurser/tilmelding/afmeld/t')?.kind).toBe('form');
    for (const address of prerendered) expect(routeOf(address), address).toBeUndefined();
  });

  it('sends a list with a query string to its per-request route, and nothing else', () => {
    expect(filteredListPath('/kurser', '?target=teachers')).toBe('/kurser/filtreret');
    expect(filteredListPath('/en/viden', '?type=tool&year=2025')).toBe('/en/viden/filtreret');
    expect(filteredListPath('/kurser', '')).toBeUndefined();
    expect(filteredListPath('/kurser', '?')).toBeUndefined();
    expect(filteredListPath('/kurser/eksempel-samtaletraening', '?x=1')).toBeUndefined();
    expect(filteredListPath('/soeg', '?q=kurser')).toBeUndefined();
    expect(routeOf('/kurser/filtreret')?.kind).toBe('per-request');
    expect(routeOf('/kurser')?.kind).toBe('isr');
  });

  it('turns a declaration into an anchored expression', () => {
    expect(routeExpression('/a/:b/(c|d)').source).toBe('^\\/a\\/[^/]+\\/(c|d)$');
  });
});

describe('deploy/nginx.conf follows lib/site/routes.mjs', () => {
  const never = nginxMap('portal_dynamic');

  it('never caches a route rendered per request or a form, in either language', () => {
    for (const route of [...routesOfKind('per-request'), ...routesOfKind('form')]) {
      for (const address of [sample(route.path), `/en${sample(route.path)}`]) {
        expect(
          never.some((expression) => expression.test(address)),
          `${address} (${route.path}) in map $portal_dynamic`,
        ).toBe(true);
      }
    }
  });

  it('lets the cache keep ISR routes and prerendered pages, as long as Next.js says', () => {
    for (const address of [...routesOfKind('isr').map((route) => sample(route.path)), ...prerendered]) {
      for (const localized of [address, `/en${address === '/' ? '' : address}`]) {
        expect(never.filter((expression) => expression.test(localized)).map(String), `${localized} must be cacheable`).toEqual([]);
      }
    }
  });

  it('has no entry that matches no declared route', () => {
    const declared = routes.filter((route) => route.kind !== 'isr').flatMap((route) => [sample(route.path), `/en${sample(route.path)}`]);
    for (const expression of never)
      expect(
        declared.some((address) => expression.test(address)),
        String(expression),
      ).toBe(true);
  });

  it('lets POST through exactly to the form routes, in either language', () => {
    const conf = read('deploy/nginx.conf');
    const posting = [...conf.matchAll(/location ~ (\S+) \{\s*limit_except GET POST \{/g)].map(([, expression]) => new RegExp(expression!));
    expect(posting).toHaveLength(1);
    const [takesPost] = posting as [RegExp];
    for (const route of routes) {
      for (const address of [sample(route.path), `/en${sample(route.path)}`]) {
        expect(takesPost.test(address), `${address} takes POST`).toBe(route.kind === 'form');
      }
    }
    for (const address of prerendered) expect(takesPost.test(address), address).toBe(false);
  });
});

describe('route files follow lib/site/routes.mjs', () => {
  it('an ISR route revalidates as often as declared, rendered per request ones are dynamic', () => {
    for (const route of routesOfKind('isr')) {
      expect(read(routeFile(route.path)), route.path).toMatch(new RegExp(`export const revalidate = ${route.revalidate};`));
    }
    for (const route of routes.filter((entry) => entry.kind !== 'isr')) {
      let source: string;
      try {
        source = read(routeFile(route.path));
      } catch {
        continue; // a form route whose page another branch adds
      }
      expect(source, route.path).not.toMatch(/export const revalidate = [1-9]/);
    }
  });
});
