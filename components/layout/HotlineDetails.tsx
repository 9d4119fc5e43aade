import { useTranslations } from 'next-intl';
import { telHref } from '@/components/concern/tel';
import { type HotlineSummary } from '@/lib/navigation/frame';

/** The hotline's number (a `tel:` link), opening hours and whether one may stay anonymous: footer and front page. */
export function HotlineDetails({ hotline, phoneClassName }: { hotline: HotlineSummary; phoneClassName: string }) {
  const t = useTranslations('Frame');
  return (
    <>
      <p>
        <a className={phoneClassName} href={telHref(hotline.phone)}>
          {hotline.phone}
        </a>
      </p>
      {hotline.hours && <p>{hotline.hours}</p>}
      {hotline.anonymous && <p>{t('hotlineAnonymous')}</p>}
    </>
  );
}
