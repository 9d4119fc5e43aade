import type { OutgoingMail } from '@/lib/mail/message';

/** What the seat rules need to know about a run; built from the content (capacity, deadline, sessions). */
export interface RunPolicy {
  runId: string;
  courseSlug: string;
  /** Undefined: no limit. */
  capacity: number | undefined;
  /** The moment registration closes (end of the deadline day in Copenhagen). */
  registrationDeadline: Date;
  firstSessionStart: Date;
  lastSessionEnd: Date;
  cancelled: boolean;
}

export interface Registrant {
  name: string;
  email: string;
  organisationKind: string;
  organisation: string;
  role: string;
  phone?: string;
  note?: string;
  locale: 'da' | 'en';
}

export type RegisterOutcome =
  | { kind: 'held'; receipt: string; holdExpiresAt: Date }
  | { kind: 'waiting'; receipt: string; place: number }
  | { kind: 'already-registered'; receipt: string }
  | { kind: 'closed'; reason: 'deadline' | 'cancelled' | 'started' };

interface MailBase {
  locale: 'da' | 'en';
  name: string;
  courseSlug: string;
  runId: string;
}

/** Which e-mail to write, with the raw capability tokens; the templates turn tokens into links. */
export type RegistrationMailRequest =
  | (MailBase & { kind: 'confirm'; confirmToken: string; cancelToken: string; holdExpiresAt: Date })
  | (MailBase & { kind: 'waiting'; place: number; cancelToken: string })
  | (MailBase & { kind: 'offer'; acceptToken: string; cancelToken: string; offerExpiresAt: Date })
  /** `byCentre`: staff cancelled the place, not the participant. */
  | (MailBase & { kind: 'cancelled'; byCentre?: boolean })
  /** Sent again by staff to someone whose seat is confirmed: the run, the calendar and the cancel link. */
  | (MailBase & { kind: 'confirmed'; cancelToken: string })
  /** To everyone on a run the centre cancelled. */
  | (MailBase & { kind: 'run-cancelled' });

/** Renders one message; runs inside the transaction, so it must not wait on anything. */
export type ComposeMail = (request: RegistrationMailRequest) => OutgoingMail;

export type RegistrationState = 'held' | 'confirmed' | 'waiting' | 'offered' | 'cancelled' | 'expired';

/** What the receipt page may show: the run and the state, nothing personal. */
export interface ReceiptView {
  courseSlug: string;
  runId: string;
  status: RegistrationState;
  /** Place on the waiting list now (1 = next in line). */
  place?: number;
  holdExpiresAt?: Date;
  offerExpiresAt?: Date;
}
