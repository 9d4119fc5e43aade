'use client';

import { type ReactNode, useActionState } from 'react';
import { fieldTexts, FormHead, Honeypot } from '@/components/forms/form-parts';
import { type Choice, RadioFieldset, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { type AdviceField, adviceFields, adviceMaxLengths, requesterKinds } from '@/lib/advice/form';
import type { AdviceFormState } from '@/lib/advice/submit';
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
  const kinds: Choice[] = requesterKinds.map((kind) => ({ value: kind, label: messages.organisations[kind] }));
  const { text, summary } = fieldTexts(form, adviceFields, errors);
  // Longer than the schema allows, so a value pasted too long is explained rather than silently cut.
  const room = (field: AdviceField) => adviceMaxLengths[field] * 2;

  return (
    <form action={formAction} noValidate className="advice-form">
      <FormHead words={form} refused={state.refused} summary={summary} token={state.token} />
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
      <Honeypot label={form.honeypot} />
      <button className="button button-primary" type="submit">
        {form.submit}
      </button>
    </form>
  );
}
