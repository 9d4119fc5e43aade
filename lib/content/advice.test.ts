import { describe, expect, it } from 'vitest';
import { type AdviceOffer, findBrokenOfferReferences, loadAdviceOffers } from './advice';
import { loadCourses } from './courses';
import { formatIssue, IssueCollector } from './errors';
import { loadPublications } from './publications';
import { validate } from './read';
import { adviceOfferSchema } from './schemas/advice';

const file = 'content/raadgivning/eksempel.yaml';

const good = {
  order: 1,
  title: { da: 'Et tilbud', en: 'An offer' },
  summary: { da: 'Kort om tilbuddet.', en: 'About the offer.' },
  organisations: ['municipality'],
  provides: [{ da: 'Råd', en: 'Advice' }],
  activity: '/indsatser/raadgivning',
  source: { url: 'https://www.stopekstremisme.dk/' },
};

function problems(data: unknown): string[] {
  const issues = new IssueCollector();
  validate(file, adviceOfferSchema, data, issues);
  return issues.issues.map(formatIssue);
}

describe('the advisory offers schema', () => {
  it('accepts an offer with what the facts give, and no date, price or contact fields', () => {
    expect(problems(good)).toEqual([]);
    expect(problems({ ...good, price: 'gratis' })).toEqual([`${file}: price: is not a known field (misspelt?)`]);
    expect(problems({ ...good, phone: '12 34 56 78' })).toEqual([`${file}: phone: is not a known field (misspelt?)`]);
  });

  it('names file and field of each mistake', () => {
    expect(problems({ ...good, organisations: [] })).toEqual([`${file}: organisations: needs at least one kind of organisation`]);
    expect(problems({ ...good, organisations: ['municipality', 'municipality'] })).toEqual([
      `${file}: organisations: lists the same value twice`,
    ]);
    expect(problems({ ...good, organisations: ['police'] })[0]).toMatch(/^content\/raadgivning\/eksempel\.yaml: organisations\.0: /);
    expect(problems({ ...good, provides: [] })).toEqual([`${file}: provides: needs at least one line on what the organisation gets`]);
    expect(problems({ ...good, activity: 'indsatser/raadgivning' })).toEqual([
      `${file}: activity: must be a path on the portal starting with /, in lower case`,
    ]);
    expect(problems({ ...good, title: { da: 'Kun dansk' } })[0]).toMatch(/^content\/raadgivning\/eksempel\.yaml: title\.en: /);
  });

  it('reports courses, tools and activity pages that do not exist', () => {
    const offer = {
      ...good,
      slug: 'eksempel',
      file,
      courses: ['findes-ikke'],
      tools: ['heller-ikke'],
      activity: '/indsatser/ukendt',
    } as AdviceOffer;
    const pageExists = (locale: 'da' | 'en', path: string) => path !== '/indsatser/ukendt' || locale === 'da';
    expect(findBrokenOfferReferences([offer], [], [], pageExists).map(formatIssue)).toEqual([
      `${file}: courses.0: no course content/kurser/findes-ikke.yaml`,
      `${file}: tools.0: no entry content/viden/heller-ikke.yaml`,
      `${file}: activity: no en page /indsatser/ukendt`,
    ]);
  });
});

describe('the real offers', () => {
  const issues = new IssueCollector();
  const offers = loadAdviceOffers(issues);
  const courses = loadCourses(issues);
  const publications = loadPublications(issues);

  it('load without problems, and name only courses and tools that exist', () => {
    expect(issues.issues.map(formatIssue)).toEqual([]);
    expect(findBrokenOfferReferences(offers, courses, publications, () => true)).toEqual([]);
  });

  it('are the ten offers the facts name, in a fixed order', () => {
    expect(offers.toSorted((a, b) => a.order - b.order).map((offer) => offer.slug)).toEqual([
      'lokale-strategier-og-handlingsplaner',
      'organisering-og-kompetenceopbygning',
      'raad-om-et-konkret-problem',
      'samarbejde-i-udsatte-boligomraader',
      'infohus-modellen',
      'samarbejde-med-civilsamfundet',
      'forebyggelse-online',
      'uddannelse-i-vurderingsvaerktoejet',
      'grundkursus-for-infohus-tovholdere',
      'mentor-og-foraeldrecoach-korpset',
    ]);
    expect(new Set(offers.map((offer) => offer.order)).size).toBe(offers.length);
  });

  it('hold no phone number, e-mail address or date in their texts', () => {
    const texts = offers.flatMap((offer) => [offer.title, offer.summary, ...offer.provides].flatMap((text) => [text.da, text.en]));
    for (const text of texts) {
      expect(text).not.toMatch(/@|\b\d{2} \d{2} \d{2} \d{2}\b|\b\d{4}-\d{2}-\d{2}\b/);
    }
  });
});
