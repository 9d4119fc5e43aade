import { describe, expect, it } from 'vitest';
import { IssueCollector } from '@/lib/content/errors';
import { loadContacts } from '@/lib/content/contacts';
import { infohusApiResponse } from './api';
import { readLookupParam } from './lookup-param';
import { createMunicipalityLookup } from './municipality';
import { realConcern } from './test-data';

const concern = realConcern();
const context = {
  lookup: createMunicipalityLookup(concern),
  concern,
  contacts: loadContacts(new IssueCollector()),
  messages: {
    da: { missing: 'mangler', tooLong: 'for lang', notFound: 'ukendt', ambiguous: 'flere' },
    en: { missing: 'missing', tooLong: 'too long', notFound: 'unknown', ambiguous: 'several' },
  },
  siteUrl: new URL('https://portal.example/'),
};
const ask = (...values: string[]) => infohusApiResponse(readLookupParam(values), context);

describe('GET /api/infohus', () => {
  it('answers 200 with the district, how to reach the infohus and links to the page', () => {
    const { status, body } = ask('lyngby');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      query: 'lyngby',
      match: 'prefix',
      municipality: { name: 'Lyngby-Taarbæk', slug: 'lyngby-taarbaek', district: 'nordsjaelland' },
      district: { slug: 'nordsjaelland', name: 'Nordsjællands Politi' },
      page: {
        da: 'https://portal.example/bekymring/find-infohus?kommune=Lyngby-Taarb%C3%A6k',
        en: 'https://portal.example/en/bekymring/find-infohus?kommune=Lyngby-Taarb%C3%A6k',
      },
    });
    const infohus = body.infohus as { how: { da: string }; contacts: { id: string; phone: string }[] };
    expect(infohus.how.da).toContain('SSP');
    expect(infohus.contacts).toEqual([expect.objectContaining({ id: 'police', phone: '114' })]);
  });

  it('answers every municipality with 200', () => {
    const failing = concern.municipalities.filter((m) => ask(m.name).status !== 200).map((m) => m.name);
    expect(failing).toEqual([]);
  });

  it('answers 404 with a message and the hotline for an unknown name', () => {
    const { status, body } = ask('Nuuk');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'not-found', message: { da: 'ukendt', en: 'unknown' } });
    expect((body.help as { id: string }[]).map((c) => c.id)).toEqual(['hotline', 'police']);
  });

  it('answers 300 with the candidates when the name fits several', () => {
    const { status, body } = ask('Frederiks');
    expect(status).toBe(300);
    expect((body.candidates as { slug: string }[]).map((c) => c.slug)).toEqual(['frederiksberg', 'frederikshavn', 'frederikssund']);
  });

  it('answers 400 for a missing, empty, oversized or repeated parameter', () => {
    expect(ask().status).toBe(400);
    expect(ask('  ').body).toMatchObject({ error: 'missing-parameter' });
    expect(ask('x'.repeat(61))).toMatchObject({ status: 400, body: { error: 'invalid-parameter' } });
    expect(ask('Aarhus', 'Odense').status).toBe(400);
  });
});
