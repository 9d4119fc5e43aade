import { describe, expect, test } from 'vitest';
import { allUrls } from '../e2e/support/site';
import { inBatches, request } from './support/http';

describe('the public site sets no cookie', () => {
  test('on any public page, in either language, or on the files and API beside them', async () => {
    const urls = [
      ...allUrls.map((entry) => entry.url),
      '/soeg?q=infohus',
      '/bekymring/fare',
      '/api/infohus?kommune=Aarhus',
      '/feed.xml',
      '/sitemap.xml',
      '/findes-ikke',
    ];
    expect(urls.length).toBeGreaterThan(40);
    await inBatches(urls, 6, async (url) => {
      const answer = await request(url);
      expect(answer.headers.get('set-cookie'), url).toBeNull();
    });
  });
});
