import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getContent } from '@/lib/content';
import { findPortalRun, loadStoredRuns, runRow } from './runs';
import { staffContext } from './service';

/** The run behind `/admin/kurser/<course>/<run>`, with its figures; unknown → 404. Once per request. */
export const loadRunOr404 = cache(async (courseSlug: string, runId: string) => {
  const found = findPortalRun(getContent().courses, courseSlug, runId);
  if (!found) notFound();
  const stored = await loadStoredRuns((await staffContext()).db);
  const row = runRow(found.course, found.run, stored.get(`${found.course.slug}/${found.run.id}`));
  return { ...found, row };
});

/** The same, from a route's params. */
export async function loadRunPage(params: Promise<{ course: string; run: string }>) {
  const { course, run } = await params;
  return loadRunOr404(course, run);
}
