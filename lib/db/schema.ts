import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * Times are stored as ISO-8601 text in UTC (`2027-03-02T08:00:00.000Z`): the
 * same on SQLite and PostgreSQL, and text order is time order.
 */
export type IsoTime = string;

/** Seat counters of one course run. The content holds what is offered; this row only counts. */
export interface RunsTable {
  /** `<course slug>/<run id>`: run ids are unique only within a course. */
  id: string;
  /** Null when the content gives no capacity (no limit). */
  capacity: number | null;
  /** Seats held, offered or confirmed. A CHECK keeps it within capacity. */
  taken: Generated<number>;
  /** People on the waiting list now. */
  waiting: Generated<number>;
  /** Last waiting-list number handed out; orders the list. */
  waiting_seq: Generated<number>;
  starts_at: IsoTime;
  ends_at: IsoTime;
  cancelled: Generated<number>;
  /** Set when staff cancelled the run in the back office; the content cannot undo it. */
  cancelled_at: IsoTime | null;
}

export const registrationStatuses = ['held', 'confirmed', 'waiting', 'offered', 'cancelled', 'expired'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
/** Statuses that occupy the (run, e-mail) slot. */
export const activeStatuses = ['held', 'confirmed', 'waiting', 'offered'] as const satisfies readonly RegistrationStatus[];

export interface RegistrationsTable {
  id: string;
  run_id: string;
  receipt: string;
  idempotency_key: string | null;
  status: RegistrationStatus;
  /** What register() answered first, so a repeated request gets the same answer. */
  first_outcome: 'held' | 'waiting';
  first_place: number | null;
  waiting_seq: number | null;
  name: string;
  email: string;
  organisation_kind: string;
  organisation: string;
  role: string;
  phone: string | null;
  note: string | null;
  locale: 'da' | 'en';
  created_at: IsoTime;
  hold_expires_at: IsoTime | null;
  offer_expires_at: IsoTime | null;
  confirmed_at: IsoTime | null;
  ended_at: IsoTime | null;
}

export type TokenPurpose = 'confirm' | 'cancel' | 'offer';

/** Capability tokens from e-mailed links; only their SHA-256 is stored. */
export interface TokensTable {
  hash: string;
  registration_id: string;
  purpose: TokenPurpose;
  expires_at: IsoTime;
}

export interface OutboxTable {
  id: string;
  /** Deleted with the registration when its data is due for deletion. */
  registration_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** JSON array of { filename, content, contentType }. */
  attachments: string | null;
  created_at: IsoTime;
  attempts: Generated<number>;
  next_attempt_at: IsoTime;
  locked_until: IsoTime | null;
  sent_at: IsoTime | null;
  last_error: string | null;
  /** The advice request it belongs to; its e-mails are deleted together once both are sent (0003). */
  advice_id: string | null;
  /** Where a reply goes (the centre's copy of an advice request: the requester). */
  reply_to: string | null;
}

export interface RateLimitsTable {
  /** SHA-256 of the caller's key, so no address or e-mail is stored in clear. */
  key: string;
  window_start: IsoTime;
  count: number;
  expires_at: IsoTime;
}

export const registrationEvents = [
  'held',
  'waiting',
  'confirmed',
  'offered',
  'offer-accepted',
  'cancelled',
  'hold-expired',
  'offer-expired',
  'cancelled-by-staff',
  'offered-by-staff',
  'mail-resent',
  'run-cancelled',
] as const;
export type RegistrationEvent = (typeof registrationEvents)[number];

/** A registration's history, for staff. Deleted with the registration. */
export interface RegistrationEventsTable {
  id: string;
  registration_id: string;
  at: IsoTime;
  event: RegistrationEvent;
  actor: string | null;
}

export const auditActions = [
  'signed-in',
  'signed-out',
  'exported-participants',
  'cancelled-registration',
  'offered-seat',
  'resent-mail',
  'cancelled-run',
  'retried-mail',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Every staff action: who, when, what. Kept for ADMIN_AUDIT_RETENTION_DAYS. */
export interface AuditLogTable {
  id: string;
  at: IsoTime;
  actor: string;
  actor_name: string | null;
  action: AuditAction;
  run_id: string | null;
  registration_id: string | null;
  detail: string | null;
}

/**
 * An advice request after it was sent: no personal data (that lives only in its outbox e-mails,
 * deleted when both are delivered). Deleted ADVICE_RECORD_RETENTION_DAYS after delivery.
 */
export interface AdviceRequestsTable {
  id: string;
  /** Shown to the requester on the receipt and in both e-mails, e.g. R-7K3M-Q9XD. */
  reference: string;
  idempotency_key: string | null;
  /** The offer's slug, or `andet`. */
  offer: string;
  locale: 'da' | 'en';
  created_at: IsoTime;
  /** When the last of its e-mails was accepted and the personal data deleted. */
  delivered_at: IsoTime | null;
  /** When an undelivered request was reported in the log (once). */
  alerted_at: IsoTime | null;
}

export interface Database {
  runs: RunsTable;
  registrations: RegistrationsTable;
  tokens: TokensTable;
  outbox: OutboxTable;
  rate_limits: RateLimitsTable;
  registration_events: RegistrationEventsTable;
  audit_log: AuditLogTable;
  advice_requests: AdviceRequestsTable;
}

/** The database, or a transaction on it: what a query that may run inside a caller's transaction takes. */
export type DbExecutor = Kysely<Database> | Transaction<Database>;
