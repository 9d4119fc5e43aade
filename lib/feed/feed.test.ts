import { describe, expect, it } from 'vitest';
import { day, makeCourse } from '@/lib/courses/testing';
import { makePublication } from '@/lib/library/testing';
import { atomFeed } from './atom';
import { feedEntries } from './entries';

const course = makeCourse('samtaler', { published: '2026-09-01' }, [
  { id: 'foraar', published: '2026-11-15', sessions: [day('2027-03-01')] },
  { id: 'efteraar', sessions: [day('2027-09-01')] },
]);
const report = makePublication('rapport', { published: '2026-10-01' });

describe('feedEntries', () => {
  const entries = feedEntries([course], [report]);

  it('holds courses, runs and publications, newest first', () => {
    expect(entries.map((e) => `${e.date} ${e.path}`)).toEqual([
      '2026-11-15 /kurser/samtaler#hold-foraar',
      '2026-10-01 /viden/rapport',
      '2026-09-01 /kurser/samtaler',
      '2026-09-01 /kurser/samtaler#hold-efteraar',
    ]);
  });

  it('dates a run without its own date by its course', () => {
    expect(entries.find((e) => e.path.endsWith('efteraar'))!.date).toBe('2026-09-01');
  });

  it('does not announce a publication that has no date of its own', () => {
    const always = makePublication('altid', { published: undefined });
    expect(feedEntries([course], [report, always]).map((e) => e.path)).not.toContain('/viden/altid');
  });

  it('keeps only the newest when asked for fewer', () => {
    expect(feedEntries([course], [report], 1).map((e) => e.path)).toEqual(['/kurser/samtaler#hold-foraar']);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Nyt fra centeret',
    subtitle: 'Kurser og viden',
    language: 'da',
    home: 'https://example.org/',
    self: 'https://example.org/feed.xml',
    author: 'Centeret',
    items: [
      { link: 'https://example.org/viden/rapport', title: 'Rapport & resumé', summary: 'Om <viden>.', date: '2026-10-01' },
      { link: 'https://example.org/kurser/samtaler', title: 'Samtaler', summary: 'Et kursus.', date: '2026-11-15' },
    ],
  });

  it('is an Atom document that links to itself', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toMatch(/<link rel="self"[^>]*href="https:\/\/example.org\/feed.xml"/);
    expect(xml).not.toContain('<generator');
  });

  it('is dated from the content, not from the build', () => {
    expect(xml).toContain('<updated>2026-11-14T23:00:00.000Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<id>https://example.org/viden/rapport</id>');
  });

  it('escapes text from the content, which readers take as HTML', () => {
    expect(xml).toContain('<![CDATA[Rapport &amp; resumé]]>');
    expect(xml).toContain('<![CDATA[Om &lt;viden&gt;.]]>');
  });
});
