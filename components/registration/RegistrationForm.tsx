'use client';

import { useActionState } from 'react';
import { fieldTexts, FormHead, Honeypot } from '@/components/forms/form-parts';
import { type Choice, RadioFieldset, SelectField, TextArea, TextField } from '@/components/forms/fields';
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
  const kinds: Choice[] = organisationKinds.map((kind) => ({ value: kind, label: messages.organisationKinds[kind] }));
  const { text, summary } = fieldTexts(messages, registrationFields, errors);
  // Longer than the schema allows, so a value pasted too long is explained rather than silently cut.
  const room = (field: RegistrationField) => maxLengths[field] * 2;

  return (
    <form action={formAction} noValidate className="registration-form">
      <FormHead words={messages} refused={state.refused} summary={summary} token={state.token} />
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
      <Honeypot label={messages.honeypot} />
      <button className="button button-primary" type="submit">
        {messages.submit}
      </button>
    </form>
  );
}
