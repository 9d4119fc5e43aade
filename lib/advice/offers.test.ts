import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { centreMail, receiptMail } from './mail';
import { offerListData, preselectedOffer } from './offers';

const content = getContent();

describe('the offer list on /for-kommuner', () => {
  it('lists every offer in order without a filter, each with a link that preselects it', () => {
    const list = offerListData(content, {}, 'da');
    expect(list.active).toBe(false);
    expect(list.count).toBe(content.adviceOffers.length);
    expect(list.matches[0]!.offer.slug).toBe('lokale-strategier-og-handlingsplaner');
    expect(list.matches[0]!.requestHref).toBe('/for-kommuner/anmod-om-raadgivning?tilbud=lokale-strategier-og-handlingsplaner');
    expect(list.options.organisation).toEqual([
      'municipality',
      'region',
      'crime-prevention-partnership',
      'educational-institution',
      'housing-organisation',
      'association',
    ]);
  });

  it('narrows to the offers for a kind of organisation, and names unknown values', () => {
    const housing = offerListData(content, { organisation: 'housing-organisation' }, 'da');
    expect(housing.matches.map((view) => view.offer.slug)).toEqual([
      'lokale-strategier-og-handlingsplaner',
      'organisering-og-kompetenceopbygning',
      'raad-om-et-konkret-problem',
      'samarbejde-i-udsatte-boligomraader',
    ]);
    const both = offerListData(content, new URLSearchParams('organisation=educational-institution&organisation=bogus'), 'en');
    expect(both.matches.map((view) => view.offer.slug)).toContain('forebyggelse-online');
    expect(both.ignored).toEqual([{ key: 'organisation', value: 'bogus' }]);
  });

  it("resolves courses, tools and the activity page to their titles in the page's language", () => {
    const view = offerListData(content, {}, 'en').matches.find((found) => found.offer.slug === 'uddannelse-i-vurderingsvaerktoejet')!;
    expect(view.courses).toEqual([{ href: '/kurser/uddannelse-i-vurderingsvaerktoejet', title: expect.stringMatching(/assessment/i) }]);
    expect(view.tools.map((tool) => tool.href)).toEqual(['/viden/vaerktoej-til-vurdering-af-bekymringer']);
    expect(view.activity.href).toBe('/indsatser/infohuse');
    expect(view.activity.title).not.toBe('/indsatser/infohuse');
  });

  it('preselects only an offer that exists', () => {
    expect(preselectedOffer({ tilbud: 'infohus-modellen' }, content.adviceOffers)).toBe('infohus-modellen');
    expect(preselectedOffer({ tilbud: '<script>' }, content.adviceOffers)).toBeUndefined();
    expect(preselectedOffer({}, content.adviceOffers)).toBeUndefined();
  });
});

describe('the e-mails of a request', () => {
  const input = {
    organisationKind: 'municipality' as const,
    organisation: 'Aarhus Kommune',
    name: 'Test Person',
    role: 'SSP-koordinator',
    email: 'test@example.org',
    phone: undefined,
    offer: 'infohus-modellen',
    description: 'Linje et\nLinje to',
    timing: 'I foråret',
  };

  it('gives the centre every field in Danish, with Reply-To the requester', () => {
    const mail = centreMail(input, 'R-ABCD-EFGH', 'en', content.adviceOffers);
    expect(mail.subject).toBe('Anmodning om rådgivning R-ABCD-EFGH: Indfør infohusenes samarbejdsmodel');
    expect(mail.replyTo).toBe('test@example.org');
    for (const part of [
      'Organisation: Aarhus Kommune',
      'Navn: Test Person',
      'Telefon: (ikke oplyst)',
      'Hvornår: I foråret',
      'Sprog: engelsk',
      'Linje et\nLinje to',
    ]) {
      expect(mail.text).toContain(part);
    }
  });

  it('gives the requester a receipt in their language with the reference, not a copy of the description', () => {
    const mail = receiptMail(input, 'R-ABCD-EFGH', 'en', content.adviceOffers);
    expect(mail.subject).toContain('R-ABCD-EFGH');
    expect(mail.text).toContain('Dear Test Person');
    expect(mail.text).toContain('Put the infohus cooperation model into practice');
    expect(mail.text).not.toContain('Linje et');
    expect(mail.replyTo).toBeUndefined();
  });
});
