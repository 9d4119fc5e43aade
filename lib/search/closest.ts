import { foldDiacritics, tokenize } from './terms';

/** A page offered when a search finds nothing: its title is the nearest to what was typed. */
export interface ClosestPage {
  url: string;
  title: string;
}

/** How alike two words must be (trigram overlap, 0 to 1) before a title is offered as near. */
export const CLOSEST_MIN_SIMILARITY = 0.25;
export const CLOSEST_LIMIT = 3;

const normal = (word: string) => foldDiacritics(word.normalize('NFC').toLowerCase());

/** The word's three-letter pieces, with its start and end marked so that they weigh in. */
function trigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const pieces = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) pieces.add(padded.slice(index, index + 3));
  return pieces;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const piece of a) if (b.has(piece)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The pages whose titles come nearest to the query, word by word: each query
 * word of three or more letters counts with the title word most like it, so
 * two typos (`kammunar`) or a word cut short still find `Kommuner`. Runs only
 * when the search found nothing, over titles alone, so its cost is a few
 * hundred comparisons.
 */
export function closestByTitle(pages: readonly ClosestPage[], query: string, limit = CLOSEST_LIMIT): ClosestPage[] {
  const words = tokenize(query)
    .map(normal)
    .filter((word) => word.length >= 3)
    .map(trigrams);
  if (words.length === 0) return [];
  return pages
    .map((page) => {
      // Short title words (`for`, `når`) share a piece with too many query words to say anything.
      const titleWords = tokenize(page.title)
        .map(normal)
        .filter((word) => word.length >= 4)
        .map(trigrams);
      const score = words.reduce((sum, word) => sum + Math.max(0, ...titleWords.map((title) => similarity(word, title))), 0) / words.length;
      return { page, score };
    })
    .filter(({ score }) => score >= CLOSEST_MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ page }) => ({ url: page.url, title: page.title }));
}
