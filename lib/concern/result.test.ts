import { describe, expect, it } from 'vitest';
import { loadContacts } from '@/lib/content/contacts';
import { IssueCollector } from '@/lib/content/errors';
import { concernRouteIds } from '@/lib/content/schemas/concern';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import { politikreds } from './district-name';
import { type Answers, ageAnswers, dangerAnswers, roleAnswers, topicAnswers, UNKNOWN_MUNICIPALITY } from './questions';
import { buildResult, type ConcernResult } from './result';
import { realConcern } from './test-data';
import { everyCompletedWalk } from './walk';

const concern = realConcern();
const contacts = (() => {
  const issues = new IssueCollector();
  const loaded = loadContacts(issues);
  issues.throwIfAny();
  return loaded;
})();

/** Every way through the guide, and every combination of answers a request could carry besides. */
const walks = everyCompletedWalk(concern.municipalities.map((m) => m.slug));
const combinations: Answers[] = [];
for (const danger of [undefined, ...dangerAnswers])
  for (const topic of [undefined, ...topicAnswers])
    for (const role of [undefined, ...roleAnswers])
      for (const age of [undefined, ...ageAnswers])
        for (const municipality of [undefined, UNKNOWN_MUNICIPALITY, 'aarhus'])
          combinations.push({ danger, topic, role, age, municipality });
const everyAnswer = [...walks, ...combinations];

const results = everyAnswer.map((answers) => ({ answers, result: buildResult(answers, concern, contacts) }));
const cards = (result: ConcernResult) => [...(result.emergency ? [result.emergency] : []), ...result.options];
/** The answers for which `holds` is false, listed so a failure names them. */
const violations = (holds: (result: ConcernResult, answers: Answers) => boolean) =>
  results.filter(({ answers, result }) => !holds(result, answers)).map(({ answers }) => JSON.stringify(answers));

describe('the result, for every combination of answers', () => {
  it('walks them all', () => {
    expect(walks).toHaveLength(1 + 10 * 3 * 99 + 99 + 1 + 1);
    expect(combinations).toHaveLength(3 * 5 * 11 * 4 * 3);
  });

  it('names each place to turn once', () => {
    expect(violations((result) => new Set(cards(result).map((card) => card.place)).size === cards(result).length)).toEqual([]);
  });

  it('shows each phone number once', () => {
    const numbers = (result: ConcernResult) => cards(result).flatMap((card) => card.contacts.map((contact) => contact.id));
    expect(violations((result) => new Set(numbers(result)).size === numbers(result).length)).toEqual([]);
  });

  it('shows the hotline first among the options, with its number, hours and that calls may be anonymous', () => {
    const hotline = contacts.find((contact) => contact.id === 'hotline')!;
    expect(hotline.phone).toBe('41 74 90 90');
    expect(hotline.hours?.da).toBeTruthy();
    expect(hotline.anonymous).toBe(true);
    expect(violations((result) => result.options[0]?.route.id === 'hotline' && result.options[0].contacts.includes(hotline))).toEqual([]);
  });

  it('shows 112 apart and first exactly when someone is in danger', () => {
    expect(
      violations(
        (result, answers) =>
          (answers.danger === 'yes') === (result.emergency?.route.id === 'emergency') &&
          result.options.every((option) => option.route.id !== 'emergency'),
      ),
    ).toEqual([]);
  });

  it('names the infohus through the municipality’s police district when the municipality is known', () => {
    const { result } = results.find(
      ({ answers }) => answers.municipality === 'aarhus' && answers.topic === 'person' && answers.role === 'other',
    )!;
    expect(result.place && politikreds(result.place.district)).toBe('Østjyllands Politikreds');
  });

  it('keeps the age for the duty to notify, so its card does not ask again', () => {
    expect(
      violations((result, answers) => !cards(result).some((c) => c.route.id === 'duty-to-notify') || result.age === answers.age),
    ).toEqual([]);
  });
});

describe('the words of the result', () => {
  const routes = concern.routes;
  const texts = (locale: 'da' | 'en') => [
    ...routes.flatMap((route) => [route.title, route.titleWithDistrict, route.how, route.next].flatMap((text) => text?.[locale] ?? [])),
    JSON.stringify((locale === 'da' ? da : en).Concern),
  ];

  it('state the duty to notify with its condition first, as a statement, not a question about the age', () => {
    const duty = routes.find((route) => route.id === 'duty-to-notify')!;
    expect(duty.how.da).toMatch(/^Når du som offentligt ansat får at vide, at et barn eller en ung kan have brug for særlig støtte/);
    expect(duty.how.en).toMatch(/^When you, as a public employee, learn that a child or young person may need special support/);
    expect(duty.how.da).toMatch(/Alle har også pligt til at underrette, hvis et barn bliver udsat for omsorgssvigt/);
    expect(duty.how.da + duty.how.en).not.toContain('?');
  });

  it('make no promise the facts do not make, and give no order to follow', () => {
    const promises = [
      /tager sig af faren/i,
      /du får råd/i,
      /deal with the danger/i,
      /you get advice/i,
      /i den rækkefølge/i,
      /in the order shown/i,
    ];
    const all = [...texts('da'), ...texts('en')].join('\n');
    expect(promises.filter((promise) => promise.test(all))).toEqual([]);
  });

  it('tell only the sectors that have one about a workplace procedure', () => {
    const procedure = routes.find((route) => route.id === 'workplace-procedure')!;
    expect(procedure.how.da).toContain('sagsgang');
    const others = routes.filter((route) => route.id !== 'workplace-procedure');
    expect(
      others.filter((route) => /sagsgang|procedure/i.test(route.how.da + route.how.en + route.next.da + route.next.en)).map((r) => r.id),
    ).toEqual([]);
  });

  it('say that a municipality hører under its politikreds', () => {
    expect(da.Concern.result.district).toBe('{municipality} hører under {district}.');
    expect(da.Concern.lookup.foundTitle).toContain('hører under');
  });

  it('give every option the situation it fits, in both languages', () => {
    const options = concernRouteIds.filter((id) => id !== 'parent-coach');
    for (const messages of [da, en]) {
      const when: Record<string, string> = messages.Concern.result.when;
      expect(options.filter((id) => !when[id])).toEqual([]);
      expect(when['duty-to-notify-age-unknown']).toBeTruthy();
    }
  });
});
