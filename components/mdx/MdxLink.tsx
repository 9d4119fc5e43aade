import { type AnchorHTMLAttributes } from 'react';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

/**
 * Authors write internal links without a locale (`/indsatser/infohuse`); on an
 * English page they lead to the English page. The build has checked they exist.
 */
export function MdxLink({ locale, href = '', ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { locale: Locale }) {
  const internal = href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/en/') && href !== '/en';
  return <a href={internal ? localizedPath(locale, href) : href} {...rest} />;
}
