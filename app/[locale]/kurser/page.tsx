import '@/components/courses/courses.css';
import { ListPage } from '@/components/content/ListPage';
import { CourseCatalogue } from '@/components/courses/CourseCatalogue';
import { getContent } from '@/lib/content';
import { loadCatalogueAvailability } from '@/lib/forms/registration-service';
import { currentTime } from '@/lib/courses/clock';
import { courseCatalogue } from '@/lib/courses/page-data';
import { listRoute } from '@/lib/pages/collection-routes';

// The filters come from the address, so the list is made per request (and the archive stays current).
export const dynamic = 'force-dynamic';

const route = listRoute('/kurser');
export const generateMetadata = route.generateMetadata;

export default async function CoursesRoute({ params, searchParams }: PageProps<'/[locale]/kurser'>) {
  const data = await route.load(params);
  const now = currentTime();
  return (
    <ListPage {...data}>
      <CourseCatalogue
        catalogue={courseCatalogue(await searchParams, now, data.locale)}
        locale={data.locale}
        now={now}
        availability={await loadCatalogueAvailability(getContent().courses)}
      />
    </ListPage>
  );
}
