import { getTranslations } from 'next-intl/server';

/** What /admin shows when no sign-in provider is configured: the settings it lacks, by name. */
export async function NotConfigured({ missing }: { missing: string[] }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.notConfigured' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <ul>
        {missing.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
      <p>{t('local')}</p>
    </>
  );
}
