import { type ReactNode } from 'react';

/** Key facts at a glance, set apart from the running text. */
export function FactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="fact-box" aria-label={title}>
      <p className="fact-box-title">{title}</p>
      {children}
    </aside>
  );
}
