import { retryMessage } from '@/lib/admin/outbox';
import { adminPaths } from '@/lib/admin/paths';
import { doneRedirect, notFoundPage } from '@/lib/admin/respond';
import { staffContext } from '@/lib/admin/service';

export const dynamic = 'force-dynamic';

/** Moves an unsent message to the front; the outbox worker sends it on its next round (every 10 s). */
export async function POST(_request: Request, { params }: RouteContext<'/admin/udbakke/[id]/proev-igen'>) {
  const { id } = await params;
  const context = await staffContext();
  const outcome = await retryMessage(context.db, id, context.options.now, context.options.actor);
  if (outcome === 'unknown') return notFoundPage();
  return doneRedirect(adminPaths.outbox, outcome === 'queued' ? 'retried' : 'already-sent');
}
