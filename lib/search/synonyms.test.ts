import { describe, expect, it } from 'vitest';
import { type SearchSynonym } from '@/lib/content/schemas/search';
import { buildSynonymTable, groupQueryWords } from './synonyms';
import { termProcessor } from './terms';

const da = termProcessor('da');
const synonyms: SearchSynonym[] = [
  { locale: 'da', words: ['radikalisering', 'ekstremisme'], page: '/' },
  { locale: 'da', words: ['info-hus', 'info hus'], means: 'infohus', page: '/' },
  { locale: 'da', words: ['sociale medier'], means: 'online', page: '/' },
  { locale: 'en', words: ['extremism', 'radicalisation'], page: '/' },
];
const table = buildSynonymTable(synonyms, 'da', da);

describe('buildSynonymTable', () => {
  it('makes equivalent words find each other', () => {
    expect(table.alternatives.get(da('radikalisering'))).toEqual(['ekstremisme']);
    expect(table.alternatives.get(da('ekstremisme'))).toEqual(['radikalisering']);
  });

  it('makes one-way variants lead to their meaning only', () => {
    expect(table.alternatives.get(`${da('info')} ${da('hus')}`)).toEqual(['infohus']);
    expect(table.alternatives.has(da('infohus'))).toBe(false);
  });

  it('takes only the synonyms of its language', () => {
    expect(table.alternatives.has(da('extremism'))).toBe(false);
  });

  it('knows how long its longest phrase is', () => {
    expect(table.longestPhrase).toBe(2);
  });
});

describe('groupQueryWords', () => {
  it('takes a known phrase as one group, whatever its inflection', () => {
    expect(groupQueryWords(['hjælp', 'info', 'hus', 'ekstremismen'], table, da)).toEqual([
      { words: ['hjælp'], alternatives: [] },
      { words: ['info', 'hus'], alternatives: ['infohus'] },
      { words: ['ekstremismen'], alternatives: ['radikalisering'] },
    ]);
  });

  it('matches a phrase only when all its words are there in order', () => {
    expect(groupQueryWords(['medier', 'sociale'], table, da).every((group) => group.alternatives.length === 0)).toBe(true);
  });
});
