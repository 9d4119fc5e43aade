import type { Course } from '@/lib/content/courses';
import { courseSchema } from '@/lib/content/schemas/course';

/** Input for one run as an editor would write it; the defaults fill what a test does not care about. */
export type RunInput = Record<string, unknown> & { id: string; sessions: { start: string; end: string }[] };

/** A course built through the real schema, so tests see what the loader would give. */
export function makeCourse(slug: string, overrides: Record<string, unknown> = {}, runs: RunInput[] = []): Course {
  const data = courseSchema.parse({
    title: { da: `Kursus ${slug}`, en: `Course ${slug}` },
    summary: { da: 'Et kursus.', en: 'A course.' },
    targetGroups: ['municipal-professionals'],
    themes: ['infohus'],
    organisers: ['Center for Dokumentation og Indsats mod Ekstremisme'],
    published: '2026-11-01',
    ...overrides,
    runs: runs.map((run) => ({
      catalogue: `${run.sessions[0]!.start.slice(0, 4)}-foraar`,
      place: 'Odense',
      registrationDeadline: '2000-01-01',
      status: 'open',
      ...run,
    })),
  });
  return { ...data, slug, file: `content/kurser/${slug}.yaml` };
}

/** One full-day session (09:00–16:00) on `date`. */
export function day(date: string): { start: string; end: string } {
  return { start: `${date}T09:00`, end: `${date}T16:00` };
}
