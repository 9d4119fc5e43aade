import { afterEach, describe, expect, it } from 'vitest';
import { loadCourses } from './courses';
import { formatIssue, IssueCollector } from './errors';
import { loadPublications } from './publications';
import { findBrokenReferences } from './references';

function load(fixtures: boolean) {
  if (fixtures) process.env.PORTAL_FIXTURES = '1';
  const issues = new IssueCollector();
  const courses = loadCourses(issues);
  const publications = loadPublications(issues);
  issues.addAll(findBrokenReferences(courses, publications));
  return { courses, publications, problems: issues.issues.map(formatIssue) };
}

afterEach(() => {
  delete process.env.PORTAL_FIXTURES;
});

describe('the real courses and publications', () => {
  const { courses, publications, problems } = load(false);

  it('load without problems', () => {
    expect(problems).toEqual([]);
  });

  it('hold the courses and the annual meeting the facts name', () => {
    expect(courses.map((c) => c.slug).sort()).toEqual([
      'aarsmoede-om-forebyggelse-af-ekstremisme',
      'forebyggelse-af-ekstremisme-online',
      'grundkursus-for-infohus-tovholdere',
      'samarbejde-med-civilsamfundet',
      'uddannelse-i-vurderingsvaerktoejet',
    ]);
    expect(courses.find((c) => c.slug.startsWith('aarsmoede'))!.kind).toBe('event');
  });

  it('invent no dates, places or prices: no runs until a catalogue gives them', () => {
    for (const course of courses) {
      expect(course.runs, course.file).toEqual([]);
      expect(course.price, course.file).toBeUndefined();
    }
  });

  it('hold the tools the facts name and no reports, summaries or podcasts', () => {
    expect(publications.map((p) => p.slug).sort()).toEqual([
      'analysemodel-til-kommunale-sager',
      'sagsgang-asylomraadet',
      'sagsgang-kriminalforsorgen',
      'sagsgang-psykiatrien',
      'sagsgang-sikrede-institutioner',
      'vaerktoej-til-vurdering-af-bekymringer',
      'vaerktoejer-til-samtaler-med-borgere',
    ]);
    expect(publications.filter((p) => ['report', 'summary', 'podcast'].includes(p.type))).toEqual([]);
    expect(publications.filter((p) => p.year !== undefined)).toEqual([]);
  });
});

describe('the fixture content', () => {
  const { courses, publications, problems } = load(true);

  it('loads without problems alongside the real content', () => {
    expect(problems).toEqual([]);
    expect(courses.length).toBeGreaterThan(5);
    expect(publications.length).toBeGreaterThan(7);
  });

  it('marks invented runs as examples, and keeps every run in tests/fixtures', () => {
    const runs = courses.flatMap((c) => c.runs.map((run) => ({ file: c.file, run })));
    expect(runs.every(({ file }) => file.startsWith('tests/fixtures/'))).toBe(true);
    expect(runs.some(({ run }) => run.example)).toBe(true);
  });
});
