import { notFound } from 'next/navigation';
import { findPortalRun, loadStoredRuns, runRow } from './runs';
import { adminContent, type StaffContext } from './service';

/** The run behind `/admin/kurser/<course>/<run>`, with its figures; unknown → 404. */
export async function loadRunOr404(context: StaffContext, params: { course: string; run: string }) {
  const found = findPortalRun(adminContent().courses, params.course, params.run);
  if (!found) notFound();
  const stored = await loadStoredRuns(context.db);
  const row = runRow(found.course, found.run, stored.get(`${found.course.slug}/${found.run.id}`));
  return { ...found, row };
}
