import { type ReactNode } from 'react';

/** A heading, a text and what to do next: the shape of every back-office message page. */
export function Notice({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </>
  );
}
