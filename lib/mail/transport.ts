import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Envelope, MailTransport } from './message';

/** Not the centre's address (none is published for this): set MAIL_FROM in production. */
const defaultFrom = 'Kursustilmelding <noreply@localhost>';

function nodemailerMessage(message: Envelope, from: string): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments,
    replyTo: message.replyTo,
    messageId: `<${message.id}@cdiem-portal.outbox>`,
  };
}

/** Sends over SMTP (SMTP_URL, e.g. smtp://127.0.0.1:2525). */
export function smtpTransport(url: string, from = defaultFrom): MailTransport {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(message) {
      await transport.sendMail(nodemailerMessage(message, from));
    },
    close: () => transport.close(),
  };
}

/**
 * Writes each message as an .eml file (no SMTP server configured): a newcomer
 * opens the newest file to follow the confirmation link. Written beside and
 * renamed, so a half-written file never shows.
 */
export function emlTransport(folder: string, from = defaultFrom): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await builder.sendMail(nodemailerMessage(message, from));
      await fs.mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`;
      const temporary = path.join(folder, `.${name}.tmp`);
      await fs.writeFile(temporary, info.message as Buffer);
      await fs.rename(temporary, path.join(folder, name));
    },
  };
}

/** SMTP when SMTP_URL is set, otherwise .eml files in <data>/mail/. */
export function transportFromEnv(dataFolder: string, env: Partial<Record<string, string>> = process.env): MailTransport {
  const from = env.MAIL_FROM || defaultFrom;
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL, from) : emlTransport(path.join(dataFolder, 'mail'), from);
}
