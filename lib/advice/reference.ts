import { randomBytes } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A reference the requester can quote on the phone or in a reply: `R-` and eight random
 * characters in two groups (about 39 bits). Random rather than a running number, so it says
 * nothing about how many others have asked, and cannot be guessed to find another receipt.
 */
export function newReference(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(8);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return `R-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export const referencePattern = /^R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

export function isReference(value: string): boolean {
  return referencePattern.test(value);
}
