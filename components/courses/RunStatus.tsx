import type { Run } from '@/lib/content/schemas/course';
import { registrationClosed } from '@/lib/courses/schedule';
import { type CourseText } from './text';

/** The run's status as words (never colour alone), the closed deadline, and the example mark. */
export function RunStatus({ run, now, text }: { run: Run; now: Date; text: CourseText }) {
  const { t } = text;
  const closed = run.status !== 'cancelled' && run.status !== 'full' && registrationClosed(run, now);
  return (
    <span className="run-badges">
      <span className={`run-badge run-badge-${run.status}`}>{t(`status.${run.status}`)}</span>
      {closed && <span className="run-badge run-badge-closed">{t('registrationClosed')}</span>}
      {run.example && <span className="run-badge run-badge-example">{t('example')}</span>}
    </span>
  );
}
