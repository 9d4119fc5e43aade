import { describe, expect, it } from 'vitest';
import { type ConcernRouteId, concernRouteIds } from '@/lib/content/schemas/concern';
import { concernRoutes } from './routing';
import { type Answers, professionalRoles, roleAnswers } from './questions';
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

describe('every way through the guide', () => {
  it('is walked in full: 1 in danger, 8 roles × 3 ages × 99 municipality answers, 99 about yourself, online, hate', () => {
    expect(walks).toHaveLength(1 + 8 * 3 * 99 + 99 + 1 + 1);
  });

  it('reaches a result with at least one route and the hotline or 112 among them', () => {
    const bad = violations(
      walks,
      (routes) =>
        routes.length > 0 && (routes.includes('hotline') || routes.includes('emergency')) && new Set(routes).size === routes.length,
    );
    expect(bad).toEqual([]);
  });

  it('puts 112 first exactly when someone is in danger', () => {
    const bad = violations(walks, (routes, answers) =>
      answers.danger === 'yes' ? routes[0] === 'emergency' : !routes.includes('emergency'),
    );
    expect(bad).toEqual([]);
  });

  it('gives a public employee with a child under 18, or of unknown age, the duty to notify, first after 112', () => {
    const covered = walks.filter(
      (a) => a.role !== undefined && professionalRoles.has(a.role) && (a.age === 'under-18' || a.age === 'unknown'),
    );
    expect(covered.length).toBe(6 * 2 * 99);
    expect(violations(covered, (routes) => routes[0] === 'duty-to-notify')).toEqual([]);
  });

  it('gives the duty to notify to nobody else', () => {
    const bad = violations(
      walks,
      (routes, a) => routes.includes('duty-to-notify') === (a.role !== undefined && professionalRoles.has(a.role) && a.age !== 'adult'),
    );
    expect(bad).toEqual([]);
  });

  it('sends every professional through the workplace procedure before the infohus', () => {
    const professionals = walks.filter((a) => a.role !== undefined && professionalRoles.has(a.role));
    expect(professionals.length).toBe(6 * 3 * 99);
    const bad = violations(professionals, (routes) => {
      const procedure = routes.indexOf('workplace-procedure');
      return procedure > -1 && procedure < routes.indexOf('infohus');
    });
    expect(bad).toEqual([]);
  });

  it('offers parent coaches and mentors to relatives and friends only', () => {
    expect(violations(walks, (routes, a) => routes.includes('parent-coach') === (a.role === 'relative'))).toEqual([]);
  });

  it('sends online content to the platform first, then the police', () => {
    expect(routesOf({ danger: 'no', topic: 'online' })).toEqual(['platform', 'police-report', 'hotline']);
  });

  it('sends a hate crime, threat or harassment to the police', () => {
    expect(routesOf({ danger: 'no', topic: 'hate' })).toEqual(['police-report', 'hotline']);
  });

  it('sends someone worried about themselves to help through the municipality and the anonymous hotline', () => {
    expect(routesOf({ danger: 'no', topic: 'self', municipality: 'odense' })).toEqual(['self-help', 'hotline']);
  });

  it('after 112, still shows the infohus and the hotline for later', () => {
    expect(routesOf({ danger: 'yes' })).toEqual(['emergency', 'infohus', 'hotline']);
  });

  it('gives the full list for a teacher worried about a pupil under 18', () => {
    expect(routesOf({ danger: 'no', topic: 'person', role: 'school', age: 'under-18', municipality: 'aarhus' })).toEqual([
      'duty-to-notify',
      'workplace-procedure',
      'infohus',
      'hotline',
    ]);
  });

  it('gives a neighbour the infohus and the hotline', () => {
    expect(routesOf({ danger: 'no', topic: 'person', role: 'other', age: 'under-18', municipality: 'unknown' })).toEqual([
      'infohus',
      'hotline',
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
  it('decides the order of the routes', () => {
    const reversed = [...editorialOrder].reverse();
    const answers: Answers = { danger: 'no', topic: 'online' };
    expect(concernRoutes(answers, reversed)).toEqual(['hotline', 'police-report', 'platform']);
  });

  it('cannot move 112 down when someone is in danger', () => {
    const emergencyLast: ConcernRouteId[] = [...concernRouteIds.filter((id) => id !== 'emergency'), 'emergency'];
    expect(concernRoutes({ danger: 'yes' }, emergencyLast)[0]).toBe('emergency');
  });

  it('still shows a route the order forgot, last', () => {
    expect(concernRoutes({ danger: 'no', topic: 'hate' }, ['hotline'])).toEqual(['hotline', 'police-report']);
  });
});

describe('answers that a walk cannot give', () => {
  it('never fail: every combination, even a partial or contradictory one, gets routes', () => {
    const dangers = [undefined, 'yes', 'no'] as const;
    const topics = [undefined, 'person', 'online', 'hate', 'self'] as const;
    const roles = [undefined, ...roleAnswers] as const;
    const ages = [undefined, 'under-18', 'adult', 'unknown'] as const;
    let combinations = 0;
    for (const danger of dangers)
      for (const topic of topics)
        for (const role of roles)
          for (const age of ages) {
            const routes = routesOf({ danger, topic, role, age });
            expect(routes.length).toBeGreaterThan(0);
            combinations += 1;
          }
    expect(combinations).toBe(3 * 5 * 9 * 4);
  });

  it('ignore answers left over from a path not taken', () => {
    expect(routesOf({ danger: 'yes', topic: 'person', role: 'school', age: 'under-18' })).toEqual(routesOf({ danger: 'yes' }));
    expect(routesOf({ danger: 'no', topic: 'online', role: 'relative' })).not.toContain('parent-coach');
  });
});
