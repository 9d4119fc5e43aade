import { describe, expect, it } from 'vitest';
import { type ConcernRouteId, concernRouteIds } from '@/lib/content/schemas/concern';
import { concernRoutes, routeSupplement } from './routing';
import { type Answers, professionalRoles, roleAnswers, rolesWithProcedure } from './questions';
import { realConcern } from './test-data';
import { everyCompletedWalk } from './walk';

const concern = realConcern();
const editorialOrder = concern.routes.map((route) => route.id);
const walks = everyCompletedWalk(concern.municipalities.map((m) => m.slug));
const routesOf = (answers: Answers) => concernRoutes(answers, editorialOrder);
const describeWalk = (answers: Answers) => JSON.stringify(answers);
/** The walks for which `holds` is false, listed so a failure names them. */
const violations = (candidates: readonly Answers[], holds: (routes: ConcernRouteId[], answers: Answers) => boolean) =>
  candidates.filter((answers) => !holds(routesOf(answers), answers)).map(describeWalk);
const isProfessional = (answers: Answers) => answers.role !== undefined && professionalRoles.has(answers.role);

describe('every way through the guide', () => {
  it('is walked in full: 1 in danger, 10 roles × 3 ages × 99 municipality answers, 99 about yourself, online, hate', () => {
    expect(walks).toHaveLength(1 + 10 * 3 * 99 + 99 + 1 + 1);
  });

  it('puts 112 first exactly when someone is in danger, and the hotline right after it or first', () => {
    const bad = violations(walks, (routes, answers) =>
      answers.danger === 'yes'
        ? routes[0] === 'emergency' && routes[1] === 'hotline'
        : !routes.includes('emergency') && routes[0] === 'hotline',
    );
    expect(bad).toEqual([]);
  });

  it('gives the duty to notify to a public employee whose concern is about someone under 18 or of unknown age, and to nobody else', () => {
    const bad = violations(walks, (routes, a) => routes.includes('duty-to-notify') === (isProfessional(a) && a.age !== 'adult'));
    expect(bad).toEqual([]);
    expect(walks.filter((a) => isProfessional(a) && a.age !== 'adult')).toHaveLength(8 * 2 * 99);
  });

  it('names a workplace procedure only for psychiatry, Kriminalforsorgen, the asylum area and secure institutions', () => {
    expect([...rolesWithProcedure].sort()).toEqual(['asylum', 'prison-probation', 'psychiatry', 'secure-institution']);
    const bad = violations(
      walks,
      (routes, a) => routes.includes('workplace-procedure') === (a.role !== undefined && rolesWithProcedure.has(a.role)),
    );
    expect(bad).toEqual([]);
    for (const role of ['school', 'social', 'police', 'health'] as const) {
      expect(routesOf({ danger: 'no', topic: 'person', role, age: 'under-18', municipality: 'aarhus' })).not.toContain(
        'workplace-procedure',
      );
    }
  });

  it('sends a concern about a person to the infohus once: through the procedure where there is one, else directly', () => {
    const people = walks.filter((a) => a.topic === 'person');
    const bad = violations(people, (routes) => routes.filter((id) => id === 'infohus' || id === 'workplace-procedure').length === 1);
    expect(bad).toEqual([]);
  });

  it('puts the anonymous hotline before the infohus for a relative', () => {
    const relatives = walks.filter((a) => a.role === 'relative');
    expect(relatives).toHaveLength(3 * 99);
    expect(violations(relatives, (routes) => routes.indexOf('hotline') < routes.indexOf('infohus'))).toEqual([]);
  });

  it('tells parents and relatives about parent coaches and mentors on the infohus card, and nobody else', () => {
    const bad = walks.filter((a) => (routeSupplement('infohus', a) === 'parent-coach') !== (a.topic === 'person' && a.role === 'relative'));
    expect(bad.map(describeWalk)).toEqual([]);
    expect(violations(walks, (routes) => !routes.includes('parent-coach'))).toEqual([]);
  });

  it('offers 114 for a suspected crime about a person, except to police staff', () => {
    const people = walks.filter((a) => a.topic === 'person');
    expect(violations(people, (routes, a) => routes.includes('police-report') === (a.role !== 'police'))).toEqual([]);
  });

  it('sends online content to the hotline, the platform and the police', () => {
    expect(routesOf({ danger: 'no', topic: 'online' })).toEqual(['hotline', 'platform', 'police-report']);
  });

  it('sends a hate crime, threat or harassment to the hotline and the police', () => {
    expect(routesOf({ danger: 'no', topic: 'hate' })).toEqual(['hotline', 'police-report']);
  });

  it('sends someone worried about themselves to the anonymous hotline and help through the municipality', () => {
    expect(routesOf({ danger: 'no', topic: 'self', municipality: 'odense' })).toEqual(['hotline', 'self-help']);
  });

  it('after 112, shows the hotline and the infohus for later', () => {
    expect(routesOf({ danger: 'yes' })).toEqual(['emergency', 'hotline', 'infohus']);
  });

  it('gives a teacher worried about a pupil under 18 each place once', () => {
    expect(routesOf({ danger: 'no', topic: 'person', role: 'school', age: 'under-18', municipality: 'aarhus' })).toEqual([
      'hotline',
      'duty-to-notify',
      'infohus',
      'police-report',
    ]);
  });

  it('gives a psychiatry employee the procedure instead of the infohus', () => {
    expect(routesOf({ danger: 'no', topic: 'person', role: 'psychiatry', age: 'adult', municipality: 'aarhus' })).toEqual([
      'hotline',
      'workplace-procedure',
      'police-report',
    ]);
  });

  it('is the same whatever the municipality: the place changes, not the routes', () => {
    for (const role of roleAnswers) {
      const base = { danger: 'no', topic: 'person', role, age: 'under-18' } as const;
      expect(routesOf({ ...base, municipality: 'bornholm' })).toEqual(routesOf({ ...base, municipality: 'unknown' }));
    }
  });
});

describe('the editors’ order', () => {
  it('decides the order of the routes that are not pinned', () => {
    const reversed = [...editorialOrder].reverse();
    const answers: Answers = { danger: 'no', topic: 'online' };
    expect(concernRoutes(answers, reversed)).toEqual(['hotline', 'police-report', 'platform']);
  });

  it('cannot move 112 or the hotline down', () => {
    const pinnedLast: ConcernRouteId[] = [
      ...concernRouteIds.filter((id) => id !== 'emergency' && id !== 'hotline'),
      'hotline',
      'emergency',
    ];
    expect(concernRoutes({ danger: 'yes' }, pinnedLast).slice(0, 2)).toEqual(['emergency', 'hotline']);
  });

  it('still shows a route the order forgot, last', () => {
    expect(concernRoutes({ danger: 'no', topic: 'hate' }, ['platform'])).toEqual(['hotline', 'police-report']);
    expect(concernRoutes({ danger: 'no', topic: 'online' }, ['police-report'])).toEqual(['hotline', 'police-report', 'platform']);
  });
});

describe('answers that a walk cannot give', () => {
  it('never fail: every combination, even a partial or contradictory one, gets the hotline', () => {
    const dangers = [undefined, 'yes', 'no'] as const;
    const topics = [undefined, 'person', 'online', 'hate', 'self'] as const;
    const roles = [undefined, ...roleAnswers] as const;
    const ages = [undefined, 'under-18', 'adult', 'unknown'] as const;
    let combinations = 0;
    for (const danger of dangers)
      for (const topic of topics)
        for (const role of roles)
          for (const age of ages) {
            expect(routesOf({ danger, topic, role, age })).toContain('hotline');
            combinations += 1;
          }
    expect(combinations).toBe(3 * 5 * 11 * 4);
  });

  it('ignore answers left over from a path not taken', () => {
    expect(routesOf({ danger: 'yes', topic: 'person', role: 'school', age: 'under-18' })).toEqual(routesOf({ danger: 'yes' }));
    expect(routeSupplement('infohus', { danger: 'no', topic: 'online', role: 'relative' })).toBeUndefined();
  });
});
