import { readForm } from './form-data';
import { clientAddress } from './form-post';
import {
  type FieldErrors,
  maxLengths,
  registrationFields,
  type RegistrationInput,
  type RegistrationValues,
  validateRegistration,
} from './registration';
import { originVerdict, siteOrigins } from './same-origin';
import { TOKEN_FIELD } from './names';
import { caughtByHoneypot, isFormToken, newFormToken } from './tokens';

/** Why a whole submission was turned away (as opposed to a field being wrong). */
export type Refusal =
  'cross-site' | 'malformed' | 'rate-limited' | 'spam' | 'already-registered' | 'closed-deadline' | 'closed-cancelled' | 'closed-started';

/** What the form page shows after a send that did not register: the values back, and what is wrong. */
export interface RegistrationFormState {
  /** The idempotency token the next send carries. */
  token: string;
  values: RegistrationValues;
  errors: FieldErrors;
  refused?: Refusal;
}

export function emptyValues(prefill: Partial<RegistrationValues> = {}): RegistrationValues {
  return { ...(Object.fromEntries(registrationFields.map((field) => [field, ''])) as RegistrationValues), ...prefill };
}

export function initialFormState(prefill: Partial<RegistrationValues> = {}): RegistrationFormState {
  return { token: newFormToken(), values: emptyValues(prefill), errors: {} };
}

export type RegisterOutcome =
  { kind: 'held' | 'waiting' | 'already-registered'; receipt: string } | { kind: 'closed'; reason: 'deadline' | 'cancelled' | 'started' };

/** What the send needs from the data layer; the server action passes lib/registration's. */
export interface RegistrationPorts {
  /** Whether another request from this key may go through now (counts it when it may). */
  allow(key: string): Promise<boolean>;
  register(input: RegistrationInput, idempotencyKey: string): Promise<RegisterOutcome>;
}

export interface SubmitContext {
  headers: Headers;
  /** The site's configured public origin (PORTAL_SITE_URL). */
  publicOrigin: string;
  municipalities: readonly string[];
  ports: RegistrationPorts;
}

export type SubmitResult = { kind: 'receipt'; receipt: string } | { kind: 'form'; state: RegistrationFormState };

/**
 * One send of the registration form, in the order that costs least for the unwanted: forged
 * origin, honeypot, malformed form, invalid values, rate limits, then the registration itself.
 * The values go back to the page only from a send that came from our own form.
 */
export async function submitRegistration(form: FormData, context: SubmitContext): Promise<SubmitResult> {
  const fresh = (refused: Refusal, values = emptyValues(), token = newFormToken()): SubmitResult => ({
    kind: 'form',
    state: { token, values, errors: {}, refused },
  });
  if (originVerdict(context.headers, siteOrigins(context.headers, context.publicOrigin)) !== 'same-origin') return fresh('cross-site');
  if (caughtByHoneypot(form)) return fresh('spam');

  const read = readForm(form, [...registrationFields, TOKEN_FIELD], Math.max(...Object.values(maxLengths)) * 2);
  const { [TOKEN_FIELD]: token, ...values } = read.values;
  if (!read.ok || !isFormToken(token)) return fresh('malformed', values);

  const checked = validateRegistration(values, context.municipalities);
  if (!checked.ok) return { kind: 'form', state: { token, values, errors: checked.errors } };

  const allowed =
    (await context.ports.allow(`ip:${clientAddress(context.headers)}`)) &&
    (await context.ports.allow(`email:${checked.input.email.toLowerCase()}`));
  if (!allowed) return fresh('rate-limited', values, token);

  const outcome = await context.ports.register(checked.input, token);
  if (outcome.kind === 'closed') return fresh(`closed-${outcome.reason}`, values, token);
  // Not the receipt: it would show someone else's registration to whoever knows their address.
  if (outcome.kind === 'already-registered') return fresh('already-registered', values, token);
  return { kind: 'receipt', receipt: outcome.receipt };
}
