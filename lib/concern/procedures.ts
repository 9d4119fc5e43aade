import { type Publication } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { relevantAnswers } from './flow';
import { type Answers, type RoleAnswer, rolesWithProcedure } from './questions';

/** The library's description of each sector's agreed procedure (content/viden/<slug>.yaml). */
export const procedurePublications = {
  psychiatry: 'sagsgang-psykiatrien',
  'prison-probation': 'sagsgang-kriminalforsorgen',
  asylum: 'sagsgang-asylomraadet',
  'secure-institution': 'sagsgang-sikrede-institutioner',
} as const satisfies Partial<Record<RoleAnswer, string>>;

export interface ProcedureLink {
  href: string;
  title: string;
}

/**
 * The page about the procedure of the person's own sector, for the workplace-procedure card: only
 * for the four sectors that have one, and only when the library holds its page.
 */
export function procedureLink(answers: Answers, publications: readonly Publication[], locale: Locale): ProcedureLink | undefined {
  const role = relevantAnswers(answers).role;
  if (role === undefined || !rolesWithProcedure.has(role)) return undefined;
  const slug = procedurePublications[role as keyof typeof procedurePublications];
  const publication = publications.find((candidate) => candidate.slug === slug);
  return publication && { href: localizedPath(locale, `/viden/${slug}`), title: publication.title[locale] };
}
