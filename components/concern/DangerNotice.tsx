import { getTranslations } from 'next-intl/server';
import { type Contact } from '@/lib/content';
import { telHref } from './tel';

/** "Is anyone in danger now? Call 112", with the number from content/contacts. */
export async function DangerNotice({ alarm }: { alarm?: Contact }) {
  const t = await getTranslations('Concern');
  return (
    <div className="alert alert-warning concern-danger" role="note">
      <div className="alert-body">
        <h2 className="alert-heading">{t('start.dangerTitle')}</h2>
        <p className="alert-text">
          {t('start.dangerText')}
          {alarm?.phone && (
            <>
              {' '}
              <a className="concern-phone" href={telHref(alarm.phone)}>
                {alarm.phone}
              </a>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
