import type { MailLocale, RegistrationMailData, RegistrationMailKind, RenderedMail, RenderRegistrationMail } from './types';

// A plain default so the outbox has something true to send; the real texts replace it.
const subjects: Record<RegistrationMailKind, Record<MailLocale, string>> = {
  hold: { da: 'Bekræft din tilmelding', en: 'Confirm your registration' },
  waiting: { da: 'Du er på ventelisten', en: 'You are on the waiting list' },
  offer: { da: 'Der er en plads til dig', en: 'A place is free for you' },
  confirmed: { da: 'Din plads er bekræftet', en: 'Your place is confirmed' },
  cancelled: { da: 'Din tilmelding er afmeldt', en: 'Your registration is cancelled' },
  'hold-expired': { da: 'Din plads er givet videre', en: 'Your place has been released' },
  'offer-expired': { da: 'Pladsen er givet videre', en: 'The place has been offered on' },
};

function when(date: Date | undefined, locale: MailLocale): string {
  return date ? date.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'Europe/Copenhagen' }) : '';
}

function lines(kind: RegistrationMailKind, data: RegistrationMailData, locale: MailLocale): string[] {
  const da = locale === 'da';
  const run = `${data.courseSlug} (${data.runId})`;
  const out = [da ? `Kære ${data.name}` : `Dear ${data.name}`, ''];
  if (kind === 'hold')
    out.push(
      da
        ? `Vi holder en plads til dig på ${run} til ${when(data.holdExpiresAt, locale)}.`
        : `We hold a place for you on ${run} until ${when(data.holdExpiresAt, locale)}.`,
    );
  if (kind === 'waiting')
    out.push(
      da
        ? `${run} er fuldt. Du er nummer ${data.place} på ventelisten.`
        : `${run} is full. You are number ${data.place} on the waiting list.`,
    );
  if (kind === 'offer')
    out.push(
      da
        ? `En plads på ${run} er din, hvis du tager imod den før ${when(data.offerExpiresAt, locale)}.`
        : `A place on ${run} is yours if you accept it before ${when(data.offerExpiresAt, locale)}.`,
    );
  if (kind === 'confirmed') out.push(da ? `Din plads på ${run} er bekræftet.` : `Your place on ${run} is confirmed.`);
  if (kind === 'cancelled') out.push(da ? `Din tilmelding til ${run} er afmeldt.` : `Your registration for ${run} is cancelled.`);
  if (kind === 'hold-expired')
    out.push(
      da
        ? `Du bekræftede ikke i tide, så pladsen på ${run} er givet videre.`
        : `You did not confirm in time, so the place on ${run} has been released.`,
    );
  if (kind === 'offer-expired')
    out.push(da ? `Du tog ikke imod pladsen på ${run} i tide.` : `You did not accept the place on ${run} in time.`);
  out.push('');
  if (data.links.confirm) out.push(`${da ? 'Bekræft' : 'Confirm'}: ${data.links.confirm}`);
  if (data.links.accept) out.push(`${da ? 'Tag imod pladsen' : 'Accept the place'}: ${data.links.accept}`);
  if (data.links.cancel) out.push(`${da ? 'Afmeld' : 'Cancel'}: ${data.links.cancel}`);
  out.push(`${da ? 'Kvittering' : 'Receipt'}: ${data.links.receipt}`);
  return out;
}

export const renderRegistrationMail: RenderRegistrationMail = (kind, data, locale): RenderedMail => ({
  subject: subjects[kind][locale],
  text: lines(kind, data, locale).join('\n'),
});
