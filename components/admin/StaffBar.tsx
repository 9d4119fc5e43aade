import { getTranslations } from 'next-intl/server';
import { type StaffSession } from '@/lib/auth/session';
import { SignOutForm } from './SignOutForm';

export type AdminSection = 'runs' | 'outbox' | 'audit';

const sections: { key: AdminSection; href: string }[] = [
  { key: 'runs', href: '/admin' },
  { key: 'outbox', href: '/admin/udbakke' },
  { key: 'audit', href: '/admin/log' },
];

/** The back office's own navigation and who is signed in, above every staff page. */
export async function StaffBar({ session, current }: { session: StaffSession; current?: AdminSection }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <div className="admin-bar">
      <nav aria-label={t('nav.label')}>
        <ul className="admin-nav">
          {sections.map((section) => (
            <li key={section.key}>
              <a href={section.href} aria-current={section.key === current ? 'page' : undefined}>
                {t(`nav.${section.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SignOutForm session={session} />
    </div>
  );
}
