import { describe, expect, it } from 'vitest';
import { mdxToText } from './mdx-text';

describe('mdxToText', () => {
  it('keeps the words of headings, paragraphs, lists and links, one block per paragraph', () => {
    const body = [
      '## Sådan kommer du i gang',
      '',
      'Tal med **din kommune** eller læs om [infohuse](/indsatser/infohuse).',
      '',
      '- Første punkt',
      '- Andet punkt',
    ].join('\n');
    expect(mdxToText(body)).toBe('Sådan kommer du i gang\n\nTal med din kommune eller læs om infohuse.\n\nFørste punkt\n\nAndet punkt');
  });

  it('reads component titles and children but not other attributes or self-closing cards', () => {
    const body = [
      '<Callout variant="info" title="Godt at vide">',
      '',
      'Du kan være anonym.',
      '',
      '</Callout>',
      '',
      '<ContactCard id="hotline" />',
    ].join('\n');
    expect(mdxToText(body)).toBe('Godt at vide\n\nDu kan være anonym.');
  });

  it('reads table cells as blocks of their own', () => {
    expect(mdxToText('| Hvem | Hvad |\n|---|---|\n| Politi | Ring |')).toBe('Hvem\n\nHvad\n\nPoliti\n\nRing');
  });
});
