import { getTranslations } from 'next-intl/server';

export async function SkipLink() {
  const t = await getTranslations('Layout');
  return (
    <a className="skipnav" href="#main-content">
      {t('skipToContent')}
    </a>
  );
}
