import { cookies } from 'next/headers';
import { forbidden } from 'next/navigation';
import { mayEnter } from './access';
import { readSession, SESSION_COOKIE, type StaffSession } from './session';
import { authSettings } from './settings';

/**
 * The signed-in staff member for a back-office page. proxy.ts has already turned everyone else
 * away; this repeats the check where the data is loaded, so a route that slipped past the proxy
 * still shows nothing.
 */
export async function currentStaff(): Promise<StaffSession> {
  const auth = authSettings();
  if (!auth.ok) forbidden();
  const state = readSession((await cookies()).get(SESSION_COOKIE)?.value, auth.config.sessionSecret, auth.config, Date.now());
  if (state.kind !== 'active' || !mayEnter(state.session.identity, auth.config)) forbidden();
  return state.session;
}
