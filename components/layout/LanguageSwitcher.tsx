import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';

export interface Alternate {
  locale: Locale;
  /** Where the switcher leads: the same page, or the "not translated" page. */
  href: string;
}

/** Links to the page in the other language; `lang`/`hrefLang` let screen readers pronounce the name right. */
export function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternate[] }) {
  const t = useTranslations('Layout');
  return (
    <nav className="language-links" aria-label={t('languageNavLabel')}>
      <ul className="unstyled-list">
        {alternates
          .filter((alternate) => alternate.locale !== locale)
          .map((alternate) => (
            <li key={alternate.locale}>
              <a href={alternate.href} hrefLang={alternate.locale} lang={alternate.locale}>
                {t(`languageName.${alternate.locale}`)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
