import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { adviceFields, type AdviceValues, OTHER_OFFER, validateAdvice } from './form';

const content = getContent();
const choices = {
  municipalities: content.concern.municipalities.map((municipality) => municipality.name),
  offers: content.adviceOffers.map((offer) => offer.slug),
};

const valid: AdviceValues = {
  organisationKind: 'municipality',
  municipality: 'Aarhus',
  organisation: '',
  name: '  Test   Person ',
  role: 'SSP-koordinator',
  email: 'test@example.org',
  phone: '',
  offer: 'infohus-modellen',
  description: 'Vi vil gerne have hjælp til at indføre modellen.\n\nHvem kan komme ud til os?',
  timing: '',
};

describe('validateAdvice', () => {
  it('accepts a municipality chosen from the 98, and names it as the organisation', () => {
    expect(choices.municipalities).toHaveLength(98);
    const result = validateAdvice(valid, choices);
    expect(result).toEqual({
      ok: true,
      input: {
        organisationKind: 'municipality',
        organisation: 'Aarhus Kommune',
        name: 'Test Person',
        role: 'SSP-koordinator',
        email: 'test@example.org',
        phone: undefined,
        offer: 'infohus-modellen',
        description: 'Vi vil gerne have hjælp til at indføre modellen.\n\nHvem kan komme ud til os?',
        timing: undefined,
      },
    });
  });

  it('wants the municipality from the list when the kind is municipality, and a typed name otherwise', () => {
    expect(validateAdvice({ ...valid, municipality: '' }, choices)).toEqual({ ok: false, errors: { municipality: 'required' } });
    expect(validateAdvice({ ...valid, municipality: 'Atlantis' }, choices)).toEqual({ ok: false, errors: { municipality: 'invalid' } });
    expect(validateAdvice({ ...valid, organisationKind: 'housing-organisation' }, choices)).toEqual({
      ok: false,
      errors: { organisation: 'required' },
    });
    const housing = validateAdvice(
      { ...valid, organisationKind: 'housing-organisation', municipality: '', organisation: 'Boligselskabet' },
      choices,
    );
    expect(housing.ok && housing.input.organisation).toBe('Boligselskabet');
  });

  it('names a missing municipality together with the other problems of a first send', () => {
    const result = validateAdvice({ ...valid, municipality: '', name: '', description: '' }, choices);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['municipality', 'name', 'description']);
  });

  it('takes the offers of the content and "andet", nothing else', () => {
    expect(validateAdvice({ ...valid, offer: OTHER_OFFER }, choices).ok).toBe(true);
    expect(validateAdvice({ ...valid, offer: '' }, choices)).toEqual({ ok: false, errors: { offer: 'required' } });
    expect(validateAdvice({ ...valid, offer: '../admin' }, choices)).toEqual({ ok: false, errors: { offer: 'invalid' } });
    expect(validateAdvice({ ...valid, organisationKind: 'police' }, choices)).toEqual({
      ok: false,
      errors: { organisationKind: 'invalid' },
    });
  });

  it('allows a description of exactly 2,000 characters and refuses 2,001', () => {
    expect(validateAdvice({ ...valid, description: 'x'.repeat(2000) }, choices).ok).toBe(true);
    expect(validateAdvice({ ...valid, description: 'x'.repeat(2001) }, choices)).toEqual({
      ok: false,
      errors: { description: 'too-long' },
    });
  });

  it('lists every missing required field in page order', () => {
    const empty = Object.fromEntries(adviceFields.map((field) => [field, ''])) as AdviceValues;
    const result = validateAdvice(empty, choices);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['organisationKind', 'name', 'role', 'email', 'offer', 'description']);
  });

  it('refuses hostile values with a reason instead of storing them', () => {
    const hostile: [Partial<AdviceValues>, Partial<Record<keyof AdviceValues, string>>][] = [
      [{ name: 'Robert\u0000Tables' }, { name: 'characters' }],
      [{ name: 'evil\u202Egnp.exe' }, { name: 'characters' }],
      [{ description: 'tekst\u0007med klokke' }, { description: 'characters' }],
      // A line break in a one-line field becomes a space first, so no header can be smuggled in.
      [{ email: 'a@b.c\nBcc: everyone@example.org' }, { email: 'invalid' }],
      [{ email: '"><script>alert(1)</script>@example.org' }, { email: 'invalid' }],
      [{ phone: '12; DROP TABLE outbox' }, { phone: 'invalid' }],
      [{ timing: 'x'.repeat(201) }, { timing: 'too-long' }],
    ];
    for (const [change, errors] of hostile)
      expect(validateAdvice({ ...valid, ...change }, choices), JSON.stringify(change)).toEqual({ ok: false, errors });
  });

  it('keeps markup as plain text: it is never put into HTML', () => {
    const result = validateAdvice({ ...valid, description: '<img src=x onerror=alert(1)> & "quotes"' }, choices);
    expect(result.ok && result.input.description).toBe('<img src=x onerror=alert(1)> & "quotes"');
  });
});
