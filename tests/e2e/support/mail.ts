import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEml } from '../../registration/server';

/** Where the server under test writes its e-mails as .eml files (no SMTP_URL): playwright.config.ts sets the folder. */
const mailFolder = () => path.join(process.env.PORTAL_DATA_DIR ?? 'data', 'mail');

/**
 * Waits (up to 30 s: the outbox worker sends every few seconds) for an e-mail to `address`, the
 * first whose subject starts with `subject` when one is given.
 */
export async function mailTo(address: string, subject?: string): Promise<{ subject: string; text: string }> {
  for (let attempt = 0; attempt < 60; attempt++) {
    let files: string[] = [];
    try {
      files = readdirSync(mailFolder()).filter((file) => file.endsWith('.eml'));
    } catch {
      // The folder appears with the first e-mail.
    }
    for (const file of files.toSorted()) {
      const mail = parseEml(readFileSync(path.join(mailFolder(), file), 'utf8'));
      if (mail.to.includes(address) && (!subject || mail.subject.startsWith(subject))) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no e-mail to ${address}${subject ? ` about "${subject}"` : ''} in ${mailFolder()}`);
}

/** Waits (up to 30 s) for the e-mails to `address`, and gives all of them. */
export async function mailsTo(address: string): Promise<{ subject: string; text: string }[]> {
  await mailTo(address);
  return readdirSync(mailFolder())
    .filter((file) => file.endsWith('.eml'))
    .toSorted()
    .map((file) => parseEml(readFileSync(path.join(mailFolder(), file), 'utf8')))
    .filter((mail) => mail.to.includes(address));
}

/** The path of the first link to this site in a message that matches `pattern`. */
export function linkIn(mail: { text: string }, pattern: RegExp): string {
  const found = new RegExp(`https?://[^/\\s]+(${pattern.source})`).exec(mail.text)?.[1];
  if (!found) throw new Error(`no link like ${pattern} in:\n${mail.text}`);
  return found;
}
