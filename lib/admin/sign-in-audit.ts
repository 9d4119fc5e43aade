import { recordAudit } from '@/lib/audit/log';
import { mayEnter } from '@/lib/auth/access';
import { type AuthConfig } from '@/lib/auth/config';
import { type StaffSession } from '@/lib/auth/session';
import { currentTime } from '@/lib/courses/clock';
import { getDb } from '@/lib/db';
import { actorOf } from './service';

/**
 * Sign-in and sign-out go in the audit log too, for staff who may enter. A database that cannot
 * take the line does not lock staff out: the failure goes to the server's log instead.
 */
export async function auditSession(
  session: StaffSession,
  config: Pick<AuthConfig, 'allowedEmails' | 'role'>,
  action: 'signed-in' | 'signed-out',
): Promise<void> {
  if (!mayEnter(session.identity, config)) return;
  try {
    await recordAudit(await getDb(), actorOf(session), { action }, currentTime());
  } catch (error) {
    console.error(`audit log: could not record ${action}`, error instanceof Error ? error.message : error);
  }
}
