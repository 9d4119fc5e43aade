import { describe, expect, it } from 'vitest';
import { makeSnippet, markMatches, type TextPart } from './snippet';
import { termProcessor, wordMatcher } from './terms';

const da = termProcessor('da');
const terms = (...words: string[]) => wordMatcher('da', new Set(words.map(da)));
const marked = (parts: readonly TextPart[]) => parts.filter((part) => part.mark).map((part) => part.text);
const joined = (parts: readonly TextPart[]) => parts.map((part) => part.text).join('');

describe('markMatches', () => {
  it('marks every inflected form of a matched term and keeps the rest as text', () => {
    const parts = markMatches('Kommunen og kommunerne, ikke kommunikation.', terms('kommune'));
    expect(marked(parts)).toEqual(['Kommunen', 'kommunerne']);
    expect(joined(parts)).toBe('Kommunen og kommunerne, ikke kommunikation.');
  });

  it('leaves a text without matches as one unmarked part', () => {
    expect(markMatches('Til forældre', terms('politi'))).toEqual([{ text: 'Til forældre', mark: false }]);
  });

  it('keeps markup in the text as plain text for React to escape', () => {
    const parts = markMatches('<b>infohus</b>', terms('infohus'));
    expect(parts).toEqual([
      { text: '<b>', mark: false },
      { text: 'infohus', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
});

describe('makeSnippet', () => {
  const filler = (count: number) => Array.from({ length: count }, (_, index) => `ord${index}`).join(' ');

  it('shows the start of the text when nothing in it matched', () => {
    const snippet = makeSnippet(`Kort beskrivelse. ${filler(50)}`, terms('politi'), 10);
    expect(joined(snippet.parts).startsWith('Kort beskrivelse.')).toBe(true);
    expect(snippet).toMatchObject({ cutBefore: false, cutAfter: true });
  });

  it('moves to the match, with a few words before it, and says text was cut on both sides', () => {
    const snippet = makeSnippet(`${filler(40)} bekymring ${filler(40)}`, terms('bekymring'), 12);
    expect(marked(snippet.parts)).toEqual(['bekymring']);
    expect(joined(snippet.parts).startsWith('ord35')).toBe(true);
    expect(snippet).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  it('prefers the window holding the most different matched terms', () => {
    const text = `politi ${filler(30)} politi ${filler(30)} kommune og politi ${filler(30)}`;
    const snippet = makeSnippet(text, terms('politi', 'kommune'), 12);
    expect(marked(snippet.parts)).toEqual(['kommune', 'politi']);
  });

  it('keeps the closing full stop when the snippet reaches the end of the text', () => {
    const snippet = makeSnippet('Ring til hotlinen.', terms('hotline'));
    expect(joined(snippet.parts)).toBe('Ring til hotlinen.');
    expect(snippet).toMatchObject({ cutBefore: false, cutAfter: false });
  });

  it('returns no parts for an empty text', () => {
    expect(makeSnippet('', terms('x')).parts).toEqual([]);
  });
});
