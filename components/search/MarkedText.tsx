import { Fragment } from 'react';
import { type TextPart } from '@/lib/search/snippet';

/** Text with the matched words in <mark>; every part is a React text node, so nothing is read as HTML. */
export function MarkedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>{parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}</>
  );
}
