import { type SearchDocument } from '@/lib/search/engine';
import { tokenize } from '@/lib/search/terms';

/** mulberry32: a small seeded generator, so every run indexes the same pages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = ['Indsatser', 'Kurser', 'Viden', 'Bekymring', 'Om centeret', 'Nyheder', 'Værktøjer', 'Samarbejde'];

export type GeneratorModel =
  /**
   * Each page is modelled on one real page: most of its words are drawn from
   * that page, as often as they occur there, the rest from the whole content,
   * and some are Danish compounds of two of its words (as `infohus` +
   * `møde`), which grow the vocabulary with the number of pages as real text
   * does. A word then lies on about the same share of pages as in the real
   * content.
   */
  | 'like-real-pages'
  /** Every word drawn from the whole content: every page is about everything, the worst case for common words. */
  | 'all-words-everywhere';

export interface GeneratorOptions {
  count: number;
  wordsPerPage?: number;
  seed?: number;
  model?: GeneratorModel;
}

const FROM_OWN_PAGE = 0.85;
const COMPOUND_SHARE = 0.06;

/** Danish-like pages made of the real content's words, in sentences of 6 to 18 words. Deterministic for a seed. */
export function generateDocuments(realDocuments: readonly SearchDocument[], options: GeneratorOptions): SearchDocument[] {
  const { count, wordsPerPage = 300, seed = 20_260_101, model = 'like-real-pages' } = options;
  const pages = realDocuments
    .filter((document) => document.locale === 'da')
    .map((document) => tokenize(`${document.title} ${document.text}`).map((word) => word.toLowerCase()))
    .filter((words) => words.length > 0);
  const everything = pages.flat();
  if (everything.length === 0) throw new Error('No Danish content to take words from');
  const random = seededRandom(seed);
  const from = (words: readonly string[]) => words[Math.floor(random() * words.length)]!;

  return Array.from({ length: count }, (_, index) => {
    const own = model === 'like-real-pages' ? pages[Math.floor(random() * pages.length)]! : everything;
    const long = own.filter((word) => word.length >= 4);
    const word = () => {
      const roll = random();
      if (model === 'like-real-pages' && long.length > 1 && roll < COMPOUND_SHARE) return from(long) + from(long);
      return roll < FROM_OWN_PAGE ? from(own) : from(everything);
    };
    const sentence = () => {
      const text = Array.from({ length: 6 + Math.floor(random() * 13) }, word).join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    };
    const sentences: string[] = [];
    for (let total = 0; total < wordsPerPage;) {
      const next = sentence();
      sentences.push(next);
      total += next.split(' ').length;
    }
    const title = Array.from({ length: 2 + Math.floor(random() * 4) }, () => from(own)).join(' ');
    return {
      id: `da:/generated/${index}`,
      locale: 'da',
      url: `/generated/${index}`,
      title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
      section: SECTIONS[index % SECTIONS.length],
      text: sentences.join(' '),
    };
  });
}
