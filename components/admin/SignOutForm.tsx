import { getTranslations } from 'next-intl/server';
import { type StaffSession } from '@/lib/auth/session';

/** Sign-out is a POST with the session's token: a link could be triggered from another site. */
export async function SignOutForm({ session }: { session: StaffSession }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <form method="post" action="/admin/logout" className="admin-signout">
      <p>{t('signedInAs', { name: session.identity.name ?? session.identity.email ?? session.identity.subject })}</p>
      <input type="hidden" name="csrf" value={session.csrf} />
      <button type="submit" className="button button-secondary">
        {t('signOut')}
      </button>
    </form>
  );
}
