import { describe, expect, it } from 'vitest';
import { courseJsonLd, serializeJsonLd } from './jsonld';
import { makeCourse } from './testing';

const page = { page: 'https://example.org/kurser/samtaler' };

describe('courseJsonLd', () => {
  const course = makeCourse('samtaler', { format: 'mixed', price: 1200, organisers: ['Centeret', 'Rigspolitiet'], partners: ['UCL'] }, [
    {
      id: 'hold-1',
      capacity: 20,
      place: { da: 'København', en: 'Copenhagen' },
      sessions: [
        { start: '2027-03-23T09:00', end: '2027-03-23T16:00' },
        { start: '2027-04-06T09:00', end: '2027-04-06T12:00' },
      ],
    },
    { id: 'hold-2', status: 'cancelled', sessions: [{ start: '2027-09-01T09:00', end: '2027-09-01T15:00' }] },
  ]);
  const data = courseJsonLd(course, 'en', page) as Record<string, unknown> & { hasCourseInstance: Record<string, unknown>[] };

  it('describes a Course in the page language with its provider', () => {
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe('Course samtaler');
    expect(data.url).toBe(page.page);
    expect(data.provider).toEqual({ '@type': 'Organization', name: 'Centeret' });
    expect(data.contributor).toEqual([
      { '@type': 'Organization', name: 'Rigspolitiet' },
      { '@type': 'Organization', name: 'UCL' },
    ]);
  });

  it('gives each run a CourseInstance from first start to last end, in Copenhagen time', () => {
    const [first, second] = data.hasCourseInstance;
    expect(first).toMatchObject({
      '@type': 'CourseInstance',
      courseMode: 'blended',
      startDate: '2027-03-23T09:00:00+01:00',
      endDate: '2027-04-06T12:00:00+02:00',
      location: { '@type': 'Place', name: 'Copenhagen' },
      maximumAttendeeCapacity: 20,
      offers: { '@type': 'Offer', price: 1200, priceCurrency: 'DKK' },
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(second!.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(second).not.toHaveProperty('maximumAttendeeCapacity');
  });

  it('makes the annual meeting an Event per run, and nothing before a date is known', () => {
    const meeting = makeCourse('aarsmoede', { kind: 'event', format: 'in-person' }, [
      { id: 'y2027', sessions: [{ start: '2027-05-04T10:00', end: '2027-05-04T15:00' }] },
    ]);
    const graph = (courseJsonLd(meeting, 'da', page) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph).toHaveLength(1);
    expect(graph[0]).toMatchObject({ '@type': 'Event', startDate: '2027-05-04T10:00:00+02:00' });
    expect(courseJsonLd(makeCourse('x', { kind: 'event' }), 'da', page)).toBeUndefined();
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
