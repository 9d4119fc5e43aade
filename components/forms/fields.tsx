import { type ReactNode } from 'react';

/** What every field shows around its control: label, hint and error, tied to it for screen readers. */
export interface FieldText {
  label: string;
  hint?: string;
  /** The error sentence, shown above the control and in the summary. */
  error?: string;
  /** "(valgfrit)", after the label of a field that may be left empty. */
  optional?: string;
  /** Read before the error by screen readers: "Fejl" / "Error". */
  errorPrefix: string;
}

/** The ids a control's aria-describedby lists: its hint and its error, when there are any. */
export function describedBy(id: string, { hint, error }: Pick<FieldText, 'hint' | 'error'>): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** What every control repeats: id and name, its descriptions, and whether it is wrong. */
function controlProps(id: string, text: FieldText) {
  return { id, name: id, 'aria-describedby': describedBy(id, text), 'aria-invalid': text.error ? true : undefined };
}

function HintAndError({ id, text }: { id: string; text: FieldText }) {
  return (
    <>
      {text.hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {text.hint}
        </p>
      )}
      {text.error && (
        <p className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{text.errorPrefix}: </span>
          {text.error}
        </p>
      )}
    </>
  );
}

/** DKFDS' form group: label, hint, error and the control, marked as wrong when it is. */
export function FieldGroup({ id, text, children }: { id: string; text: FieldText; children: ReactNode }) {
  return (
    <div className={`form-group${text.error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {text.label}
        {text.optional && <span className="weight-normal"> {text.optional}</span>}
      </label>
      <HintAndError id={id} text={text} />
      {children}
    </div>
  );
}

interface InputProps {
  id: string;
  text: FieldText;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'search';
  autoComplete?: string;
  /** Allows more than the schema does, so a value pasted too long is seen and explained, not cut. */
  maxLength?: number;
  spellCheck?: boolean;
}

export function TextField({ id, text, value, type = 'text', autoComplete, maxLength, spellCheck }: InputProps) {
  return (
    <FieldGroup id={id} text={text}>
      <input
        className="form-input"
        {...controlProps(id, text)}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        maxLength={maxLength}
        spellCheck={spellCheck}
      />
    </FieldGroup>
  );
}

export function TextArea({ id, text, value, maxLength }: Omit<InputProps, 'type' | 'autoComplete'>) {
  return (
    <FieldGroup id={id} text={text}>
      <textarea className="form-input" {...controlProps(id, text)} rows={5} defaultValue={value} maxLength={maxLength} />
    </FieldGroup>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  id,
  text,
  value,
  choices,
  placeholder,
}: {
  id: string;
  text: FieldText;
  value: string;
  choices: readonly Choice[];
  placeholder: string;
}) {
  return (
    <FieldGroup id={id} text={text}>
      <select className="form-select" {...controlProps(id, text)} defaultValue={value}>
        <option value="">{placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** Radio buttons in a fieldset; the first button's id is the field's, so the error summary can link to it. */
export function RadioFieldset({ id, text, value, choices }: { id: string; text: FieldText; value: string; choices: readonly Choice[] }) {
  return (
    <div className={`form-group${text.error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, text)}>
        <legend className="form-label">{text.label}</legend>
        <HintAndError id={id} text={text} />
        {choices.map((choice, index) => {
          const choiceId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className="form-group-radio" key={choice.value}>
              <input
                className="form-radio"
                type="radio"
                id={choiceId}
                name={id}
                value={choice.value}
                defaultChecked={value === choice.value}
              />
              <label className="form-label" htmlFor={choiceId}>
                {choice.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
