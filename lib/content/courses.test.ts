import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourses } from './courses';
import { formatIssue, IssueCollector } from './errors';
import { loadPublications } from './publications';
import { findBrokenReferences } from './references';

/**
 * Each test writes content files into a temporary project and loads them as
 * the build does, then reads the messages an editor would see.
 */
let project: string;
let previousDir: string;

beforeEach(() => {
  previousDir = process.cwd();
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'courses-'));
  process.chdir(project);
});

afterEach(() => {
  process.chdir(previousDir);
  fs.rmSync(project, { recursive: true, force: true });
  delete process.env.PORTAL_FIXTURES;
});

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
}

const courseYaml = (extra = '', runs = '') => `
title: { da: Samtaler, en: Conversations }
summary: { da: Et kursus., en: A course. }
targetGroups: [teachers]
themes: [conversations]
organisers: [Centeret]
published: 2026-11-01
${extra}
${runs ? `runs:\n${runs}` : ''}
`;

const run = (fields: Record<string, string>) => {
  const all = {
    id: 'hold-1',
    catalogue: '2027-foraar',
    place: 'Odense',
    registrationDeadline: '2027-02-01',
    status: 'open',
    sessions: '[{ start: 2027-03-02T09:00, end: 2027-03-02T16:00 }]',
    ...fields,
  };
  return (
    '  - ' +
    Object.entries(all)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n    ') +
    '\n'
  );
};

function courseMessages(): string[] {
  const issues = new IssueCollector();
  loadCourses(issues);
  return issues.issues.map(formatIssue);
}

describe('loadCourses', () => {
  it('loads a valid course with its runs in date order and its slug from the file name', () => {
    write(
      'content/kurser/samtaler.yaml',
      courseYaml(
        'format: mixed',
        run({ id: 'senere', sessions: '[{ start: 2027-05-04T09:00, end: 2027-05-04T12:00 }]' }) +
          run({
            id: 'tidlig',
            example: 'true',
            place: '{ da: København, en: Copenhagen }',
            registration: '{ email: kursus@example.org }',
            sessions: '[{ start: 2027-03-09T09:00, end: 2027-03-09T16:00 }, { start: 2027-03-02T09:00, end: 2027-03-02T16:00 }]',
          }),
      ),
    );
    const issues = new IssueCollector();
    const [course] = loadCourses(issues);
    expect(issues.issues).toEqual([]);
    expect(course!.slug).toBe('samtaler');
    expect(course!.runs.map((r) => r.id)).toEqual(['tidlig', 'senere']);
    expect(course!.runs[0]!.sessions.map((s) => s.start)).toEqual(['2027-03-02T09:00', '2027-03-09T09:00']);
    expect(course!.runs[0]!.place).toEqual({ da: 'København', en: 'Copenhagen' });
    expect(course!.runs[1]!.place).toEqual({ da: 'Odense', en: 'Odense' });
    expect(course!.runs[0]!.example).toBe(true);
    expect(course!.runs[1]!.example).toBe(false);
  });

  it.each([
    ['a missing English title', 'title: { da: Samtaler }\n', 'title.en:'],
    ['an unknown target group', 'targetGroups: [astronauts]\n', 'targetGroups.0: Invalid option'],
    ['no target group', 'targetGroups: []\n', 'targetGroups: needs at least one target group'],
    ['a target group twice', 'targetGroups: [teachers, teachers]\n', 'targetGroups: lists the same value twice'],
    ['an unknown theme', 'themes: [cooking]\n', 'themes.0: Invalid option'],
    ['no theme', 'themes: []\n', 'themes: needs at least one theme'],
    ['an unknown format', 'format: hybrid\n', 'format: Invalid option'],
    ['a negative price', 'price: -5\n', 'price:'],
    ['no organiser', 'organisers: []\n', 'organisers: needs at least one organiser'],
    ['a publication date that is not a date', 'published: last week\n', 'published: must be a date written YYYY-MM-DD'],
    ['a misspelt field', 'sumary: { da: x, en: y }\n', 'sumary: is not a known field'],
  ])('reports %s with file and field', (_name, override, expected) => {
    const key = override.split(':')[0]!;
    const base = courseYaml()
      .split('\n')
      .filter((line) => !line.startsWith(`${key}:`))
      .join('\n');
    write('content/kurser/samtaler.yaml', `${base}\n${override}`);
    const messages = courseMessages();
    expect(
      messages.filter((m) => m.startsWith('content/kurser/samtaler.yaml: ') && m.includes(expected)),
      messages.join('\n'),
    ).not.toEqual([]);
  });

  it.each([
    ['a run id that is not a slug', { id: 'Hold 1' }, 'runs.0.id: must be lower case'],
    [
      'a catalogue in the wrong form',
      { catalogue: 'spring-2027' },
      'runs.0.catalogue: must be a catalogue written YYYY-foraar or YYYY-efteraar',
    ],
    ['a run without sessions', { sessions: '[]' }, 'runs.0.sessions: needs at least one session'],
    [
      'a time that does not exist',
      { sessions: '[{ start: 2027-02-30T09:00, end: 2027-02-30T16:00 }]' },
      'runs.0.sessions.0.start: must be a Copenhagen time',
    ],
    [
      'a time without leading zero',
      { sessions: '[{ start: 2027-03-02T9:00, end: 2027-03-02T16:00 }]' },
      'runs.0.sessions.0.start: must be a Copenhagen time',
    ],
    [
      'a session that ends before it starts',
      { sessions: '[{ start: 2027-03-02T16:00, end: 2027-03-02T09:00 }]' },
      'runs.0.sessions.0.end: must be after start (2027-03-02T16:00)',
    ],
    [
      'a session that ends as it starts',
      { sessions: '[{ start: 2027-03-02T09:00, end: 2027-03-02T09:00 }]' },
      'runs.0.sessions.0.end: must be after start',
    ],
    [
      'a deadline on the day of the first session',
      { registrationDeadline: '2027-03-02' },
      'runs.0.registrationDeadline: must be before the first session (2027-03-02T09:00)',
    ],
    [
      'a deadline after the first session',
      { registrationDeadline: '2027-04-01' },
      'runs.0.registrationDeadline: must be before the first session',
    ],
    ['a deadline that is not a date', { registrationDeadline: 'soon' }, 'runs.0.registrationDeadline: must be a date written YYYY-MM-DD'],
    [
      'registration that is neither a link nor an e-mail',
      { registration: '{ phone: 41749090 }' },
      'runs.0.registration: must be either { url: https://… } or { email: … }',
    ],
    ['an unknown status', { status: 'maybe' }, 'runs.0.status: Invalid option'],
    ['a capacity of nought', { capacity: '0' }, 'runs.0.capacity:'],
    ['a place left empty', { place: "''" }, 'runs.0.place:'],
  ])('reports %s with file and field', (_name, fields, expected) => {
    write('content/kurser/samtaler.yaml', courseYaml('', run(fields)));
    const messages = courseMessages();
    expect(messages.some((m) => m.startsWith(`content/kurser/samtaler.yaml: ${expected}`))).toBe(true);
  });

  it('reports a run id used twice in one course', () => {
    write('content/kurser/samtaler.yaml', courseYaml('', run({}) + run({})));
    expect(courseMessages()).toContain('content/kurser/samtaler.yaml: runs.1.id: "hold-1" is used twice');
  });

  it('reports a file that is not YAML', () => {
    write('content/kurser/samtaler.yaml', 'title: [unclosed');
    expect(courseMessages()[0]).toMatch(/^content\/kurser\/samtaler.yaml: \(file\): cannot be parsed/);
  });

  it('reports a file name that cannot be a slug, and the reserved name of the catalogue route', () => {
    write('content/kurser/Samtaler Kursus.yaml', courseYaml());
    write('content/kurser/katalog.yaml', courseYaml());
    expect(courseMessages()).toEqual([
      'content/kurser/katalog.yaml: (file): "katalog" is taken by a page of the portal; choose another file name',
      'content/kurser/Samtaler Kursus.yaml: (file): the file name must be lower case a-z, 0-9 and - and lie directly in the folder',
    ]);
  });

  it('reports a fixture course with the slug of a real one', () => {
    process.env.PORTAL_FIXTURES = '1';
    write('content/kurser/samtaler.yaml', courseYaml());
    write('tests/fixtures/content/kurser/samtaler.yaml', courseYaml());
    expect(courseMessages()).toEqual([
      'tests/fixtures/content/kurser/samtaler.yaml: (file): same slug "samtaler" as content/kurser/samtaler.yaml',
    ]);
  });

  it('collects the problems of every file in one run', () => {
    write('content/kurser/a.yaml', courseYaml('format: hybrid'));
    write('content/kurser/b.yaml', courseYaml('', run({ status: 'maybe' })));
    const messages = courseMessages();
    expect(messages.some((m) => m.startsWith('content/kurser/a.yaml: format'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/kurser/b.yaml: runs.0.status'))).toBe(true);
  });
});

const publicationYaml = (extra = '') => `
type: report
title: { da: Rapport, en: Report }
summary: { da: En rapport., en: A report. }
themes: [online]
audience: [teachers]
source: { name: { da: Kilden, en: The source }, url: 'https://example.org/kilde' }
published: 2026-11-01
${extra}
`;

function publicationMessages(): string[] {
  const issues = new IssueCollector();
  loadPublications(issues);
  return issues.issues.map(formatIssue);
}

describe('loadPublications', () => {
  it('loads a valid publication', () => {
    write('public/filer/rapport.pdf', '%PDF');
    write('content/viden/rapport.yaml', publicationYaml('year: 2025\ndownload: /filer/rapport.pdf\nurl: https://example.org/rapport'));
    const issues = new IssueCollector();
    const [publication] = loadPublications(issues);
    expect(issues.issues).toEqual([]);
    expect(publication).toMatchObject({
      slug: 'rapport',
      year: 2025,
      download: '/filer/rapport.pdf',
      file: 'content/viden/rapport.yaml',
      courses: [],
    });
  });

  it.each([
    ['an unknown type', 'type: novel', 'type: Invalid option'],
    ['a year out of range', 'year: 20', 'year:'],
    ['no audience', 'audience: []', 'audience: needs at least one audience'],
    ['no theme', 'themes: []', 'themes: needs at least one theme'],
    ['a download outside /filer', 'download: /etc/passwd', 'download: must be a file under /filer/'],
    ['a download that is not there', 'download: /filer/mangler.pdf', 'download: public/filer/mangler.pdf does not exist'],
    ['a link that is not a URL', 'url: stopekstremisme', 'url:'],
    ['a course slug that is not a slug', 'courses: [Et Kursus]', 'courses.0: must be lower case'],
    ['no source', 'source: ', 'source:'],
    ['a source without a name in English', "source: { name: { da: Kilden }, url: 'https://example.org/kilde' }", 'source.name.en:'],
  ])('reports %s with file and field', (_name, override, expected) => {
    const key = override.split(':')[0]!;
    const base = publicationYaml()
      .split('\n')
      .filter((line) => !line.startsWith(`${key}:`))
      .join('\n');
    write('content/viden/rapport.yaml', `${base}\n${override}\n`);
    expect(publicationMessages().some((m) => m.startsWith(`content/viden/rapport.yaml: ${expected}`))).toBe(true);
  });

  it('reports two publications with the same slug', () => {
    process.env.PORTAL_FIXTURES = '1';
    write('content/viden/rapport.yaml', publicationYaml());
    write('tests/fixtures/content/viden/rapport.yml', publicationYaml());
    expect(publicationMessages()).toEqual([
      'tests/fixtures/content/viden/rapport.yml: (file): same slug "rapport" as content/viden/rapport.yaml',
    ]);
  });
});

describe('findBrokenReferences', () => {
  it('names the file and field of a course or publication that is referred to but does not exist', () => {
    write('content/kurser/samtaler.yaml', courseYaml('publications: [rapport, mangler]'));
    write('content/viden/rapport.yaml', publicationYaml('courses: [samtaler, findes-ikke]'));
    const issues = new IssueCollector();
    const found = findBrokenReferences(loadCourses(issues), loadPublications(issues)).map(formatIssue);
    expect(issues.issues).toEqual([]);
    expect(found).toEqual([
      'content/kurser/samtaler.yaml: publications.1: no publication content/viden/mangler.yaml',
      'content/viden/rapport.yaml: courses.1: no course content/kurser/findes-ikke.yaml',
    ]);
  });
});
