import { type ReactNode } from 'react';

const roles = { info: 'note', warning: 'note' } as const;

/** A DKFDS alert box for something a reader must not miss. */
export function Callout({ variant = 'info', title, children }: { variant?: 'info' | 'warning'; title?: string; children: ReactNode }) {
  return (
    <div className={`alert alert-${variant}`} role={roles[variant]}>
      <div className="alert-body">
        {title && <p className="alert-heading">{title}</p>}
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}
