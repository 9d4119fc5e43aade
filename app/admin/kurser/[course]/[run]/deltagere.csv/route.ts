import { csvFilename, participantsCsv } from '@/lib/admin/export';
import { getContent } from '@/lib/content';
import { loadParticipants } from '@/lib/admin/participants';
import { notFoundPage } from '@/lib/admin/respond';
import { findPortalRun } from '@/lib/admin/runs';
import { staffContext } from '@/lib/admin/service';
import { recordAudit } from '@/lib/audit/log';
import { runKey } from '@/lib/registration';

export const dynamic = 'force-dynamic';

/** The run's participants as a file; the download is in the audit log, for it carries personal data. */
export async function GET(_request: Request, { params }: RouteContext<'/admin/kurser/[course]/[run]/deltagere.csv'>) {
  const { course, run } = await params;
  const found = findPortalRun(getContent().courses, course, run);
  if (!found) return notFoundPage();
  const context = await staffContext();
  const key = runKey({ courseSlug: found.course.slug, runId: found.run.id });
  const participants = await loadParticipants(context.db, key);
  await recordAudit(
    context.db,
    context.options.actor,
    { action: 'exported-participants', runId: key, detail: String(participants.length) },
    context.options.now,
  );
  return new Response(participantsCsv(participants), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(found.course.slug, found.run.id)}"`,
      'cache-control': 'no-store',
    },
  });
}
