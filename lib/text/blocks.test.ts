import { describe, expect, it } from 'vitest';
import { textBlocks } from './blocks';

describe('textBlocks', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(textBlocks('First line\nsame paragraph.\n\nSecond.\n')).toEqual([
      { kind: 'paragraph', text: 'First line same paragraph.' },
      { kind: 'paragraph', text: 'Second.' },
    ]);
  });

  it('reads "- " lines as a list, also right after a lead-in line', () => {
    expect(textBlocks('The municipality learns to\n- talk\n- map\n  together\n\nEnd.')).toEqual([
      { kind: 'paragraph', text: 'The municipality learns to' },
      { kind: 'list', items: ['talk', 'map together'] },
      { kind: 'paragraph', text: 'End.' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(textBlocks('  \n\n ')).toEqual([]);
  });
});
