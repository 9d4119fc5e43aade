import { siteUrl } from '@/lib/site/config';
import { untranslatedPrefix } from '@/lib/navigation/alternates';
import { describe, expect, test } from 'vitest';
import { allUrls } from '../e2e/support/site';
import { follow, origin, request, textOf } from './support/http';

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return entities[code] ?? whole;
  });

/** The head tags search engines and sharing services read. */
function headTags(html: string) {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const meta = (key: string) => decode(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(head)?.[1] ?? '') || undefined;
  const link = (rel: string, extra = '') => new RegExp(`<link rel="${rel}"${extra} href="([^"]*)"`).exec(head)?.[1];
  return {
    title: decode(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? ''),
    description: meta('description'),
    robots: meta('robots'),
    canonical: link('canonical'),
    hreflangDa: link('alternate', ' hrefLang="da"'),
    og: {
      title: meta('og:title'),
      description: meta('og:description'),
      url: meta('og:url'),
      image: meta('og:image'),
      locale: meta('og:locale'),
    },
  };
}

/** Addresses in the build are absolute on PORTAL_SITE_URL; the test server listens elsewhere. */
const onTestServer = (absolute: string) => new URL(absolute).pathname;
const absolute = (url: string) => new URL(url, siteUrl).href;

const indexable = allUrls.filter((url) => !url.path.startsWith(untranslatedPrefix));

describe('findable', () => {
  test('every public page has its own title and description, a canonical URL and Open Graph tags with an image', async () => {
    const seen = new Map<string, string>();
    const images = new Set<string>();
    for (const { url, locale } of indexable) {
      const response = await request(url);
      expect(response.status, url).toBe(200);
      const tags = headTags(response.body);
      expect(tags.robots ?? '', `${url} may be indexed`).not.toContain('noindex');
      expect(tags.title, `${url} title`).not.toBe('');
      expect(tags.description, `${url} description`).toBeTruthy();
      for (const [kind, text] of [
        ['title', tags.title],
        ['description', tags.description!],
      ]) {
        const key = `${locale} ${kind} ${text}`;
        expect(seen.get(key), `${url} repeats the ${kind} of ${seen.get(key)}`).toBeUndefined();
        seen.set(key, url);
      }
      expect(onTestServer(tags.canonical ?? 'http://x/missing'), `${url} canonical`).toBe(url);
      expect(tags.og.url, `${url} og:url`).toBe(tags.canonical);
      expect(tags.og.locale, `${url} og:locale`).toBe(locale === 'da' ? 'da_DK' : 'en_GB');
      expect(tags.og.title && tags.og.description, `${url} og:title and og:description`).toBeTruthy();
      expect(tags.og.image, `${url} og:image`).toMatch(/\/api\/og\//);
      images.add(onTestServer(tags.og.image!));
    }
    for (const image of images) {
      const response = await fetch(origin() + image);
      expect(response.status, image).toBe(200);
      expect(response.headers.get('content-type'), image).toBe('image/png');
      const png = Buffer.from(await response.arrayBuffer());
      // Width and height sit in the PNG header's IHDR chunk.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${image} size`).toEqual([1200, 630]);
    }
  });

  test('pages kept out of search engines still describe themselves, for sharing and for screen readers', async () => {
    const untranslated = allUrls.find((url) => url.path.startsWith(untranslatedPrefix));
    expect(untranslated, 'a page without translation in the fixtures').toBeDefined();
    for (const url of ['/bekymring/fare', '/en/bekymring/emne', '/soeg', '/en/soeg?q=infohus', '/fejl', '/en/fejl', untranslated!.url]) {
      const tags = headTags((await follow(url)).body);
      expect(tags.robots, `${url} robots`).toContain('noindex');
      expect(tags.description?.length ?? 0, `${url} description`).toBeGreaterThan(30);
    }
  });

  test('the sitemap lists every indexable page in both languages with its alternates, and robots.txt points to it', async () => {
    const sitemap = (await request('/sitemap.xml')).body;
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(new Set(locs)).toEqual(new Set(indexable.map((entry) => absolute(entry.url))));
    expect(sitemap).not.toContain(untranslatedPrefix);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${absolute('/en/indsatser/infohuse')}" />`);
    for (const [, date] of sitemap.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const robots = (await request('/robots.txt')).body;
    expect(robots).toContain('Allow: /');
    expect(robots).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  });

  test('the front page describes the centre as an organisation in JSON-LD', async () => {
    for (const url of ['/', '/en']) {
      const html = (await request(url)).body;
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(JSON.parse(json ?? 'null'), url).toEqual({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Center for Dokumentation og Indsats mod Ekstremisme',
        url: absolute('/'),
      });
    }
  });

  test('a favicon is served where browsers look for it', async () => {
    const ico = await fetch(origin() + '/favicon.ico');
    expect(ico.status).toBe(200);
    expect(Buffer.from(await ico.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect((await request('/icon.svg')).headers.get('content-type')).toContain('image/svg+xml');
  });

  test('every page title is unique within its language', async () => {
    const titles = new Map<string, string>();
    for (const { locale, url } of allUrls) {
      const html = (await request(url)).html;
      const title = `${locale}: ${textOf(html.querySelector('title'))}`;
      expect(titles.get(title), `${url} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, url);
    }
  });
});
