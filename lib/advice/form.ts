import { z } from 'zod';
import { hasForbiddenCharacters } from '@/lib/forms/form-data';
import { adviceOrganisations } from '@/lib/content/vocabulary';

/** The form's kinds of organisation: the facts' six, and "other" for anyone else who asks. */
export const requesterKinds = [...adviceOrganisations, 'other'] as const;
export type RequesterKind = (typeof requesterKinds)[number];

/** The offer field's value when the request is about none of the listed offers. */
export const OTHER_OFFER = 'andet';

/** The form's fields in page order: the error summary lists problems in this order. */
export const adviceFields = [
  'organisationKind',
  'municipality',
  'organisation',
  'name',
  'role',
  'email',
  'phone',
  'offer',
  'description',
  'timing',
] as const;
export type AdviceField = (typeof adviceFields)[number];
export type AdviceValues = Record<AdviceField, string>;

/** The description's limit is the issue's: at most 2,000 characters. */
export const adviceMaxLengths: Record<AdviceField, number> = {
  organisationKind: 40,
  municipality: 40,
  organisation: 150,
  name: 120,
  role: 120,
  email: 254,
  phone: 30,
  offer: 80,
  description: 2000,
  timing: 200,
};

export type AdviceFieldError = 'required' | 'too-long' | 'invalid' | 'characters';
export type AdviceFieldErrors = Partial<Record<AdviceField, AdviceFieldError>>;

function text(field: AdviceField, { required, multiLine = false }: { required: boolean; multiLine?: boolean }) {
  const base = z
    .string()
    .transform((value) => (multiLine ? value.trim() : value.replace(/\s+/g, ' ').trim()))
    .refine((value) => !hasForbiddenCharacters(value, multiLine), { error: 'characters', abort: true })
    .refine((value) => value.length <= adviceMaxLengths[field], { error: 'too-long', abort: true });
  return required ? base.refine((value) => value !== '', { error: 'required', abort: true }) : base;
}

/** As the registration form takes them: a work address as people type it. */
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;
const phonePattern = /^\+?[0-9 ()-]{8,}$/;

/** What the form needs to know from the content: the municipalities and the offers' slugs. */
export interface AdviceChoices {
  municipalities: readonly string[];
  offers: readonly string[];
}

/**
 * The request on the server. The municipality is one of the 98 names (content/concern) and only
 * asked for when the organisation is a municipality; any other kind types its organisation's name.
 * The offer is one of the content's slugs, or "andet".
 */
export function adviceSchema(choices: AdviceChoices) {
  return z
    .object({
      organisationKind: z
        .string()
        .refine((value) => value !== '', { error: 'required', abort: true })
        .refine((value): value is RequesterKind => (requesterKinds as readonly string[]).includes(value), { error: 'invalid' }),
      municipality: z.string(),
      organisation: text('organisation', { required: false }),
      name: text('name', { required: true }),
      role: text('role', { required: true }),
      email: text('email', { required: true }).refine((value) => emailPattern.test(value), { error: 'invalid' }),
      phone: text('phone', { required: false }).refine((value) => value === '' || phonePattern.test(value), { error: 'invalid' }),
      offer: z
        .string()
        .refine((value) => value !== '', { error: 'required', abort: true })
        .refine((value) => value === OTHER_OFFER || choices.offers.includes(value), { error: 'invalid' }),
      description: text('description', { required: true, multiLine: true }),
      timing: text('timing', { required: false }),
    })
    .superRefine((form, ctx) => {
      if (form.organisationKind === 'municipality') {
        if (form.municipality === '') ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'required' });
        else if (!choices.municipalities.includes(form.municipality))
          ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'invalid' });
      } else if ((requesterKinds as readonly string[]).includes(form.organisationKind) && form.organisation === '') {
        ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'required' });
      }
    })
    .transform((form) => ({
      organisationKind: form.organisationKind as RequesterKind,
      organisation: form.organisationKind === 'municipality' ? `${form.municipality} Kommune` : form.organisation,
      name: form.name,
      role: form.role,
      email: form.email,
      phone: form.phone || undefined,
      offer: form.offer,
      description: form.description,
      timing: form.timing || undefined,
    }));
}

export type AdviceInput = z.output<ReturnType<typeof adviceSchema>>;

export type AdviceValidated = { ok: true; input: AdviceInput } | { ok: false; errors: AdviceFieldErrors };

/** Which of municipality and organisation name the chosen kind needs, judged on the raw values. */
function crossFieldErrors(values: AdviceValues, choices: AdviceChoices): AdviceFieldErrors {
  if (values.organisationKind === 'municipality') {
    if (values.municipality === '') return { municipality: 'required' };
    return choices.municipalities.includes(values.municipality) ? {} : { municipality: 'invalid' };
  }
  const known = (requesterKinds as readonly string[]).includes(values.organisationKind);
  return known && values.organisation.trim() === '' ? { organisation: 'required' } : {};
}

/** The values checked, or one error per field (the first found), in the page's field order. */
export function validateAdvice(values: AdviceValues, choices: AdviceChoices): AdviceValidated {
  const result = adviceSchema(choices).safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  // zod runs the object's cross-field check only once every field has passed; the municipality or
  // the organisation's name is checked here too, so a first send lists every problem at once.
  const errors: AdviceFieldErrors = crossFieldErrors(values, choices);
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AdviceField;
    const code = (['required', 'too-long', 'invalid', 'characters'] as const).find((known) => known === issue.message) ?? 'invalid';
    errors[field] ??= code;
  }
  return { ok: false, errors: Object.fromEntries(adviceFields.flatMap((field) => (errors[field] ? [[field, errors[field]]] : []))) };
}
