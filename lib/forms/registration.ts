import { z } from 'zod';
import { hasForbiddenCharacters } from './form-data';

/** The kinds of organisation course participants come from; a municipality is chosen from the list. */
export const organisationKinds = ['municipality', 'region', 'police', 'school', 'state', 'civil-society', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** The form's fields in page order: the error summary lists problems in this order. */
export const registrationFields = ['name', 'email', 'organisationKind', 'municipality', 'organisation', 'role', 'phone', 'note'] as const;
export type RegistrationField = (typeof registrationFields)[number];
export type RegistrationValues = Record<RegistrationField, string>;

export const maxLengths: Record<RegistrationField, number> = {
  name: 120,
  email: 254,
  organisationKind: 20,
  municipality: 40,
  organisation: 150,
  role: 120,
  phone: 30,
  note: 1000,
};

/** What went wrong with a field; each has its own sentence in messages (Registration.errors). */
export type FieldError = 'required' | 'too-long' | 'invalid' | 'characters';
export type FieldErrors = Partial<Record<RegistrationField, FieldError>>;

function text(field: RegistrationField, { required, multiLine = false }: { required: boolean; multiLine?: boolean }) {
  const base = z
    .string()
    .transform((value) => (multiLine ? value.trim() : value.replace(/\s+/g, ' ').trim()))
    .refine((value) => !hasForbiddenCharacters(value, multiLine), { error: 'characters', abort: true })
    .refine((value) => value.length <= maxLengths[field], { error: 'too-long', abort: true });
  return required ? base.refine((value) => value !== '', { error: 'required', abort: true }) : base;
}

/** A work address as people type them; the confirmation e-mail proves it is theirs. */
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;
/** Digits, spaces, a leading +, hyphens and brackets: Danish and foreign numbers as written. */
const phonePattern = /^\+?[0-9 ()-]{8,}$/;

/**
 * The registration form on the server. The municipality is one of the names in content/concern
 * (given as the allowed list), and only asked for when the organisation is a municipality; for any
 * other kind the organisation is typed.
 */
export function registrationSchema(municipalities: readonly string[]) {
  return z
    .object({
      name: text('name', { required: true }),
      email: text('email', { required: true }).refine((value) => emailPattern.test(value), { error: 'invalid' }),
      organisationKind: z
        .string()
        .refine((value) => value !== '', { error: 'required', abort: true })
        .refine((value): value is OrganisationKind => (organisationKinds as readonly string[]).includes(value), { error: 'invalid' }),
      municipality: z.string(),
      organisation: text('organisation', { required: false }),
      role: text('role', { required: true }),
      phone: text('phone', { required: false }).refine((value) => value === '' || phonePattern.test(value), { error: 'invalid' }),
      note: text('note', { required: false, multiLine: true }),
    })
    .superRefine((form, ctx) => {
      if (form.organisationKind === 'municipality') {
        if (form.municipality === '') ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'required' });
        else if (!municipalities.includes(form.municipality)) ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'invalid' });
      } else if ((organisationKinds as readonly string[]).includes(form.organisationKind) && form.organisation === '') {
        ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'required' });
      }
    })
    .transform((form) => ({
      name: form.name,
      email: form.email,
      organisationKind: form.organisationKind as OrganisationKind,
      organisation: form.organisationKind === 'municipality' ? `${form.municipality} Kommune` : form.organisation,
      role: form.role,
      phone: form.phone || undefined,
      note: form.note || undefined,
    }));
}

export type RegistrationInput = z.output<ReturnType<typeof registrationSchema>>;

export type Validated = { ok: true; input: RegistrationInput } | { ok: false; errors: FieldErrors };

/** The values checked, or one error per field (the first found), in the page's field order. */
export function validateRegistration(values: RegistrationValues, municipalities: readonly string[]): Validated {
  const result = registrationSchema(municipalities).safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as RegistrationField;
    const code = (['required', 'too-long', 'invalid', 'characters'] as const).find((known) => known === issue.message) ?? 'invalid';
    errors[field] ??= code;
  }
  return { ok: false, errors: Object.fromEntries(registrationFields.flatMap((field) => (errors[field] ? [[field, errors[field]]] : []))) };
}
