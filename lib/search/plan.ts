import { type QueryGroup } from './synonyms';

/**
 * A word on more than this share of the pages ("og", "for", and on this site
 * "ekstremisme") hardly narrows a search of several words, adds next to
 * nothing to the ranking (its inverse document frequency is near zero), and
 * is the costliest word to look up. In a query with rarer words it is left
 * out, rather than kept in a hand-made stop-word list.
 */
export const COMMON_SHARE = 0.5;
/** Below this many documents, shares say little, so no word counts as common. */
export const COMMON_MIN_DOCUMENTS = 20;
/** Words shorter than this are likely still being typed even when they are words already (`info`, `hot`). */
export const SHORT_WORD = 5;
/** Below this length one changed letter turns a word into another word, so no typo tolerance. */
export const FUZZY_MIN_LENGTH = 5;
/** Below this many letters, the last word does not match longer words: `for` would match most of the site. */
export const PREFIX_MIN_LETTERS = 4;

/** What the plan needs to know of the index's terms (see vocabulary.ts). */
export interface Vocabulary {
  documentCount: number;
  /** Documents holding a term: what "common" and "known" are judged by. */
  documentFrequency(term: string): number;
  /** Terms of the index one edit away from `term`. */
  nearTerms(term: string): string[];
  /** Terms of the index that start with `prefix`, itself included. */
  termsStartingWith(prefix: string): string[];
}

type ProcessTerm = (word: string) => string;

function isCommon(group: QueryGroup, vocabulary: Vocabulary, processTerm: ProcessTerm): boolean {
  if (vocabulary.documentCount < COMMON_MIN_DOCUMENTS || group.alternatives.length > 0) return false;
  const limit = vocabulary.documentCount * COMMON_SHARE;
  return group.words.every((word) => vocabulary.documentFrequency(processTerm(word)) > limit);
}

/** The groups that decide the search: all but the common ones, unless every group is common. */
export function selectiveGroups(groups: readonly QueryGroup[], vocabulary: Vocabulary, processTerm: ProcessTerm): QueryGroup[] {
  const selective = groups.filter((group) => !isCommon(group, vocabulary, processTerm));
  return selective.length > 0 ? selective : [...groups];
}

/**
 * Whether the last word typed should also match longer words. Only while it
 * may be unfinished: when it is not a word of the index, or is short. A
 * finished word (`kommune`) then does not drag in every word it begins
 * (`kommunikation`), which costs time on a large site and helps nobody.
 */
export function isUnfinished(term: string, vocabulary: Pick<Vocabulary, 'documentFrequency'>): boolean {
  return term.length < SHORT_WORD || vocabulary.documentFrequency(term) === 0;
}

/**
 * A term as an FTS5 string. Terms hold only letters and digits (terms.ts),
 * but quoting keeps words such as `and`, `or` and `not` from being read as
 * operators, and doubling quotes keeps any other input a plain string.
 */
export function quoteTerm(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Each alternative once: two synonyms that stem alike (`unge`, `ung`) would make FTS5 rank the same phrase twice. */
const anyOf = (parts: readonly string[]) => {
  const distinct = [...new Set(parts)];
  return distinct.length === 1 ? distinct[0]! : `(${distinct.join(' OR ')})`;
};
const allOf = (parts: readonly string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`);

/** One way through the index: the FTS5 expressions to rank one after the other, and whether they hold every word. */
export interface SearchAttempt {
  /**
   * Results of the first expression rank above those of the next: what
   * matches the words as typed comes before what only a synonym, a longer
   * word or a corrected typo matched. Each later tier excludes the earlier.
   */
  tiers: string[];
  matchedAllWords: boolean;
  /**
   * Every index term this attempt may match, for marking words in titles and
   * snippets. A common word the attempt leaves out is not among them, so it
   * is not marked as if it had been searched for.
   */
  terms: Set<string>;
}

export interface SearchPlan {
  /** Tried in order; the first that finds anything is shown. */
  attempts: SearchAttempt[];
}

interface GroupExpressions {
  asTyped: string | undefined;
  widened: string | undefined;
  terms: Set<string>;
}

/**
 * Turns query groups (synonyms.ts) into FTS5 match expressions. A word that
 * the index does not know, that is long enough and that is no word of the
 * language either may be a typo: it matches the known terms one edit away.
 * The last word, while it may be unfinished and from four letters on, also
 * matches the start of longer words. A group matches by its own words or by
 * any of its synonyms.
 */
export function planSearch(
  groups: readonly QueryGroup[],
  vocabulary: Vocabulary,
  processTerm: ProcessTerm,
  isWordOfLanguage: (word: string) => boolean = () => false,
): SearchPlan {
  const typing = groups.at(-1);

  // A term no page holds matches nothing: left out of the expressions, it costs FTS5 no look-up
  // and no phrase to rank, and a tier that would need it is known to be empty without asking.
  const onSomePage = (term: string) => vocabulary.documentFrequency(term) > 0;

  const expressionsOf = (group: QueryGroup): GroupExpressions => {
    const terms = new Set<string>();
    const asTyped: string[] = [];
    const widened: string[] = [];
    let typedAsFound = true;
    let wordsCanMatch = true;
    for (const word of group.words) {
      const term = processTerm(word);
      if (term === '') continue;
      const choices = onSomePage(term) ? [quoteTerm(term)] : [];
      terms.add(term);
      // A real word the pages lack (`forår`) is what the person meant: bending it to a word of the pages (`fora`) misleads.
      if (term.length >= FUZZY_MIN_LENGTH && !onSomePage(term) && !isWordOfLanguage(word)) {
        for (const near of vocabulary.nearTerms(term)) {
          choices.push(quoteTerm(near));
          terms.add(near);
        }
      }
      if (group === typing && group.words.length === 1 && [...word].length >= PREFIX_MIN_LETTERS && isUnfinished(term, vocabulary)) {
        const longer = vocabulary.termsStartingWith(term).filter((known) => known !== term);
        if (longer.length > 0) choices.push(`${quoteTerm(term)}*`);
        for (const known of longer) terms.add(known);
      }
      typedAsFound &&= onSomePage(term);
      wordsCanMatch &&= choices.length > 0;
      asTyped.push(quoteTerm(term));
      widened.push(anyOf(choices));
    }
    // A synonym of several words (`sociale medier`) is a phrase: its words next to each other, in order.
    const synonyms = group.alternatives.flatMap((alternative) => {
      const alternativeTerms = alternative.split(/\s+/).map(processTerm).filter(Boolean);
      for (const term of alternativeTerms) terms.add(term);
      return alternativeTerms.length > 0 && alternativeTerms.every(onSomePage) ? [quoteTerm(alternativeTerms.join(' '))] : [];
    });
    const ways = [...(wordsCanMatch && widened.length > 0 ? [allOf(widened)] : []), ...synonyms];
    return {
      asTyped: typedAsFound && asTyped.length > 0 ? allOf(asTyped) : undefined,
      widened: ways.length > 0 ? anyOf(ways) : undefined,
      terms,
    };
  };

  // Once per group: the fallbacks reuse them, and typo and prefix look-ups are the costly part.
  const expressionsByGroup = new Map(groups.map((group) => [group, expressionsOf(group)]));

  const build = (chosen: readonly QueryGroup[], combineWith: 'AND' | 'OR', everyWord: boolean): SearchAttempt | undefined => {
    const expressions = chosen.map((group) => expressionsByGroup.get(group)!);
    const join = combineWith === 'AND' ? allOf : anyOf;
    const widened = expressions.map((expression) => expression.widened).filter((part): part is string => part !== undefined);
    if (widened.length === 0) return undefined;
    const everything = join(widened);
    const asTypedParts = expressions.map((expression) => expression.asTyped);
    const asTyped = asTypedParts.every(Boolean) ? join(asTypedParts as string[]) : undefined;
    // Tiers only pay off when every group can be matched as typed and something else could match too.
    const tiered = combineWith === 'AND' && asTyped !== undefined && asTyped !== everything;
    return {
      tiers: tiered ? [asTyped, `${everything} NOT ${asTyped}`] : [everything],
      matchedAllWords: everyWord,
      terms: new Set(expressions.flatMap((expression) => [...expression.terms])),
    };
  };

  // A word no page holds in any form (`min` in `bekymret for min søn`) can only empty an AND and
  // add a phrase to rank for nothing: every attempt leaves it out, and the page says that not
  // every word was found. Known from the vocabulary, so it costs no query.
  const found = (group: QueryGroup) => expressionsByGroup.get(group)!.widened !== undefined;
  const selective = selectiveGroups(groups, vocabulary, processTerm);
  const selectiveFound = selective.filter(found);
  const allFound = groups.filter(found);
  const attempts: Array<SearchAttempt | undefined> = [];
  if (selectiveFound.length > 0) {
    attempts.push(build(selectiveFound, 'AND', selectiveFound.length === selective.length));
    if (selectiveFound.length > 1) attempts.push(build(selectiveFound, 'OR', false));
  }
  if (allFound.length > selectiveFound.length) attempts.push(build(allFound, 'OR', false));
  return { attempts: attempts.filter((attempt): attempt is SearchAttempt => attempt !== undefined) };
}
