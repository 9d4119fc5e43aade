/** A plain link to /admin/login: a route handler that leaves for the provider, so not a <Link> to a page. */
export function SignInLink({ label }: { label: string }) {
  return (
    <p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page */}
      <a href="/admin/login">{label}</a>
    </p>
  );
}
