import { type ConcernRouteId } from '@/lib/content/schemas/concern';
import { relevantAnswers } from './flow';
import { type Answers, professionalRoles } from './questions';

/**
 * The routes that apply to a set of answers, unordered. Each rule names the
 * fact it rests on (facts/henvendelser.md).
 */
function applicableRoutes(answers: Answers): Set<ConcernRouteId> {
  const routes = new Set<ConcernRouteId>();
  // "Acute danger: someone is about to harm others or themselves, a crime is happening now → 112."
  if (answers.danger === 'yes') routes.add('emergency');

  switch (answers.topic) {
    case 'person': {
      const professional = answers.role !== undefined && professionalRoles.has(answers.role);
      // The strengthened duty to notify covers public employees and children under 18; when the
      // age is not known, the duty is shown, because missing it costs a child more than reading it.
      if (professional && answers.age !== 'adult') routes.add('duty-to-notify');
      // A concern from work goes to the infohus through the workplace's agreed procedure (sagsgang).
      if (professional) routes.add('workplace-procedure');
      routes.add('infohus');
      routes.add('hotline');
      // Parent coaches and mentors are for parents and relatives.
      if (answers.role === 'relative') routes.add('parent-coach');
      break;
    }
    case 'self':
      routes.add('self-help');
      routes.add('hotline');
      break;
    case 'online':
      // Report to the platform; to the police if it may be a crime; the hotline when unsure.
      routes.add('platform');
      routes.add('police-report');
      routes.add('hotline');
      break;
    case 'hate':
      // A hate crime, threat or harassment is a matter for the police (114 / politi.dk when not acute).
      routes.add('police-report');
      routes.add('hotline');
      break;
    case undefined:
      // Sent straight to 112: once the danger is over, the infohus and the hotline still help.
      routes.add('infohus');
      routes.add('hotline');
      break;
  }
  return routes;
}

/**
 * Answers in, the routes to show out, in order. The order is the editors'
 * (the order of content/concern/routes.yaml), with one rule no edit can
 * change: when someone is in danger, 112 comes first.
 */
export function concernRoutes(answers: Answers, editorialOrder: readonly ConcernRouteId[]): ConcernRouteId[] {
  const applicable = applicableRoutes(relevantAnswers(answers));
  const rank = (id: ConcernRouteId) => {
    if (id === 'emergency') return -1;
    const index = editorialOrder.indexOf(id);
    // A route missing from the order (the content check prevents it) still shows, last.
    return index === -1 ? editorialOrder.length : index;
  };
  return [...applicable].sort((a, b) => rank(a) - rank(b));
}
