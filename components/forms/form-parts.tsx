import './forms.css';
import { type FieldText } from './fields';
import { ErrorSummary } from './ErrorSummary';
import { HONEYPOT_FIELD, TOKEN_FIELD } from '@/lib/forms/names';

/** The words a form needs around its fields, as both forms' messages hold them. */
export interface FormWords<Field extends string> {
  fields: Record<Field, { label: string; hint?: string }>;
  errors: Record<Field, Record<string, string>>;
  optional: string;
  errorPrefix: string;
  errorSummary: string;
  requiredNote: string;
  honeypot: string;
  refused: { title: string } & Record<string, string>;
}

/**
 * A field's label, hint and error, and the error summary's links in the order of `fields`: the
 * same for every form that posts to a server action and gets its state back.
 */
export function fieldTexts<Field extends string>(
  words: FormWords<Field>,
  fields: readonly Field[],
  errors: Partial<Record<Field, string>>,
) {
  const text = (field: Field, optional = false): FieldText => {
    const error = errors[field];
    return {
      label: words.fields[field].label,
      hint: words.fields[field].hint,
      error: error && words.errors[field][error],
      optional: optional ? words.optional : undefined,
      errorPrefix: words.errorPrefix,
    };
  };
  const summary = fields.flatMap((field) => {
    const error = errors[field];
    return error ? [{ message: words.errors[field][error]!, href: `#${field}` }] : [];
  });
  return { text, summary };
}

/**
 * What opens every form: why it was refused (focused, as the error summary is), or the summary of
 * its errors; the note on required fields; and the idempotency token.
 */
export function FormHead({
  words,
  refused,
  summary,
  token,
}: {
  words: Pick<FormWords<string>, 'refused' | 'errorSummary' | 'requiredNote'>;
  refused?: string;
  summary: { message: string; href: string }[];
  token: string;
}) {
  return (
    <>
      {refused ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} autoFocus>
          <div className="alert-body">
            <h2 className="alert-heading">{words.refused.title}</h2>
            <p className="alert-text">{words.refused[refused]}</p>
          </div>
        </div>
      ) : (
        summary.length > 0 && <ErrorSummary title={words.errorSummary} errors={summary} />
      )}
      <p>{words.requiredNote}</p>
      <input type="hidden" name={TOKEN_FIELD} value={token} />
    </>
  );
}

/** A field people never see and robots fill in: out of sight and out of the tab order, but not display:none, which robots skip. */
export function Honeypot({ label }: { label: string }) {
  return (
    <div className="form-honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>{label}</label>
      <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
