import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, extractMainText } from './html-text';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/readability/prerendered-page.html'), 'utf8');

describe('extractMainText', () => {
  const text = extractMainText(fixture) ?? '';

  it('keeps the text of <main> with a blank line between blocks', () => {
    expect(text).toBe(
      [
        'Infohuse',
        'Der er 12 infohuse i Danmark. Et infohus er et samarbejde.',
        'Sådan arbejder de',
        'Politi & kommune',
        'Kriminalforsorgen',
        'Læs om alle indsatser.\nDet er nemt: spørg din kommune.',
        'Sidst opdateret 23. november 2026',
        'Fem æbler ønsker ånd nu.',
      ].join('\n\n'),
    );
  });

  it('drops everything outside <main>: skip link, header menu, footer, head', () => {
    for (const outside of ['Gå til indhold', 'Hovedmenu', 'Indsatser', 'Kontakt os', 'Center', 'color:red']) {
      expect(text).not.toContain(outside);
    }
  });

  it('drops nav, svg, scripts and hidden elements inside <main>', () => {
    for (const dropped of ['Brødkrumme', 'Forside', 'pil', 'Skjult tekst', 'Ikke tekst', 'Fra RSC', '__next_f']) {
      expect(text).not.toContain(dropped);
    }
  });

  it('joins text split by React comments without adding spaces', () => {
    expect(text).toContain('Der er 12 infohuse');
  });

  it('returns undefined for a page without <main>', () => {
    expect(extractMainText('<html><body><p>Ingen hovedindhold</p></body></html>')).toBeUndefined();
  });

  it('reads only the first <main> and stops when it closes', () => {
    expect(extractMainText('<main><p>Et</p></main><main><p>To</p></main>')).toBe('Et');
  });

  it('closes elements left open inside a closed parent', () => {
    expect(extractMainText('<main><nav><ul><li>Menu</nav><p>Tekst</p></main>')).toBe('Tekst');
  });

  it('does not read attribute values, even with > inside quotes', () => {
    expect(extractMainText('<main title="a > b"><img alt="billede"/><p data-x=\'1>2\'>Tekst</p></main>')).toBe('Tekst');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &#39;x&#x27; &oslash;&AElig; &nbsp;&foo; &#0;')).toBe("<b> & 'x' øÆ  &foo; &#0;");
  });
});
