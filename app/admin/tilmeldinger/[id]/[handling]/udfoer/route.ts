import { adminPaths, isParticipantAction } from '@/lib/admin/paths';
import { seatsChanged } from '@/lib/forms/revalidate';
import { doneRedirect, notFoundPage } from '@/lib/admin/respond';
import { staffContext } from '@/lib/admin/service';
import { cancelRegistrationByStaff, offerSeatAheadOfTurn, resendRegistrationMail } from '@/lib/registration/staff';

export const dynamic = 'force-dynamic';

/** Performs a confirmed action on one registration; proxy.ts has checked the session, its token and the origin. */
export async function POST(request: Request, { params }: RouteContext<'/admin/tilmeldinger/[id]/[handling]/udfoer'>) {
  const { id, handling } = await params;
  if (!isParticipantAction(handling)) return notFoundPage();
  const context = await staffContext();
  const form = await request.formData().catch(() => new FormData());
  let outcome: string;
  if (handling === 'afmeld') {
    const chosen = form.get('giveSeatTo');
    outcome = await cancelRegistrationByStaff(context.db, id, {
      ...context.options,
      giveSeatTo: typeof chosen === 'string' && chosen ? chosen : undefined,
    });
  } else if (handling === 'tilbyd') {
    outcome = await offerSeatAheadOfTurn(context.db, id, context.options);
  } else {
    outcome = await resendRegistrationMail(context.db, id, context.options);
  }
  if (outcome === 'unknown') return notFoundPage();
  if (outcome === 'cancelled' || outcome === 'offered') seatsChanged();
  const done = outcome === 'sent' ? 'resent' : (outcome as 'cancelled' | 'offered' | 'not-active' | 'full' | 'not-waiting');
  return doneRedirect(adminPaths.participant(id), done);
}
