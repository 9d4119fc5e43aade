import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type HotlineSummary } from '@/lib/navigation/frame';
import { HotlineDetails } from './HotlineDetails';

const footerLinks = [
  { path: '/bekymring', key: 'worried' },
  { path: '/kontakt', key: 'contact' },
  { path: '/tilgaengelighed', key: 'accessibility' },
  { path: '/privatliv', key: 'privacy' },
] as const;

/** DKFDS' footer: who runs the site, how to reach the hotline, and the statutory links, in three columns from tablets up. */
export function SiteFooter({ locale, hotline }: { locale: Locale; hotline?: HotlineSummary }) {
  const t = useTranslations('Layout');
  const frame = useTranslations('Frame');
  return (
    <footer>
      <div className="footer">
        <div className="container footer-cols">
          <div className="footer-col">
            <h2 className="h5">{t('siteName')}</h2>
            <p>{frame('footerAuthority')}</p>
          </div>
          {hotline && (
            <div className="footer-col">
              <h2 className="h5">{hotline.name}</h2>
              <HotlineDetails hotline={hotline} phoneClassName="footer-phone" />
            </div>
          )}
          <nav className="footer-col" aria-label={t('footerNavLabel')}>
            <h2 className="h5">{t('footerNavLabel')}</h2>
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
