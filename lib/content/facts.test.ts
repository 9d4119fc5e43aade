import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Phone numbers and e-mail addresses are facts that must never be invented,
 * and numbers live once, in content/contacts, so one edit changes every page.
 * This scans content/ and messages/ as plain text for anything that looks
 * like a number or an address and is not on the allow-list below.
 */
const ALLOWED_PHONE_NUMBERS = new Set(['112', '114', '41749090', '+4541749090']);
const ALLOWED_EMAILS = new Set<string>();

const SCANNED_FOLDERS = ['content', 'messages'];
const TEXT_EXTENSIONS = ['.mdx', '.md', '.yaml', '.yml', '.json'];

/** Eight or more digits in a row or in groups split by single spaces, with an optional +country code. */
const DIGIT_RUN = /(?<![\d-])\+?\d(?: ?\d){7,}(?![\d-])/g;
/** A short number right after a word that says it is a phone number: "ring 114", "tlf. 112", "tel:114". */
const CALLED_NUMBER = /\b(?:ring(?:e)?(?: til| på)?|tlf\.?|telefon(?:nummer)?|phone(?: number)?|call|tel\.?)\s*:?\s*(\+?\d(?: ?\d)*)/giu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;

export function findContactDetails(text: string): { phones: string[]; emails: string[] } {
  const phones = [DIGIT_RUN, CALLED_NUMBER].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => (match[1] ?? match[0]).replace(/\s/g, '')),
  );
  const emails = [...text.matchAll(EMAIL)].map((match) => match[0].toLowerCase());
  return { phones: [...new Set(phones)].sort(), emails: [...new Set(emails)].sort() };
}

function listTextFiles(folder: string): string[] {
  const absolute = path.join(process.cwd(), folder);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
}

describe('findContactDetails', () => {
  it('finds Danish numbers however they are grouped, and e-mail addresses', () => {
    const found = findContactDetails('Ring 41 74 90 90, 4174 9090 eller +45 41749090. Skriv til info@example.org.');
    expect(found.phones).toEqual(['+4541749090', '41749090']);
    expect(found.emails).toEqual(['info@example.org']);
  });

  it('finds short numbers that are introduced as phone numbers', () => {
    expect(findContactDetails('Ring til 114 i dag. Call 112.').phones).toEqual(['112', '114']);
    expect(findContactDetails('<a href="tel:+4541749090">').phones).toEqual(['+4541749090']);
  });

  it('does not take dates, years, ordinals or counts for phone numbers', () => {
    const text = 'updated: 2026-11-23. Den 1. februar 2016 i 22 kommuner, 80 % af 98 kommuner, 12 infohuse.';
    expect(findContactDetails(text)).toEqual({ phones: [], emails: [] });
  });
});

describe('content and messages', () => {
  const files = SCANNED_FOLDERS.flatMap(listTextFiles);

  it('finds files to scan', () => {
    expect(files.some((file) => file.startsWith('content'))).toBe(true);
  });

  it.each(files)('%s holds no phone number or e-mail address outside the allow-list', (file) => {
    const { phones, emails } = findContactDetails(fs.readFileSync(file, 'utf8'));
    expect(phones.filter((phone) => !ALLOWED_PHONE_NUMBERS.has(phone))).toEqual([]);
    expect(emails.filter((email) => !ALLOWED_EMAILS.has(email))).toEqual([]);
  });
});
