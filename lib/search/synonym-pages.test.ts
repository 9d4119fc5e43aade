import { beforeAll, describe, expect, it } from 'vitest';
import { realContent, realSiteSearch as siteSearch } from './real-content';
import { rankOfPage } from './relevance';

/** Every word of every synonym group in content/search, with the page the group says it should land on. */
const cases = realContent().synonyms.flatMap((entry) => entry.words.map((word) => ({ locale: entry.locale, q: word, page: entry.page })));

describe('each synonym group lands on the page it names (content/search)', () => {
  beforeAll(() => void siteSearch.get(), 60_000);

  it.each(cases)('$locale "$q" has $page in the top three', (query) => {
    expect(rankOfPage(siteSearch.get(), query), `rank of ${query.page}`).toBeLessThanOrEqual(3);
  });
});
