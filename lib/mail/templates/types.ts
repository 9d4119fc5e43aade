/**
 * The contract between the outbox (reg-data) and the e-mail texts (reg-web).
 * lib/registration renders a message inside the transaction that changes the
 * registration and stores the result in the outbox; nothing is rendered at
 * sending time.
 */

export type MailLocale = 'da' | 'en';

export type RegistrationMailKind =
  /** A seat is held: confirm within the time limit (confirm + cancel links). */
  | 'hold'
  /** The run is full: you are number `place` on the waiting list (cancel link). */
  | 'waiting'
  /** A seat has freed for you: accept before `offerExpiresAt` (accept + cancel links). */
  | 'offer'
  /** The seat is yours (cancel link; the run's .ics belongs here). */
  | 'confirmed'
  /** Your registration is cancelled, as you asked. */
  | 'cancelled'
  /** You did not confirm in time; the seat went on. */
  | 'hold-expired'
  /** You did not accept the offered seat in time; it went to the next person. */
  | 'offer-expired';

export interface RegistrationMailData {
  /** The name as the person wrote it. */
  name: string;
  courseSlug: string;
  runId: string;
  /** Absolute links with the capability tokens; each is present when the kind needs it. */
  links: {
    receipt: string;
    cancel?: string;
    confirm?: string;
    accept?: string;
  };
  holdExpiresAt?: Date;
  offerExpiresAt?: Date;
  place?: number;
}

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export type RenderRegistrationMail = (kind: RegistrationMailKind, data: RegistrationMailData, locale: MailLocale) => RenderedMail;
