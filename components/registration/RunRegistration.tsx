import { getTranslations } from 'next-intl/server';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { registrationPaths } from '@/lib/forms/paths';
import { type RunAvailability } from '@/lib/forms/registration-service';
import { takesRegistrations } from '@/lib/forms/run-policy';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

interface RunRegistrationProps {
  course: Course;
  run: Run;
  locale: Locale;
  now: Date;
  /** Seats as the database had them when the page was rendered; absent when not known. */
  availability: RunAvailability | undefined;
  /** The run's dates and place, so the link says which run it registers for. */
  runName: string;
}

/** Seats left, in words, and the way to register for a run that takes registrations on the portal. */
export async function RunRegistration({ course, run, locale, now, availability, runName }: RunRegistrationProps) {
  if (!takesRegistrations(run, now)) return null;
  const t = await getTranslations('Registration');
  if (availability === 'cancelled') {
    return (
      <p className="run-registration">
        {t('availability.label')}: {t('availability.cancelled')}
      </p>
    );
  }
  return (
    <p className="run-registration">
      {availability && (
        <span className="run-availability">
          {t('availability.label')}: {t(`availability.${availability}`)}{' '}
        </span>
      )}
      <a className="button button-primary" href={localizedPath(locale, registrationPaths.form(course.slug, run.id))}>
        {t('registerLink')}
        <span className="sr-only"> ({runName})</span>
      </a>
    </p>
  );
}
