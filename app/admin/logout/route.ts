import { providerSignOutUrl } from '@/lib/auth/oidc';
import { clearCookieHeader, cookieValue, readSession, SESSION_COOKIE } from '@/lib/auth/session';
import { authSettings } from '@/lib/auth/settings';
import { seeOther } from '@/lib/auth/see-other';

export const dynamic = 'force-dynamic';

/** Ends the session here and, where the provider supports it, there too. proxy.ts checked origin and token. */
export async function POST(request: Request) {
  const auth = authSettings();
  const signedOut = '/admin/logget-ud';
  if (!auth.ok) return seeOther(signedOut);
  const state = readSession(cookieValue(request.headers.get('cookie'), SESSION_COOKIE), auth.config.sessionSecret, auth.config, Date.now());
  const idToken = state.kind === 'active' ? state.session.idToken : undefined;
  const atProvider = await providerSignOutUrl(auth.config, idToken, new URL(signedOut, auth.config.siteUrl));
  return seeOther(atProvider?.href ?? signedOut, clearCookieHeader(SESSION_COOKIE));
}
