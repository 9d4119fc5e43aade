import '@/components/courses/courses.css';
import { ListPage } from '@/components/content/ListPage';
import { CourseCatalogue } from '@/components/courses/CourseCatalogue';
import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { courseCatalogue } from '@/lib/courses/page-data';
import { type SearchParamsInput } from '@/lib/filters/params';
import { loadCatalogueAvailability } from '@/lib/forms/registration-service';
import { listRoute } from '@/lib/pages/collection-routes';

export const courseListRoute = listRoute('/kurser');

/** /kurser, whole (prerendered, revalidated hourly) or filtered by its query string (per request). */
export async function CourseListRoute({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParamsInput }) {
  const data = await courseListRoute.load(params);
  const now = currentTime();
  return (
    <ListPage {...data}>
      <CourseCatalogue
        catalogue={courseCatalogue(searchParams, now, data.locale)}
        locale={data.locale}
        now={now}
        availability={await loadCatalogueAvailability(getContent().courses)}
      />
    </ListPage>
  );
}
