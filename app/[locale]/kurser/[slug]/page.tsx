import '@/components/courses/courses.css';
import { CoursePage } from '@/components/courses/CoursePage';
import { PageBody } from '@/components/layout/PageBody';
import { loadAvailability } from '@/lib/forms/registration-service';
import { currentTime } from '@/lib/courses/clock';
import { coursePage, courseSlugs } from '@/lib/courses/page-data';
import { entryRoute } from '@/lib/pages/collection-routes';

export const dynamicParams = false;
// The split into coming and past runs follows the date: rendered again hourly (lib/site/routes.mjs).
export const revalidate = 3600;

const route = entryRoute('/kurser', courseSlugs, coursePage, (found) => found.course);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CourseRoute({ params }: PageProps<'/[locale]/kurser/[slug]'>) {
  const { locale, path, crumb, found } = await route.load(params);
  return (
    <PageBody locale={locale} path={path} crumb={crumb}>
      <CoursePage
        course={found.course}
        publications={found.publications}
        locale={locale}
        now={currentTime()}
        availability={await loadAvailability(found.course)}
      />
    </PageBody>
  );
}
