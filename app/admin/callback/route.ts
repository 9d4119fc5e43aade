import { auditSession } from '@/lib/admin/sign-in-audit';
import { callbackUrl, finishSignIn } from '@/lib/auth/oidc';
import { clearCookieHeader, cookieValue, newSession, readSignIn, sessionCookieHeader, SIGN_IN_COOKIE } from '@/lib/auth/session';
import { authSettings } from '@/lib/auth/settings';
import { seeOther } from '@/lib/auth/see-other';

export const dynamic = 'force-dynamic';

/** Back from the provider: exchange the code, start the session, clear the transaction. */
export async function GET(request: Request) {
  const auth = authSettings();
  if (!auth.ok) return seeOther('/admin');
  const now = Date.now();
  const transaction = readSignIn(cookieValue(request.headers.get('cookie'), SIGN_IN_COOKIE), auth.config.sessionSecret, now);
  if (!transaction) return seeOther('/admin/fejl', clearCookieHeader(SIGN_IN_COOKIE));
  // The provider's parameters on our public address: behind a proxy request.url is the internal one.
  const current = callbackUrl(auth.config);
  current.search = new URL(request.url).search;
  try {
    const identity = await finishSignIn(auth.config, current, transaction);
    const session = newSession(identity, now);
    await auditSession(session, auth.config, 'signed-in');
    const cookie = sessionCookieHeader(session, auth.config.sessionSecret, auth.config, now);
    return seeOther(transaction.returnTo, clearCookieHeader(SIGN_IN_COOKIE), cookie);
  } catch (error) {
    console.error('admin sign-in failed at the callback', error instanceof Error ? error.message : error);
    return seeOther('/admin/fejl', clearCookieHeader(SIGN_IN_COOKIE));
  }
}
