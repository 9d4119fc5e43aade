import { type ConcernRouteId } from '@/lib/content/schemas/concern';
import { relevantAnswers } from './flow';
import { type Answers, professionalRoles, rolesWithProcedure } from './questions';

/**
 * The place each route sends a person to. A result names each place once: the workplace
 * procedure is the way to the infohus for the sectors that have one, so it stands instead of the
 * infohus, never beside it.
 */
export const routePlace = {
  emergency: 'alarm',
  hotline: 'hotline',
  'duty-to-notify': 'municipality',
  'workplace-procedure': 'infohus',
  infohus: 'infohus',
  'self-help': 'infohus',
  platform: 'platform',
  'police-report': 'police',
  'parent-coach': 'infohus',
} as const satisfies Record<ConcernRouteId, string>;
export type ConcernPlace = (typeof routePlace)[ConcernRouteId];

/**
 * The options that fit a set of answers, unordered. Each rule names the fact it rests on
 * (facts/henvendelser.md). They are options for different situations, not steps.
 */
function applicableRoutes(answers: Answers): Set<ConcernRouteId> {
  // "Not sure where to turn, or wish to be anonymous": the hotline fits every case and refers on.
  const routes = new Set<ConcernRouteId>(['hotline']);
  // "Acute danger: someone is about to harm others or themselves, a crime is happening now → 112."
  if (answers.danger === 'yes') routes.add('emergency');

  switch (answers.topic) {
    case 'person': {
      const role = answers.role;
      // The strengthened duty to notify: a public employee who learns that a child or young person
      // (under 18) may need special support. Shown when the age is not known too, with that condition.
      if (role !== undefined && professionalRoles.has(role) && answers.age !== 'adult') routes.add('duty-to-notify');
      // Psychiatry, Kriminalforsorgen, the asylum area and secure institutions reach the infohus
      // through their agreed procedure (sagsgang); everybody else contacts it directly.
      routes.add(role !== undefined && rolesWithProcedure.has(role) ? 'workplace-procedure' : 'infohus');
      // A crime that is not acute is reported on 114; a police employee needs no telling.
      if (role !== 'police') routes.add('police-report');
      break;
    }
    case 'self':
      routes.add('self-help');
      break;
    case 'online':
      // Report to the platform; to the police if it may be a crime.
      routes.add('platform');
      routes.add('police-report');
      break;
    case 'hate':
      // A hate crime, threat or harassment is a matter for the police (114 / politi.dk when not acute).
      routes.add('police-report');
      break;
    case undefined:
      // Sent straight to 112: once the danger is over, the infohus can look at the concern.
      routes.add('infohus');
      break;
  }
  return routes;
}

/** Routes that no edit of the order can move: 112 first when someone is in danger, then the hotline. */
const PINNED: readonly ConcernRouteId[] = ['emergency', 'hotline'];

/**
 * Answers in, the options to show out, in order. The order is the editors' (the order of
 * content/concern/routes.yaml), with two rules no edit can change: when someone is in danger, 112
 * comes first; the hotline, which fits every case and may be called anonymously, comes next.
 */
export function concernRoutes(answers: Answers, editorialOrder: readonly ConcernRouteId[]): ConcernRouteId[] {
  const applicable = applicableRoutes(relevantAnswers(answers));
  const rank = (id: ConcernRouteId) => {
    const pinned = PINNED.indexOf(id);
    if (pinned !== -1) return pinned - PINNED.length;
    const index = editorialOrder.indexOf(id);
    // A route missing from the order (the content check prevents it) still shows, last.
    return index === -1 ? editorialOrder.length : index;
  };
  return [...applicable].sort((a, b) => rank(a) - rank(b));
}

/**
 * Extra words a route's card carries for some answers: a relative reads about parent coaches and
 * mentors on the infohus's card, because they are reached through the infohus's assessment and are
 * not a place of their own.
 */
export function routeSupplement(id: ConcernRouteId, answers: Answers): ConcernRouteId | undefined {
  const relevant = relevantAnswers(answers);
  return id === 'infohus' && relevant.topic === 'person' && relevant.role === 'relative' ? 'parent-coach' : undefined;
}
