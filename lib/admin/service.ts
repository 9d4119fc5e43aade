import { cache } from 'react';
import { type Actor } from '@/lib/audit/log';
import { currentStaff } from '@/lib/auth/current';
import { type StaffSession } from '@/lib/auth/session';
import { currentTime } from '@/lib/courses/clock';
import { getDb } from '@/lib/db';
import { composeMail } from '@/lib/forms/registration-service';
import { type StaffOptions } from '@/lib/registration/staff';

/** The staff member as the audit log names them. */
export function actorOf(session: StaffSession): Actor {
  const { identity } = session;
  return { id: identity.email ?? identity.subject, name: identity.name };
}

export interface StaffContext {
  session: StaffSession;
  db: Awaited<ReturnType<typeof getDb>>;
  options: StaffOptions;
}

/**
 * Everything a back-office page or action needs: who is asking, the database, the clock, the mail.
 * Once per request (React's cache): the metadata and the page share it.
 */
export const staffContext = cache(async (): Promise<StaffContext> => {
  const session = await currentStaff();
  return { session, db: await getDb(), options: { now: currentTime(), actor: actorOf(session), mail: composeMail } };
});
