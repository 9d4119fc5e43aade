import { getFormatter, getTranslations } from 'next-intl/server';

/** "Sidst opdateret", from the content's own date: never the build time. */
export async function PageUpdated({ date }: { date: string }) {
  const t = await getTranslations('Layout');
  const format = await getFormatter();
  return (
    <p className="page-updated">
      {t('updated')} <time dateTime={date}>{format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'long' })}</time>
    </p>
  );
}
