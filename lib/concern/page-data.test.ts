import { describe, expect, it } from 'vitest';
import { lookupPageData, questionPageData, resultPageData } from './page-data';
import { createGuideSession } from './session';

const session = createGuideSession(new Set(['aarhus']), Buffer.alloc(32, 7), () => 0);

describe('the page data of the guide', () => {
  it('gives a question its choices, each with its own sealed answers, and the chosen one marked', () => {
    const data = questionPageData('en', 'danger', { danger: 'no' }, session);
    expect(data.backHref).toBe('/en/bekymring');
    expect(data.choices.map(({ value, checked }) => [value, checked])).toEqual([
      ['yes', false],
      ['no', true],
    ]);
    expect(session.open(data.choices[0]!.token)).toEqual({ status: 'ok', answers: { danger: 'yes' } });
  });

  it('gives a psychiatry employee’s result the link to the psychiatry procedure', () => {
    const data = resultPageData('da', { danger: 'no', topic: 'person', role: 'psychiatry', age: 'adult', municipality: 'aarhus' }, session);
    expect(data.result.options.map((option) => option.route.id)).toEqual(['hotline', 'workplace-procedure', 'police-report']);
    expect(data.procedure?.href).toBe('/viden/sagsgang-psykiatrien');
    expect(data.backHref).toMatch(/^\/bekymring\/kommune\?s=/);
  });

  it('gives the lookup the infohus card with the police’s number, the only card on that page to give it', () => {
    const data = lookupPageData({ kind: 'query', query: 'lyngby' });
    expect(data.result).toMatchObject({ kind: 'found', municipality: { name: 'Lyngby-Taarbæk' } });
    expect(data.infohus?.contacts.map((contact) => contact.phone)).toEqual(['114']);
    expect(data.hotline?.contacts.map((contact) => contact.phone)).toEqual(['41 74 90 90']);
    expect(lookupPageData({ kind: 'invalid', reason: 'repeated' }).result).toEqual({ kind: 'invalid', reason: 'too-long' });
  });
});
