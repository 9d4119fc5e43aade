'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { type Choice, RadioFieldset, SelectField, TextArea, TextField, type FieldText } from '@/components/forms/fields';
import { HONEYPOT_FIELD, TOKEN_FIELD } from '@/lib/forms/names';
import { maxLengths, organisationKinds, registrationFields, type RegistrationField } from '@/lib/forms/registration';
import type { RegistrationFormState } from '@/lib/forms/submit-registration';
import type da from '@/messages/da.json';

export type RegistrationMessages = (typeof da)['Registration'];

interface RegistrationFormProps {
  action: (state: RegistrationFormState, form: FormData) => Promise<RegistrationFormState>;
  initialState: RegistrationFormState;
  messages: RegistrationMessages;
  municipalities: readonly string[];
}

/**
 * The registration form. It posts to a server action; with JavaScript off (as the portal sends
 * its pages) the browser posts the form and Next.js renders this page again with the action's
 * state: the values kept, the errors summarised at the top and shown at each field.
 */
export function RegistrationForm({ action, initialState, messages, municipalities }: RegistrationFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const { values, errors } = state;
  const text = (field: RegistrationField, optional = false): FieldText => {
    const fieldMessages: { label: string; hint?: string } = messages.fields[field];
    const error = errors[field];
    return {
      label: fieldMessages.label,
      hint: fieldMessages.hint,
      error: error && messages.errors[field][error],
      optional: optional ? messages.optional : undefined,
      errorPrefix: messages.errorPrefix,
    };
  };
  const kinds: Choice[] = organisationKinds.map((kind) => ({ value: kind, label: messages.organisationKinds[kind] }));
  const summary = registrationFields.flatMap((field) => {
    const error = errors[field];
    return error ? [{ message: messages.errors[field][error], href: `#${field}` }] : [];
  });
  // Longer than the schema allows, so a value pasted too long is explained rather than silently cut.
  const room = (field: RegistrationField) => maxLengths[field] * 2;

  return (
    <form action={formAction} noValidate className="registration-form">
      {state.refused ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} autoFocus>
          <div className="alert-body">
            <h2 className="alert-heading">{messages.refused.title}</h2>
            <p className="alert-text">{messages.refused[state.refused]}</p>
          </div>
        </div>
      ) : (
        summary.length > 0 && <ErrorSummary title={messages.errorSummary} errors={summary} />
      )}
      <p>{messages.requiredNote}</p>
      <input type="hidden" name={TOKEN_FIELD} value={state.token} />
      <TextField id="name" text={text('name')} value={values.name} autoComplete="name" maxLength={room('name')} spellCheck={false} />
      <TextField
        id="email"
        type="email"
        text={text('email')}
        value={values.email}
        autoComplete="work email"
        maxLength={room('email')}
        spellCheck={false}
      />
      <RadioFieldset id="organisationKind" text={text('organisationKind')} value={values.organisationKind} choices={kinds} />
      <SelectField
        id="municipality"
        text={text('municipality')}
        value={values.municipality}
        choices={municipalities.map((name) => ({ value: name, label: name }))}
        placeholder={messages.fields.municipality.choose}
      />
      <TextField
        id="organisation"
        text={text('organisation')}
        value={values.organisation}
        autoComplete="organization"
        maxLength={room('organisation')}
      />
      <TextField id="role" text={text('role')} value={values.role} autoComplete="organization-title" maxLength={room('role')} />
      <TextField id="phone" type="tel" text={text('phone', true)} value={values.phone} autoComplete="work tel" maxLength={room('phone')} />
      <TextArea id="note" text={text('note', true)} value={values.note} maxLength={room('note')} />
      <div className="registration-honeypot" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{messages.honeypot}</label>
        <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button className="button button-primary" type="submit">
        {messages.submit}
      </button>
    </form>
  );
}
