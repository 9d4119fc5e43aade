import { clearCookieHeader, SESSION_COOKIE } from '@/lib/auth/session';
import { seeOther } from '@/lib/auth/see-other';

export const dynamic = 'force-dynamic';

/**
 * Ends the session here; proxy.ts checked origin and token. The provider's own sign-out is a link on
 * the receipt page: the site's form-action policy keeps a posted form from leading to another site.
 */
export function POST() {
  return seeOther('/admin/logget-ud', clearCookieHeader(SESSION_COOKIE));
}
