/** GOV.UK's error summary: what is wrong, linked to the field that needs it. */
export function ErrorSummary({ title, message, href }: { title: string; message: string; href: string }) {
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="error-summary-title">
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {title}
        </h2>
        <ul className="alert-text nobullet-list">
          <li>
            <a href={href}>{message}</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
