import type { Course } from '@/lib/content/courses';
import type { CourseFormat, Run } from '@/lib/content/schemas/course';
import { copenhagenIso } from './time';

type Locale = 'da' | 'en';

const courseMode: Record<CourseFormat, string> = { 'in-person': 'onsite', online: 'online', mixed: 'blended' };
const eventAttendanceMode: Record<CourseFormat, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

interface Urls {
  /** Absolute address of the course page. */
  page: string;
}

function runDetails(course: Course, run: Run, locale: Locale) {
  return {
    startDate: copenhagenIso(run.sessions[0]!.start),
    endDate: copenhagenIso(run.sessions.at(-1)!.end),
    location:
      course.format === 'online' ? { '@type': 'VirtualLocation', name: run.place[locale] } : { '@type': 'Place', name: run.place[locale] },
    eventStatus: run.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    ...(run.capacity === undefined ? {} : { maximumAttendeeCapacity: run.capacity }),
    ...(course.price === undefined ? {} : { offers: { '@type': 'Offer', price: course.price, priceCurrency: 'DKK' } }),
  };
}

function organisation(name: string) {
  return { '@type': 'Organization', name };
}

/**
 * schema.org data for a course page: a Course with one CourseInstance per run,
 * or, for an event such as the annual meeting, one Event per run (none until
 * a date is known, since an Event without a date says nothing).
 */
export function courseJsonLd(course: Course, locale: Locale, urls: Urls): object | undefined {
  const common = { name: course.title[locale], description: course.summary[locale], url: urls.page, inLanguage: locale };
  if (course.kind === 'event') {
    if (course.runs.length === 0) return undefined;
    return {
      '@context': 'https://schema.org',
      '@graph': course.runs.map((run) => ({
        '@type': 'Event',
        ...common,
        organizer: course.organisers.map(organisation),
        ...(course.format ? { eventAttendanceMode: eventAttendanceMode[course.format] } : {}),
        ...runDetails(course, run, locale),
      })),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    ...common,
    provider: organisation(course.organisers[0]!),
    ...(course.organisers.length > 1 || course.partners.length > 0
      ? { contributor: [...course.organisers.slice(1), ...course.partners].map(organisation) }
      : {}),
    hasCourseInstance: course.runs.map((run) => ({
      '@type': 'CourseInstance',
      ...(course.format ? { courseMode: courseMode[course.format] } : {}),
      ...runDetails(course, run, locale),
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe against a `</script>` in content. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
