import Head from 'next/head';
import { useTranslations } from 'next-intl';
import { feedLink } from '@/components/courses/FeedLink';
import { type Locale } from '@/lib/i18n/routing';
import { documentTitle } from '@/lib/site/titles';

interface PagesHeadProps {
  locale: Locale;
  title: string;
  description: string;
  /** false: kept out of search engines, links still followed. */
  indexed: boolean;
}

/** The <head> of a Pages Router page: what the App Router's metadata writes for its pages. */
export function PagesHead({ locale, title, description, indexed }: PagesHeadProps) {
  const layout = useTranslations('Layout');
  const courses = useTranslations('Courses');
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      <title>{documentTitle(title, layout('siteName'))}</title>
      <meta name="description" content={description} />
      {!indexed && <meta name="robots" content="noindex, follow" />}
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      {feedLink(locale, courses('feed.title'))}
    </Head>
  );
}
