import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('Layout');
  return (
    <a className="skipnav" href="#main-content">
      {t('skipToContent')}
    </a>
  );
}
