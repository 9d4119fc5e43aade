/** A rendered e-mail as the outbox stores it (the templates in ./templates write it). */
export interface OutgoingMail {
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Where a reply should go, when not to the sender. */
  replyTo?: string;
}

/** One outbox message handed to a transport. */
export interface Envelope extends OutgoingMail {
  /** The outbox id; also the Message-ID, so a receiver can tell a repeat from a new message. */
  id: string;
  to: string;
}

export interface MailTransport {
  /** Resolves once the message is accepted (by the SMTP server, or on disk); rejects otherwise. */
  send(message: Envelope): Promise<void>;
  close?(): void;
}
