import { readForm } from '@/lib/forms/form-data';
import { clientAddress } from '@/lib/forms/form-post';
import { TOKEN_FIELD } from '@/lib/forms/names';
import { originVerdict, siteOrigins } from '@/lib/forms/same-origin';
import { caughtByHoneypot, isFormToken, newFormToken } from '@/lib/forms/tokens';
import {
  adviceFields,
  type AdviceChoices,
  type AdviceFieldErrors,
  type AdviceInput,
  adviceMaxLengths,
  type AdviceValues,
  validateAdvice,
} from './form';

/** Why a whole send was turned away (as opposed to a field being wrong). */
export type AdviceRefusal = 'cross-site' | 'malformed' | 'rate-limited' | 'spam' | 'not-configured';

/** What the form page shows after a send that did not go through: the values back, and what is wrong. */
export interface AdviceFormState {
  token: string;
  values: AdviceValues;
  errors: AdviceFieldErrors;
  refused?: AdviceRefusal;
}

export function emptyAdviceValues(prefill: Partial<AdviceValues> = {}): AdviceValues {
  return { ...(Object.fromEntries(adviceFields.map((field) => [field, ''])) as AdviceValues), ...prefill };
}

export function initialAdviceState(prefill: Partial<AdviceValues> = {}): AdviceFormState {
  return { token: newFormToken(), values: emptyAdviceValues(prefill), errors: {} };
}

/** What the send needs from the data layer; the server action passes the real ones. */
export interface AdvicePorts {
  /** Whether the centre's inbox is configured; without it nothing is stored or sent. */
  configured: boolean;
  /** Whether another request from this key may go through now (counts it when it may). */
  allow(key: string): Promise<boolean>;
  /** Stores the request and queues its e-mails; the same token again gives the first reference. */
  store(input: AdviceInput, idempotencyKey: string): Promise<string>;
}

export interface AdviceSubmitContext {
  headers: Headers;
  publicOrigin: string;
  choices: AdviceChoices;
  ports: AdvicePorts;
}

export type AdviceSubmitResult = { kind: 'receipt'; reference: string } | { kind: 'form'; state: AdviceFormState };

/**
 * One send of the advice form, in the registration form's order: forged origin, honeypot,
 * malformed form, no inbox, invalid values, rate limits, then storing. The values go back to the
 * page only from a send that came from our own form.
 */
export async function submitAdvice(form: FormData, context: AdviceSubmitContext): Promise<AdviceSubmitResult> {
  const fresh = (refused: AdviceRefusal, values = emptyAdviceValues(), token = newFormToken()): AdviceSubmitResult => ({
    kind: 'form',
    state: { token, values, errors: {}, refused },
  });
  if (originVerdict(context.headers, siteOrigins(context.headers, context.publicOrigin)) !== 'same-origin') return fresh('cross-site');
  if (caughtByHoneypot(form)) return fresh('spam');

  const read = readForm(form, [...adviceFields, TOKEN_FIELD], Math.max(...Object.values(adviceMaxLengths)) * 2);
  const { [TOKEN_FIELD]: token, ...values } = read.values;
  if (!read.ok || !isFormToken(token)) return fresh('malformed', values);
  if (!context.ports.configured) return fresh('not-configured', values, token);

  const checked = validateAdvice(values, context.choices);
  if (!checked.ok) return { kind: 'form', state: { token, values, errors: checked.errors } };

  const allowed =
    (await context.ports.allow(`ip:${clientAddress(context.headers)}`)) &&
    (await context.ports.allow(`email:${checked.input.email.toLowerCase()}`));
  if (!allowed) return fresh('rate-limited', values, token);

  return { kind: 'receipt', reference: await context.ports.store(checked.input, token) };
}
