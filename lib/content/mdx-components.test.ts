import { describe, expect, it } from 'vitest';
import { findComponentProblems } from './mdx-components';

describe('MDX component allow-list', () => {
  const contacts = new Set(['hotline']);

  it('accepts allowed components with their attributes', () => {
    const body = '<Callout variant="info">Hej</Callout>\n\n<ContactCard id="hotline" />\n\n<FactBox title="Fakta">x</FactBox>\n';
    expect(findComponentProblems('a.mdx', body, contacts)).toEqual([]);
  });

  it('names the file, the line and what is wrong', () => {
    const body = 'Tekst\n\n<Script>alert(1)</Script>\n\n<FactBox>x</FactBox>\n\n<ContactCard id="pizza" />\n';
    expect(findComponentProblems('a.mdx', body, contacts)).toEqual([
      { file: 'a.mdx', field: 'line 3', message: '<Script> is not an allowed component (Callout, FactBox, LinkList, ContactCard)' },
      { file: 'a.mdx', field: 'line 5', message: '<FactBox> needs title' },
      { file: 'a.mdx', field: 'line 7', message: '<ContactCard id="pizza"> names no contact in content/contacts' },
    ]);
  });
});
