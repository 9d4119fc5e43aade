import type { Run } from '@/lib/content/schemas/course';
import { type CourseText } from './text';

/** The run's sessions as one fact of a `run-facts` list: on the course page and on the registration pages. */
export function SessionsFact({ run, text }: { run: Run; text: CourseText }) {
  return (
    <div>
      <dt>{text.t('run.sessions')}</dt>
      <dd>
        <ul className="unstyled-list">
          {run.sessions.map((session) => (
            <li key={session.start}>{text.session(session)}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
