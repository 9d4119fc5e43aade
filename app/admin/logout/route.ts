import { auditSession } from '@/lib/admin/sign-in-audit';
import { clearCookieHeader, cookieValue, readSession, SESSION_COOKIE } from '@/lib/auth/session';
import { authSettings } from '@/lib/auth/settings';
import { seeOther } from '@/lib/auth/see-other';

export const dynamic = 'force-dynamic';

/**
 * Ends the session here; proxy.ts checked origin and token. The provider's own sign-out is a link on
 * the receipt page: the site's form-action policy keeps a posted form from leading to another site.
 */
export async function POST(request: Request) {
  const auth = authSettings();
  if (auth.ok) {
    const state = readSession(
      cookieValue(request.headers.get('cookie'), SESSION_COOKIE),
      auth.config.sessionSecret,
      auth.config,
      Date.now(),
    );
    if (state.kind === 'active') await auditSession(state.session, auth.config, 'signed-out');
  }
  return seeOther('/admin/logget-ud', clearCookieHeader(SESSION_COOKIE));
}
