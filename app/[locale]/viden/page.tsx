import '@/components/courses/courses.css';
import { ListPage } from '@/components/content/ListPage';
import { PublicationLibrary } from '@/components/library/PublicationLibrary';
import { publicationLibrary } from '@/lib/library/page-data';
import { listRoute } from '@/lib/pages/collection-routes';

// The filters come from the address, so the list is made per request.
export const dynamic = 'force-dynamic';

const route = listRoute('/viden');
export const generateMetadata = route.generateMetadata;

export default async function LibraryRoute({ params, searchParams }: PageProps<'/[locale]/viden'>) {
  const data = await route.load(params);
  return (
    <ListPage {...data}>
      <PublicationLibrary library={publicationLibrary(await searchParams, data.locale)} locale={data.locale} />
    </ListPage>
  );
}
