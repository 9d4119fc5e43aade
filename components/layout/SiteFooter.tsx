import { getTranslations } from 'next-intl/server';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

const footerLinks = [
  { path: '/bekymring', key: 'worried' },
  { path: '/kontakt', key: 'contact' },
  { path: '/tilgaengelighed', key: 'accessibility' },
  { path: '/privatliv', key: 'privacy' },
] as const;

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations('Layout');
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <p className="footer-name">{t('siteName')}</p>
          <nav aria-label={t('footerNavLabel')}>
            <ul className="unstyled-list footer-links">
              {footerLinks.map((link) => (
                <li key={link.key}>
                  <a href={localizedPath(locale, link.path)}>{t(`footer.${link.key}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
