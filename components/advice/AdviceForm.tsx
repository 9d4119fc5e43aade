'use client';

import { type ReactNode, useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { type Choice, RadioFieldset, SelectField, TextArea, TextField, type FieldText } from '@/components/forms/fields';
import { type AdviceField, adviceFields, adviceMaxLengths, requesterKinds } from '@/lib/advice/form';
import type { AdviceFormState } from '@/lib/advice/submit';
import { HONEYPOT_FIELD, TOKEN_FIELD } from '@/lib/forms/names';
import type da from '@/messages/da.json';

export type AdviceMessages = (typeof da)['Advice'];

interface AdviceFormProps {
  action: (state: AdviceFormState, form: FormData) => Promise<AdviceFormState>;
  initialState: AdviceFormState;
  messages: AdviceMessages;
  municipalities: readonly string[];
  /** The offers as the select lists them (slug and title), "something else" last. */
  offers: readonly Choice[];
  /** The notice above the description: no personal data about citizens; where a concern goes. */
  citizenNotice: ReactNode;
}

/**
 * The advice request. Like the registration form it posts to a server action; without JavaScript
 * (as the portal sends its pages) the browser posts it and the page comes back with the action's
 * state: values kept, errors summarised at the top and at each field. The municipality list and
 * the organisation's name are both shown, each with a hint saying when it applies, since hiding
 * one would need a script.
 */
export function AdviceForm({ action, initialState, messages, municipalities, offers, citizenNotice }: AdviceFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const { values, errors } = state;
  const form = messages.form;
  const text = (field: AdviceField, optional = false): FieldText => {
    const fieldMessages: { label: string; hint?: string } = form.fields[field];
    const error = errors[field];
    return {
      label: fieldMessages.label,
      hint: fieldMessages.hint,
      error: error && form.errors[field][error],
      optional: optional ? form.optional : undefined,
      errorPrefix: form.errorPrefix,
    };
  };
  const kinds: Choice[] = requesterKinds.map((kind) => ({ value: kind, label: messages.organisations[kind] }));
  const summary = adviceFields.flatMap((field) => {
    const error = errors[field];
    return error ? [{ message: form.errors[field][error], href: `#${field}` }] : [];
  });
  // Longer than the schema allows, so a value pasted too long is explained rather than silently cut.
  const room = (field: AdviceField) => adviceMaxLengths[field] * 2;

  return (
    <form action={formAction} noValidate className="advice-form">
      {state.refused ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} autoFocus>
          <div className="alert-body">
            <h2 className="alert-heading">{form.refused.title}</h2>
            <p className="alert-text">{form.refused[state.refused]}</p>
          </div>
        </div>
      ) : (
        summary.length > 0 && <ErrorSummary title={form.errorSummary} errors={summary} />
      )}
      <p>{form.requiredNote}</p>
      <input type="hidden" name={TOKEN_FIELD} value={state.token} />
      <RadioFieldset id="organisationKind" text={text('organisationKind')} value={values.organisationKind} choices={kinds} />
      <SelectField
        id="municipality"
        text={text('municipality')}
        value={values.municipality}
        choices={municipalities.map((name) => ({ value: name, label: name }))}
        placeholder={form.fields.municipality.choose}
      />
      <TextField
        id="organisation"
        text={text('organisation')}
        value={values.organisation}
        autoComplete="organization"
        maxLength={room('organisation')}
      />
      <TextField id="name" text={text('name')} value={values.name} autoComplete="name" maxLength={room('name')} spellCheck={false} />
      <TextField id="role" text={text('role')} value={values.role} autoComplete="organization-title" maxLength={room('role')} />
      <TextField
        id="email"
        type="email"
        text={text('email')}
        value={values.email}
        autoComplete="work email"
        maxLength={room('email')}
        spellCheck={false}
      />
      <TextField id="phone" type="tel" text={text('phone', true)} value={values.phone} autoComplete="work tel" maxLength={room('phone')} />
      <SelectField id="offer" text={text('offer')} value={values.offer} choices={offers} placeholder={form.fields.offer.choose} />
      {citizenNotice}
      <TextArea id="description" text={text('description')} value={values.description} maxLength={room('description')} />
      <TextField id="timing" text={text('timing', true)} value={values.timing} maxLength={room('timing')} />
      <div className="advice-honeypot" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{form.honeypot}</label>
        <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button className="button button-primary" type="submit">
        {form.submit}
      </button>
    </form>
  );
}
