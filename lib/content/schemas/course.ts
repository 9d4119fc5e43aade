import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './common';
import { courseFormats, courseKinds, runStatuses, semesterPattern } from '../vocabulary';
import { audienceSchema, slugSchema, themeSchema, uniqueList } from './taxonomy';

export const semesterSchema = z.string().regex(semesterPattern, { error: 'must be a catalogue written YYYY-foraar or YYYY-efteraar' });

function isRealWallClock(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * A time as read on a clock in Copenhagen, e.g. `2027-03-02T09:00`. Editors
 * never deal with UTC or summer time; lib/courses converts when it must.
 */
export const wallClockSchema = z
  .string()
  .refine(isRealWallClock, { error: 'must be a Copenhagen time written YYYY-MM-DDTHH:MM, e.g. 2027-03-02T09:00' });

/** A name that is the same in both languages, or a text given in each. */
const placeSchema = z
  .union([z.string().min(1), localizedTextSchema])
  .transform((place) => (typeof place === 'string' ? { da: place, en: place } : place));

export const sessionSchema = z.strictObject({ start: wallClockSchema, end: wallClockSchema });
export type Session = z.infer<typeof sessionSchema>;

/** Where to sign up. Only a link or an address the centre has published. */
const registrationSchema = z.union([z.strictObject({ url: z.url() }), z.strictObject({ email: z.email() })], {
  error: 'must be either { url: https://… } or { email: … }',
});

export const runStatusSchema = z.enum(runStatuses);
export type RunStatus = z.infer<typeof runStatusSchema>;

/** One run ("hold") of a course: its dates, place and seats. */
export const runSchema = z
  .strictObject({
    /** Part of the calendar file's address: `/kurser/<course>/<id>.ics`. */
    id: slugSchema,
    /** Marks invented dates (fixtures, demonstrations) so the page can say so. */
    example: z.boolean().default(false),
    catalogue: semesterSchema,
    sessions: z.array(sessionSchema).min(1, { error: 'needs at least one session' }),
    place: placeSchema,
    capacity: z.number().int().positive().optional(),
    registrationDeadline: isoDateSchema,
    registration: registrationSchema.optional(),
    status: runStatusSchema,
    note: localizedTextSchema.optional(),
    /** When the run was announced on the portal; the feed dates it by this, else by the course. */
    published: isoDateSchema.optional(),
  })
  .superRefine((run, ctx) => {
    run.sessions.forEach((session, index) => {
      if (session.end <= session.start) {
        ctx.addIssue({ code: 'custom', path: ['sessions', index, 'end'], message: `must be after start (${session.start})` });
      }
    });
    const firstStart = run.sessions.map((s) => s.start).sort()[0];
    if (firstStart && run.registrationDeadline >= firstStart.slice(0, 10)) {
      ctx.addIssue({
        code: 'custom',
        path: ['registrationDeadline'],
        message: `must be before the first session (${firstStart})`,
      });
    }
  });
export type Run = z.infer<typeof runSchema>;

export const courseFormatSchema = z.enum(courseFormats);
export type CourseFormat = z.infer<typeof courseFormatSchema>;

/** One file in content/kurser/: a course, or an event such as the annual meeting. */
export const courseSchema = z
  .strictObject({
    kind: z.enum(courseKinds).default('course'),
    title: localizedTextSchema,
    /** One or two sentences for lists and the catalogue. */
    summary: localizedTextSchema,
    /** The full description; paragraphs are separated by a blank line. */
    description: localizedTextSchema.optional(),
    targetGroups: uniqueList(audienceSchema).min(1, { error: 'needs at least one target group' }),
    themes: uniqueList(themeSchema).min(1, { error: 'needs at least one theme' }),
    format: courseFormatSchema.optional(),
    /** e.g. { da: 5 dage, en: 5 days } */
    duration: localizedTextSchema.optional(),
    organisers: z.array(z.string().min(2)).min(1, { error: 'needs at least one organiser' }),
    partners: z.array(z.string().min(2)).default([]),
    /** Price per participant in Danish kroner; 0 means free. Leave out when not published. */
    price: z.number().int().min(0).optional(),
    /** Slugs of publications in content/viden/ the course builds on. */
    publications: uniqueList(slugSchema).default([]),
    /** When the course was put on the portal (the feed's date). */
    published: isoDateSchema,
    runs: z.array(runSchema).default([]),
  })
  .superRefine((course, ctx) => {
    const seen = new Set<string>();
    course.runs.forEach((run, index) => {
      if (seen.has(run.id)) ctx.addIssue({ code: 'custom', path: ['runs', index, 'id'], message: `"${run.id}" is used twice` });
      seen.add(run.id);
    });
  });

export type CourseData = z.infer<typeof courseSchema>;
