import { type ReactNode } from 'react';

/** Wraps a Markdown list of links so it reads as a list of onward routes. */
export function LinkList({ children }: { children: ReactNode }) {
  return <div className="link-list">{children}</div>;
}
