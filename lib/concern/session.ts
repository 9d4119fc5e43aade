import { sanitizeAnswers } from './answers';
import { type Answers } from './questions';
import { type OpenToken } from './steps';
import { openAnswers, sealAnswers } from './token';

/** Seals and opens the guide's answers with one key and clock, checking opened answers against the content. */
export interface GuideSession {
  seal: (answers: Answers) => string;
  open: OpenToken;
}

export function createGuideSession(municipalitySlugs: ReadonlySet<string>, key: Buffer, clock: () => number): GuideSession {
  return {
    seal: (answers) => sealAnswers(answers, key, clock()),
    open: (token) => {
      const opened = openAnswers(token, key, clock());
      return opened.status === 'ok' ? { status: 'ok', answers: sanitizeAnswers(opened.answers, municipalitySlugs) } : opened;
    },
  };
}
