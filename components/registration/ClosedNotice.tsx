import { getTranslations } from 'next-intl/server';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { type Locale } from '@/lib/i18n/routing';

/** A run that takes no registrations (any more): say why instead of showing a form. */
export async function ClosedNotice({ run }: { course: Course; run: Run; locale: Locale }) {
  const t = await getTranslations('Registration');
  const reason = run.status === 'cancelled' ? 'closed-cancelled' : run.status === 'full' ? 'closed-full' : 'closed-deadline';
  return (
    <div className="alert alert-info">
      <div className="alert-body">
        <h2 className="alert-heading">{t('closedTitle')}</h2>
        <p className="alert-text">{t(`refused.${reason}`)}</p>
      </div>
    </div>
  );
}
