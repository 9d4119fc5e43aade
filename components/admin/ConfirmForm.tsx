import { type ReactNode } from 'react';
import { type StaffSession } from '@/lib/auth/session';

/**
 * The confirmation step of an action: a POST form carrying the session's token, its button, and
 * a way back that changes nothing. Works without JavaScript.
 */
export function ConfirmForm({
  action,
  session,
  button,
  back,
  children,
}: {
  action: string;
  session: StaffSession;
  button: string;
  back: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="csrf" value={session.csrf} />
      {children}
      <div className="admin-actions">
        <button type="submit" className="button button-primary">
          {button}
        </button>
        <a href={back.href}>{back.label}</a>
      </div>
    </form>
  );
}
