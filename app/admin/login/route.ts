import { startSignIn } from '@/lib/auth/oidc';
import { signInCookieHeader } from '@/lib/auth/session';
import { authSettings, safeReturnPath } from '@/lib/auth/settings';
import { seeOther } from '@/lib/auth/see-other';

export const dynamic = 'force-dynamic';

/** Leaves for the provider with a fresh state, nonce and PKCE verifier, kept in a sealed cookie. */
export async function GET(request: Request) {
  const auth = authSettings();
  if (!auth.ok) return seeOther('/admin');
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get('next'));
  try {
    const { url, transaction } = await startSignIn(auth.config, returnTo, Date.now());
    return seeOther(url.href, signInCookieHeader(transaction, auth.config.sessionSecret));
  } catch (error) {
    console.error('admin sign-in: the provider could not be reached', error);
    return seeOther('/admin/fejl');
  }
}
