import { createTranslator } from 'next-intl';
import type { AdviceOffer } from '@/lib/content/advice';
import { messagesOf } from '@/lib/i18n/messages';
import { type Locale } from '@/lib/i18n/routing';
import type { OutgoingMail } from '@/lib/mail/message';
import type { AdviceMails } from './store';
import { type AdviceInput, OTHER_OFFER } from './form';

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesOf(locale), namespace: 'Advice' });
}

/** The offer's title in a language, or "something else". */
export function offerTitle(offers: readonly AdviceOffer[], slug: string, locale: Locale): string {
  const offer = offers.find((candidate) => candidate.slug === slug);
  return offer ? offer.title[locale] : translator(locale)('form.otherOffer');
}

/**
 * The request as the centre's advisers read it (in Danish, the centre's language), every field
 * labelled, with Reply-To set to the requester so a reply reaches them. Plain text only: nothing
 * the requester typed is ever put into HTML.
 */
export function centreMail(input: AdviceInput, reference: string, locale: Locale, offers: readonly AdviceOffer[]): OutgoingMail {
  const t = translator('da');
  const line = (label: string, value: string | undefined) => `${label}: ${value ?? t('mail.notGiven')}`;
  const offer = offerTitle(offers, input.offer, 'da');
  const text = [
    t('mail.centreIntro'),
    [
      line(t('mail.reference'), reference),
      line(t('mail.offer'), offer),
      line(t('mail.organisationKind'), t(`organisations.${input.organisationKind}`)),
      line(t('mail.organisation'), input.organisation),
      line(t('mail.name'), input.name),
      line(t('mail.role'), input.role),
      line(t('mail.email'), input.email),
      line(t('mail.phone'), input.phone),
      line(t('mail.timing'), input.timing),
      line(t('mail.language'), locale === 'da' ? 'dansk' : 'engelsk'),
    ].join('\n'),
    `${t('mail.description')}:\n${input.description}`,
  ].join('\n\n');
  return { subject: t('mail.centreSubject', { reference, offer }), text: `${text}\n`, replyTo: input.email };
}

/** The requester's receipt in their language: the reference and the offer, not a copy of what they wrote. */
export function receiptMail(input: AdviceInput, reference: string, locale: Locale, offers: readonly AdviceOffer[]): OutgoingMail {
  const t = translator(locale);
  const text = [
    t('mail.greeting', { name: input.name }),
    t('mail.receiptBody'),
    t('mail.receiptReference', { reference }),
    t('mail.receiptOffer', { offer: offerTitle(offers, input.offer, locale) }),
    t('mail.receiptNotYou'),
    t('mail.signature'),
  ].join('\n\n');
  return { subject: t('mail.receiptSubject', { reference }), text: `${text}\n` };
}

/** Both e-mails of a request for the store. */
export function adviceMails(input: AdviceInput, locale: Locale, inbox: string, offers: readonly AdviceOffer[]) {
  return (reference: string): AdviceMails => ({
    centre: { to: inbox, mail: centreMail(input, reference, locale, offers) },
    receipt: { to: input.email, mail: receiptMail(input, reference, locale, offers) },
  });
}

export { OTHER_OFFER };
