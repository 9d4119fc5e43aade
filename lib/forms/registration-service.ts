import { getContent } from '@/lib/content';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { currentTime } from '@/lib/courses/clock';
import { getDb } from '@/lib/db';
import { type Locale } from '@/lib/i18n/routing';
import { type MailRequest, renderMail } from '@/lib/mail/templates';
import { acceptOffer, availability, cancel, confirm, rateLimit, receiptStatus, register } from '@/lib/registration';
import { siteUrl } from '@/lib/site/config';
import { registrationPaths } from './paths';
import { seatsChanged } from './revalidate';
import { hasPortalRegistration, runPolicy } from './run-policy';
import { type RegistrationPorts } from './submit-registration';

/**
 * Sends per key in ten minutes, across every server (the counts live in the database). One
 * workplace behind one address may register a whole team; one e-mail address needs few tries.
 */
export const formRateLimits = { ip: { limit: 40, windowMs: 10 * 60_000 }, email: { limit: 5, windowMs: 10 * 60_000 } };

/** Writes the e-mails of registration in the registrant's language, with links to this site. */
export function composeMail(request: MailRequest) {
  return renderMail(request, { content: getContent(), siteUrl });
}

/** The registration form's way into lib/registration for one run. */
export function registrationPorts(course: Course, run: Run, locale: Locale): RegistrationPorts {
  return {
    async allow(key) {
      return rateLimit(await getDb(), `registration:${key}`, {
        ...formRateLimits[key.startsWith('ip:') ? 'ip' : 'email'],
        now: currentTime(),
      });
    },
    async register(input, idempotencyKey) {
      const outcome = await register(
        await getDb(),
        runPolicy(course, run),
        { ...input, locale },
        { idempotencyKey, now: currentTime(), mail: composeMail },
      );
      if (outcome.kind === 'held' || outcome.kind === 'waiting') seatsChanged();
      return outcome;
    },
  };
}

/** The e-mailed links' three kinds, and their addresses. */
export type LinkKind = 'confirm' | 'cancel' | 'offer';
export const linkPaths: Record<LinkKind, (token: string) => string> = {
  confirm: registrationPaths.confirm,
  cancel: registrationPaths.cancel,
  offer: registrationPaths.offer,
};

/** Presses the button of an e-mailed link; a seat that changed hands renders the availability pages again. */
export async function performLinkAction(kind: LinkKind, token: string): Promise<string> {
  const db = await getDb();
  const now = currentTime();
  const outcome =
    kind === 'confirm'
      ? await confirm(db, token, now)
      : kind === 'cancel'
        ? await cancel(db, token, now, { mail: composeMail })
        : await acceptOffer(db, token, now);
  if (outcome === 'cancelled' || outcome === 'confirmed') seatsChanged();
  return outcome;
}

/** What the receipt page shows: the run and the registration's state, nothing personal. */
export interface ReceiptInfo {
  courseSlug: string;
  runId: string;
  status: 'held' | 'confirmed' | 'waiting' | 'offered' | 'cancelled' | 'expired';
  place?: number;
  holdExpiresAt?: Date;
}

export async function loadReceipt(receipt: string): Promise<ReceiptInfo | undefined> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(receipt)) return undefined;
  return receiptStatus(await getDb(), receipt);
}

export type RunAvailability = 'open' | 'few' | 'full-waitlist' | 'cancelled';

/**
 * Seats of the runs now, by `<course>/<run>`. Empty while `next build` prerenders: the build does
 * not open the database (its workers would race to migrate it); the pages get their figures when
 * they are rendered again after a seat changes, or at the hourly revalidation.
 */
export async function loadAvailability(course: Course): Promise<Map<string, RunAvailability>> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return new Map();
  const runs = course.runs.filter((run) => run.status !== 'cancelled');
  if (runs.length === 0) return new Map();
  try {
    const figures = await availability(
      await getDb(),
      runs.map((run) => run.id),
      runs.map((run) => runPolicy(course, run)),
    );
    return new Map(
      runs.flatMap((run) => {
        const found = figures.get(run.id);
        return found ? [[run.id, found.state]] : [];
      }),
    );
  } catch (error) {
    // The page is still worth showing without the figures; the error goes to the log.
    console.error('availability could not be read', error);
    return new Map();
  }
}

/** Seats of every run with a registration form, by `<course>/<run>`: for the catalogue on /kurser. */
export async function loadCatalogueAvailability(courses: readonly Course[]): Promise<Map<string, RunAvailability>> {
  const withForms = courses.filter((course) => course.runs.some(hasPortalRegistration));
  const perCourse = await Promise.all(withForms.map(async (course) => [course.slug, await loadAvailability(course)] as const));
  return new Map(perCourse.flatMap(([slug, runs]) => [...runs].map(([runId, state]) => [`${slug}/${runId}`, state] as const)));
}
