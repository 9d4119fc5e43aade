import { type Contact } from '@/lib/content/schemas/contact';
import { type ConcernRoute, type ConcernRouteId } from '@/lib/content/schemas/concern';
import { type Concern } from '@/lib/content/concern';
import { relevantAnswers } from './flow';
import { districtOfMunicipality } from './municipality';
import { type Answers } from './questions';
import { type ConcernPlace, concernRoutes, routePlace, routeSupplement } from './routing';

/** One place to turn, with the situation it fits (the route id keys the situation's words in messages). */
export interface ResultOption {
  route: ConcernRoute;
  place: ConcernPlace;
  /** The contacts whose numbers and hours the card shows, from content/contacts. */
  contacts: Contact[];
  /** Words another route adds to this card for these answers (parent coaches on the infohus's card). */
  supplement?: ConcernRoute;
  /** Whether the card depends on where the person lives (names the infohus, or links to the lookup). */
  local: boolean;
}

export interface ConcernResult {
  /** 112, when someone is in danger: shown first and apart from the options. */
  emergency?: ResultOption;
  /** The options, the hotline first. Each place appears once. */
  options: ResultOption[];
  /** The person's municipality and its district, when known. */
  place?: ReturnType<typeof districtOfMunicipality>;
  /** The age answer, so the duty to notify states its condition without asking again. */
  age?: Answers['age'];
}

/** Routes that lead to the local infohus, and so depend on where the person lives. */
const LOCAL_ROUTES: ReadonlySet<ConcernRouteId> = new Set(['infohus', 'self-help', 'workplace-procedure']);

/** The result for a set of answers: what the result page shows, as plain data. */
export function buildResult(
  answers: Answers,
  concern: Pick<Concern, 'routes' | 'districts' | 'municipalities'>,
  contacts: readonly Contact[],
): ConcernResult {
  const relevant = relevantAnswers(answers);
  const byId = (id: ConcernRouteId) => concern.routes.find((route) => route.id === id);
  const options = concernRoutes(
    relevant,
    concern.routes.map((route) => route.id),
  ).flatMap((id): ResultOption[] => {
    const route = byId(id);
    if (!route) return [];
    const supplementId = routeSupplement(id, relevant);
    return [
      {
        route,
        place: routePlace[id],
        contacts: route.contacts.flatMap((contactId) => contacts.find((contact) => contact.id === contactId) ?? []),
        supplement: supplementId && byId(supplementId),
        local: LOCAL_ROUTES.has(id),
      },
    ];
  });
  const emergency = options.find((option) => option.route.id === 'emergency');
  const place = relevant.municipality ? districtOfMunicipality(concern, relevant.municipality) : undefined;
  return {
    emergency,
    options: options.filter((option) => option !== emergency),
    place,
    age: relevant.age,
  };
}
