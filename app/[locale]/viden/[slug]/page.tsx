import '@/components/courses/courses.css';
import { PageBody } from '@/components/layout/PageBody';
import { PublicationPage } from '@/components/library/PublicationPage';
import { publicationPage, publicationSlugs } from '@/lib/library/page-data';
import { entryRoute } from '@/lib/pages/collection-routes';

export const dynamicParams = false;

const route = entryRoute('/viden', publicationSlugs, publicationPage, (found) => found.publication);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function PublicationRoute({ params }: PageProps<'/[locale]/viden/[slug]'>) {
  const { locale, path, crumb, found } = await route.load(params);
  return (
    <PageBody locale={locale} path={path} crumb={crumb}>
      <PublicationPage publication={found.publication} courses={found.courses} locale={locale} />
    </PageBody>
  );
}
