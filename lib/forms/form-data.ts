/**
 * Turning a posted form into plain strings, before any schema sees it. A browser sends each of our
 * fields once, as text; anything else (a field twice, a file, control characters) comes from a
 * script or a tampered page, and the visitor gets a clear answer instead of a guess at what was meant.
 */

export type FormProblem = 'repeated-field' | 'not-text' | 'too-long';

export type ReadForm<Name extends string> =
  { ok: true; values: Record<Name, string> } | { ok: false; problem: FormProblem; field: Name; values: Record<Name, string> };

/**
 * The named fields as single strings ('' when absent), NFC-normalised, with Windows line ends made
 * plain. Values are cut to `keepAtMost` characters so a 100 KB field is never sent back whole.
 */
export function readForm<Name extends string>(form: FormData, names: readonly Name[], keepAtMost: number): ReadForm<Name> {
  const values = {} as Record<Name, string>;
  let problem: { problem: FormProblem; field: Name } | undefined;
  for (const name of names) {
    const all = form.getAll(name);
    const first = all[0];
    if (all.length > 1) problem ??= { problem: 'repeated-field', field: name };
    if (first !== undefined && typeof first !== 'string') problem ??= { problem: 'not-text', field: name };
    const text = typeof first === 'string' ? first.normalize('NFC').replace(/\r\n?/g, '\n') : '';
    if (text.length > keepAtMost) problem ??= { problem: 'too-long', field: name };
    values[name] = text.slice(0, keepAtMost);
  }
  return problem ? { ok: false, ...problem, values } : { ok: true, values };
}

/** Control characters (except line breaks and tabs where text may have them) and invisible direction overrides. */
const singleLineForbidden = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;
const multiLineForbidden = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;
const allowedInMultiLine = /[\n\t]/g;

/** Whether text has characters no person types into a form field: control codes, direction overrides. */
export function hasForbiddenCharacters(text: string, multiLine = false): boolean {
  if (multiLine) return multiLineForbidden.test(text.replace(allowedInMultiLine, ' '));
  return singleLineForbidden.test(text);
}
