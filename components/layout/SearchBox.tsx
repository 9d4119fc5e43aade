import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

interface SearchBoxProps {
  locale: Locale;
  id: string;
  /** Names the search landmark, so the header's and a page's own search are told apart. */
  landmarkLabel: string;
  defaultValue?: string;
}

/** A plain GET form, so search works with JavaScript off and the URL can be shared. */
export function SearchBox({ locale, id, landmarkLabel, defaultValue }: SearchBoxProps) {
  const t = useTranslations('Layout');
  return (
    <form className="portal-search" role="search" aria-label={landmarkLabel} action={localizedPath(locale, '/soeg')} method="get">
      <label className="form-label" htmlFor={id}>
        {t('searchLabel')}
      </label>
      <div className="search">
        <input className="form-input input-char-27" id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} />
        <button type="submit" className="button button-search">
          {t('searchButton')}
        </button>
      </div>
    </form>
  );
}
