import { createTranslator } from 'next-intl';
import { type Content } from '@/lib/content';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { runCalendar } from '@/lib/courses/ics';
import { runEnd, runStart, sessionTimes } from '@/lib/courses/schedule';
import { formatClock, formatDateRange, formatInCopenhagen, formatLongDate } from '@/lib/courses/time';
import { localizedPath } from '@/lib/i18n/paths';
import { messagesOf } from '@/lib/i18n/messages';
import { type Locale } from '@/lib/i18n/routing';
import { registrationPaths } from '@/lib/forms/paths';
import { type RegistrationMailRequest } from '@/lib/registration/types';

/**
 * The e-mails of course registration, in Danish and English. lib/registration decides which to
 * send and makes the tokens; these functions only write the words. The outbox stores what comes
 * out (subject, text, attachments) in the same transaction as the registration.
 */

/** The e-mails lib/registration asks for. */
export type MailRequest = RegistrationMailRequest;

export interface RenderedMail {
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface MailSite {
  content: Pick<Content, 'courses'>;
  /** The public address links in e-mails start with, e.g. https://example.dk. */
  siteUrl: URL;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesOf(locale), namespace: 'Registration.mail' });
}

export function findRun(content: Pick<Content, 'courses'>, courseSlug: string, runId: string): { course: Course; run: Run } | undefined {
  const course = content.courses.find((candidate) => candidate.slug === courseSlug);
  const run = course?.runs.find((candidate) => candidate.id === runId);
  return course && run ? { course, run } : undefined;
}

function deadline(instant: Date, locale: Locale): string {
  return formatInCopenhagen(instant, locale, { dateStyle: 'long', timeStyle: 'short' });
}

/** One message, whole: greeting, what happened, what to do, the run, the cancel link, signature. */
export function renderMail(request: MailRequest, site: MailSite): RenderedMail {
  const { locale } = request;
  const found = findRun(site.content, request.courseSlug, request.runId);
  if (!found) throw new Error(`renderMail: no run ${request.courseSlug}/${request.runId} in the content`);
  const { course, run } = found;
  const t = translator(locale);
  const title = course.title[locale];
  const link = (path: string) => new URL(localizedPath(locale, path), site.siteUrl).href;
  const coursePage = link(`/kurser/${course.slug}`);

  const runLines = [
    t('runLine', { course: title, dates: formatDateRange(runStart(run), runEnd(run), locale), place: run.place[locale] }),
    t('sessionsHeading'),
    ...run.sessions.map((session) => {
      const { start, end } = sessionTimes(session);
      return `- ${formatLongDate(start, locale)} ${formatClock(start, locale)}–${formatClock(end, locale)}`;
    }),
    coursePage,
  ];
  const cancelLines = (token: string) => [t('cancelLine'), link(registrationPaths.cancel(token))];

  const calendar = () => ({
    filename: `${course.slug}-${run.id}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    content: runCalendar({
      uid: `${site.siteUrl.hostname}/kurser/${course.slug}/${run.id}`,
      title,
      description: `${course.summary[locale]}\n\n${coursePage}`,
      location: run.place[locale],
      url: coursePage,
      sessions: run.sessions,
      cancelled: false,
    }),
  });

  let subject: string;
  let body: string[];
  const attachments: RenderedMail['attachments'] = [];
  switch (request.kind) {
    case 'confirm':
      subject = t('confirmSubject', { course: title });
      body = [
        t('confirmBody', { until: deadline(request.holdExpiresAt, locale) }),
        link(registrationPaths.confirm(request.confirmToken)),
        runLines.join('\n'),
        t('confirmCalendar'),
        cancelLines(request.cancelToken).join('\n'),
      ];
      attachments.push(calendar());
      break;
    case 'waiting':
      subject = t('waitingSubject', { course: title });
      body = [t('waitingBody', { place: request.place }), runLines.join('\n'), cancelLines(request.cancelToken).join('\n')];
      break;
    case 'offer':
      subject = t('offerSubject', { course: title });
      body = [
        t('offerBody', { until: deadline(request.offerExpiresAt, locale) }),
        link(registrationPaths.offer(request.acceptToken)),
        runLines.join('\n'),
        cancelLines(request.cancelToken).join('\n'),
      ];
      break;
    case 'cancelled':
      subject = t('cancelledSubject', { course: title });
      body = [t(request.byCentre ? 'cancelledByCentreBody' : 'cancelledBody'), runLines.join('\n')];
      break;
    case 'confirmed':
      subject = t('confirmedSubject', { course: title });
      body = [t('confirmedBody'), runLines.join('\n'), t('confirmCalendar'), cancelLines(request.cancelToken).join('\n')];
      attachments.push(calendar());
      break;
    case 'run-cancelled':
      subject = t('runCancelledSubject', { course: title });
      body = [t('runCancelledBody'), runLines.join('\n')];
      break;
  }
  const text = [t('greeting', { name: request.name }), ...body, t('signature')].join('\n\n') + '\n';
  return { subject, text, attachments };
}
