import '@/components/courses/courses.css';
import { ListPage } from '@/components/content/ListPage';
import { PublicationLibrary } from '@/components/library/PublicationLibrary';
import { type SearchParamsInput } from '@/lib/filters/params';
import { publicationLibrary } from '@/lib/library/page-data';
import { listRoute } from '@/lib/pages/collection-routes';

export const libraryListRoute = listRoute('/viden');

/** /viden, whole (prerendered) or filtered by its query string (per request). */
export async function LibraryListRoute({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParamsInput }) {
  const data = await libraryListRoute.load(params);
  return (
    <ListPage {...data}>
      <PublicationLibrary library={publicationLibrary(searchParams, data.locale)} locale={data.locale} />
    </ListPage>
  );
}
