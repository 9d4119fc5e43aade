import { describe, expect, it } from 'vitest';
import { type SearchSynonym } from '@/lib/content/schemas/search';
import { createSearchEngine, type SearchDocument, type SearchHit } from './engine';
import { COMMON_MIN_DOCUMENTS } from './plan';

function page(locale: 'da' | 'en', url: string, title: string, text: string): SearchDocument {
  return { id: `${locale}:${url}`, locale, url, title, section: 'Afsnit', text };
}

const documents: SearchDocument[] = [
  page('da', '/kommunen', 'Kommunens rolle', 'Din kommune kan hjælpe, når du er i tvivl.'),
  page('da', '/bekymring', 'Når du er bekymret', 'Har du en bekymring for en person, kan du få råd.'),
  page('da', '/foraeldre', 'Til forældre', 'Forældrene kender ofte barnet bedst.'),
  page('da', '/infohuse', 'Infohuse', 'Samarbejde mellem politi og andre myndigheder.'),
  page('da', '/nyheder', 'Nyheder', 'Et infohus holdt møde. Infohuset er vigtigt, og infohusene mødes ofte. Mange infohuse.'),
  page('da', '/hotline', 'Hotline mod radikalisering', 'Ring anonymt til hotlinen.'),
  page('da', '/forebyggelse', 'Forebyggelse', 'Vi arbejder med at forebygge ekstremisme i hele landet.'),
  page('da', '/skole', 'Skolen', 'Lærere kan tale med elever om demokrati.'),
  page('da', '/rad', 'Rådgivning til kommuner', 'Rådgivningen er gratis.'),
  page('en', '/infohuse', 'Infohuse', 'The municipalities and the police work together.'),
  page('en', '/worried', 'If you are worried', 'Parents who have concerns can call the hotline.'),
];

const synonyms: SearchSynonym[] = [
  { locale: 'da', words: ['radikalisering', 'ekstremisme'], page: '/hotline' },
  { locale: 'da', words: ['info-hus', 'info hus'], means: 'infohus', page: '/infohuse' },
  { locale: 'da', words: ['ssp'], means: 'infohus', page: '/infohuse' },
];

const engine = createSearchEngine(documents, synonyms);
const urls = (locale: 'da' | 'en', query: string) => engine.search(locale, query).hits.map((hit) => hit.url);

describe('search engine: stemming', () => {
  it.each([
    ['kommuner', '/kommunen'],
    ['bekymringer', '/bekymring'],
    ['forældrene', '/foraeldre'],
    ['foraeldre', '/foraeldre'],
    ['radgivning', '/rad'],
  ])('"%s" finds %s', (query, url) => {
    expect(urls('da', query)).toContain(url);
  });

  it('stems English with the English stemmer', () => {
    expect(urls('en', 'municipality')).toEqual(['/infohuse']);
    expect(urls('en', 'concerned parent')).toEqual(['/worried']);
  });

  it('keeps the languages apart', () => {
    expect(urls('en', 'kommune')).toEqual([]);
    expect(urls('da', 'municipalities')).toEqual([]);
  });
});

describe('search engine: typos and prefixes', () => {
  it.each([
    ['kommmuner', 'an extra letter'],
    ['bekymrng', 'a missing letter'],
    ['radikalisaring', 'a wrong letter'],
  ])('tolerates one typo in a longer word: "%s" (%s)', (query) => {
    expect(urls('da', query).length).toBeGreaterThan(0);
  });

  it('does not tolerate two typos', () => {
    expect(urls('da', 'kammunar')).toEqual([]);
  });

  it('does not guess at short words, where one letter makes another word', () => {
    expect(urls('da', 'rod')).toEqual([]);
  });

  it('matches the start of the last word, so results can follow typing', () => {
    expect(urls('da', 'hotline mod radik')).toEqual(['/hotline']);
    expect(urls('da', 'demok')).toEqual(['/skole']);
  });

  it('does not match the start of words before the last', () => {
    expect(urls('da', 'demok elever')).toEqual(['/skole']);
    expect(engine.search('da', 'demok elever').matchedAllWords).toBe(false);
  });

  it('matches the start of the last word only from four letters', () => {
    expect(urls('da', 'demo')).toEqual(['/skole']);
    expect(urls('da', 'dem')).toEqual([]);
  });

  it('does not turn a real word of the language into a word of the pages', () => {
    const fora = [page('da', '/fora', 'Internationale fora', 'Centeret deltager i fora.')];
    const realWords = { has: (word: string) => ['forår', 'fora'].includes(word) };
    const withWords = createSearchEngine(fora, [], { wordList: () => realWords });
    expect(withWords.search('da', 'forår').total).toBe(0);
    // The same typo tolerance still corrects what is no word: a letter added, as in `forar` typed without å.
    expect(withWords.search('da', 'forar').hits.map((hit) => hit.url)).toEqual(['/fora']);
    expect(
      createSearchEngine(fora, [])
        .search('da', 'forår')
        .hits.map((hit) => hit.url),
    ).toEqual(['/fora']);
  });
});

describe('search engine: landing pages of synonym groups', () => {
  const landing = createSearchEngine(
    [
      page('da', '/raad', 'Rådgivning', 'Centeret hjælper med en handlingsplan mod ekstremisme. En plan skal passe.'),
      page('da', '/plan', 'Plan for året', 'En plan for året med en handlingsplan og en plan mere.'),
      page('da', '/andet', 'Andet', 'Noget helt andet.'),
    ],
    [{ locale: 'da', words: ['handleplan', 'handlingsplan'], page: '/raad' }],
  );

  it('finds the page a group names by the words of the group, even where the page lacks them', () => {
    expect(landing.search('da', 'handleplan').hits.map((hit) => hit.url)).toEqual(['/raad', '/plan']);
  });

  it('ranks the named page above pages that only use the word', () => {
    expect(landing.search('da', 'handlingsplan').hits[0]!.url).toBe('/raad');
  });

  it('adds nothing for the other language', () => {
    expect(landing.search('en', 'handleplan').total).toBe(0);
  });
});

describe('search engine: synonyms', () => {
  it('finds a page by an equivalent word, both ways', () => {
    expect(urls('da', 'ekstremisme')).toContain('/hotline');
    expect(urls('da', 'radikalisering')).toContain('/forebyggelse');
  });

  it('ranks the word the person typed above its synonym, all else equal', () => {
    const pair = createSearchEngine(
      [page('da', '/r', 'Side R', 'Om radikalisering blandt unge.'), page('da', '/e', 'Side E', 'Om ekstremisme blandt unge.')],
      synonyms,
    );
    expect(pair.search('da', 'radikalisering').hits.map((hit) => hit.url)).toEqual(['/r', '/e']);
    expect(pair.search('da', 'ekstremisme').hits.map((hit) => hit.url)).toEqual(['/e', '/r']);
  });

  it('matches a synonym written with a hyphen or as two words', () => {
    expect(urls('da', 'info-hus')).toContain('/infohuse');
    expect(urls('da', 'info hus')).toContain('/infohuse');
  });

  it('follows a one-way synonym only one way', () => {
    expect(urls('da', 'ssp')).toContain('/infohuse');
    expect(urls('da', 'infohus')).not.toContain('/ssp');
  });

  it('matches a synonym of several words as a phrase', () => {
    const phrases = createSearchEngine(
      [page('da', '/medier', 'Side M', 'Unge på sociale medier.'), page('da', '/spredt', 'Side S', 'Sociale forhold og nye medier.')],
      [{ locale: 'da', words: ['chat', 'sociale medier'], page: '/medier' }],
    );
    expect(phrases.search('da', 'chat').hits.map((hit) => hit.url)).toEqual(['/medier']);
  });

  it('matches synonyms after stemming the query word', () => {
    expect(urls('da', 'ekstremismen')).toContain('/hotline');
  });

  it('uses only the synonyms of the language searched', () => {
    expect(urls('en', 'ssp')).toEqual([]);
  });
});

describe('search engine: ranking', () => {
  it('ranks a page whose title matches above one that only mentions the word, even often', () => {
    const hits = urls('da', 'infohuse');
    expect(hits.slice(0, 2)).toEqual(['/infohuse', '/nyheder']);
  });

  it('ranks an exact word above a prefix or a typo match', () => {
    const nearby = createSearchEngine([page('da', '/a', 'Side A', 'Om kommunikation.'), page('da', '/b', 'Side B', 'Om kommunen.')], []);
    expect(nearby.search('da', 'kommune').hits.map((hit) => hit.url)[0]).toBe('/b');
  });

  it('requires every word, and falls back to any word when no page has all', () => {
    expect(urls('da', 'politi myndigheder')).toEqual(['/infohuse']);
    const partial = engine.search('da', 'politi hotlinen');
    expect(partial.matchedAllWords).toBe(false);
    expect(partial.hits.map((hit) => hit.url).sort()).toEqual(['/hotline', '/infohuse']);
  });

  it('still requires the other words when one is on no page at all', () => {
    const result = engine.search('da', 'politi xqzxqz myndigheder');
    expect(result.hits.map((hit) => hit.url)).toEqual(['/infohuse']);
    expect(result.matchedAllWords).toBe(false);
  });
});

describe('search engine: results', () => {
  it('marks the matched words in title and snippet', () => {
    const [hit] = engine.search('da', 'bekymringer').hits as [SearchHit];
    expect(hit.snippet.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['bekymring']);
    expect(hit.title).toBe('Når du er bekymret');
  });

  it('does not mark a common word the search left out', () => {
    const pages = Array.from({ length: COMMON_MIN_DOCUMENTS }, (_, index) =>
      page('da', `/side-${index}`, `Side ${index}`, index === 0 ? 'Forebyggelse sammen med politiet.' : 'Forebyggelse i kommunen.'),
    );
    const [hit] = createSearchEngine(pages, []).search('da', 'forebyggelse politiet').hits as [SearchHit];
    expect(hit.url).toBe('/side-0');
    expect(hit.snippet.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['politiet']);
  });

  it('marks a synonym where it was found', () => {
    const hit = engine.search('da', 'radikalisering').hits.find((candidate) => candidate.url === '/forebyggelse')!;
    expect(hit.snippet.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['ekstremisme']);
  });

  it('pages the results and counts them all', () => {
    const many = createSearchEngine(
      Array.from({ length: 23 }, (_, index) => page('da', `/side-${index}`, `Side ${index}`, 'Om forebyggelse.')),
      [],
    );
    const second = many.search('da', 'forebyggelse', { page: 2, pageSize: 10 });
    expect(second).toMatchObject({ total: 23, page: 2, pageCount: 3 });
    expect(second.hits).toHaveLength(10);
    expect(many.search('da', 'forebyggelse', { page: 3 }).hits).toHaveLength(3);
    expect(many.search('da', 'forebyggelse', { page: 99 }).page).toBe(3);
    expect(many.search('da', 'forebyggelse', { page: -1 }).page).toBe(1);
  });

  it('pages across the words as typed and their synonyms without losing or repeating a page', () => {
    const mixed = createSearchEngine(
      [
        ...Array.from({ length: 8 }, (_, index) => page('da', `/r-${index}`, `R ${index}`, 'Om radikalisering.')),
        ...Array.from({ length: 7 }, (_, index) => page('da', `/e-${index}`, `E ${index}`, 'Om ekstremisme.')),
      ],
      synonyms,
    );
    const pages = [1, 2, 3].map((number) => mixed.search('da', 'radikalisering', { page: number, pageSize: 5 }));
    const shown = pages.flatMap((result) => result.hits.map((hit) => hit.url));
    expect(pages[0]!.total).toBe(15);
    expect(new Set(shown).size).toBe(15);
    expect(pages[1]!.hits.map((hit) => hit.url[1])).toEqual(['r', 'r', 'r', 'e', 'e']);
  });

  it('offers the pages with the nearest titles only when nothing is found', () => {
    expect(engine.search('da', 'forebyggelsesarbejdet').total).toBe(0);
    expect(engine.search('da', 'forebyggelsesarbejdet').closest.map((page) => page.url)).toEqual(['/forebyggelse']);
    expect(engine.search('da', 'kommune').closest).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(engine.search('da', '')).toMatchObject({ total: 0, hits: [], pageCount: 1, page: 1 });
  });

  it.each([
    '<script>alert(1)</script>',
    "' OR 1=1; --",
    '%00%27',
    '😀🙂',
    '\u202e',
    '*',
    'a'.repeat(200),
    'NOT AND OR NEAR(a b)',
    '"title:x" ^y',
  ])('answers a hostile query %j without throwing', (query) => {
    expect(() => engine.search('da', query)).not.toThrow();
  });

  it("reads words that are operators in the index's query language as words", () => {
    const operators = createSearchEngine([page('da', '/not', 'Not and or', 'Om near.')], []);
    expect(operators.search('da', 'not and or').hits.map((hit) => hit.url)).toEqual(['/not']);
  });

  it('counts the documents of each language', () => {
    expect(engine.documentCount('da')).toBe(9);
    expect(engine.documentCount('en')).toBe(2);
  });
});

describe('search engine: common words', () => {
  // Enough documents for shares to count: "ekstremisme" is on all but one, "politi" on a few.
  const corpus = [
    ...Array.from({ length: 24 }, (_, index) =>
      page('da', `/side-${index}`, `Side ${index}`, `Om ekstremisme og samfund.${index < 3 ? ' Politiet hjælper.' : ''}`),
    ),
    page('da', '/politi', 'Politi', 'Politiet hjælper.'),
  ];
  const common = createSearchEngine(corpus, []);

  it('does not let a word found on most pages narrow a search of rarer words', () => {
    const result = common.search('da', 'politi ekstremisme');
    expect(result.hits.map((hit) => hit.url).sort()).toEqual(['/politi', '/side-0', '/side-1', '/side-2']);
    expect(result.matchedAllWords).toBe(true);
  });

  it('still searches a common word on its own', () => {
    expect(common.search('da', 'ekstremisme').total).toBe(24);
  });

  it('falls back to the common word when the rarer ones are found nowhere', () => {
    const result = common.search('da', 'ekstremisme xqzxqz');
    expect(result.total).toBe(24);
    expect(result.matchedAllWords).toBe(false);
  });
});
