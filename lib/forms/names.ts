/** Names of the hidden fields every protected form carries (no Node.js imports: client components read them too). */

/** The idempotency token (lib/forms/tokens.ts). */
export const TOKEN_FIELD = 'token';

/**
 * The honeypot: a text field hidden from people (off screen, out of the tab order, labelled "leave
 * empty") that form-filling robots fill in. Its name looks like a field worth filling.
 */
export const HONEYPOT_FIELD = 'website';
