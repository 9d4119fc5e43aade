export interface SummaryError {
  message: string;
  /** The field to go to: `#` and its id. */
  href: string;
}

/**
 * GOV.UK's error summary: what is wrong, each linked to the field that needs it. It takes the focus
 * as the page loads (autofocus, and tabindex so a div can hold it), without any script: a screen
 * reader starts here, and the keyboard's next stop is the first link.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: readonly SummaryError[] }) {
  return (
    // autofocus: the summary is where the form continues after a failed send.
    <div className="alert alert-error error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {title}
        </h2>
        <ul className="alert-text nobullet-list">
          {errors.map((error) => (
            <li key={error.href}>
              <a href={error.href}>{error.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
