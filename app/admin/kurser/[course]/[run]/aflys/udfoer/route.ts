import { adminPaths } from '@/lib/admin/paths';
import { getContent } from '@/lib/content';
import { seatsChanged } from '@/lib/forms/revalidate';
import { doneRedirect, notFoundPage } from '@/lib/admin/respond';
import { findPortalRun } from '@/lib/admin/runs';
import { staffContext } from '@/lib/admin/service';
import { runPolicy } from '@/lib/forms/run-policy';
import { cancelRunByStaff } from '@/lib/registration/staff';

export const dynamic = 'force-dynamic';

/** Cancels the whole run; proxy.ts has checked the session, its token and the origin. */
export async function POST(_request: Request, { params }: RouteContext<'/admin/kurser/[course]/[run]/aflys/udfoer'>) {
  const { course, run } = await params;
  const found = findPortalRun(getContent().courses, course, run);
  if (!found) return notFoundPage();
  const context = await staffContext();
  const outcome = await cancelRunByStaff(context.db, runPolicy(found.course, found.run), context.options);
  if (outcome.kind === 'cancelled') seatsChanged();
  return doneRedirect(adminPaths.run(found.course.slug, found.run.id), outcome.kind === 'cancelled' ? 'run-cancelled' : 'already');
}
