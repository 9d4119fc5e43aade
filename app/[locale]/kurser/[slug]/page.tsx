import '@/components/courses/courses.css';
import { CoursePage } from '@/components/courses/CoursePage';
import { PageBody } from '@/components/layout/PageBody';
import { currentTime } from '@/lib/courses/clock';
import { coursePage, courseSlugs } from '@/lib/courses/page-data';
import { entryRoute } from '@/lib/pages/collection-routes';

export const dynamicParams = false;
// Prerendered once: the split into coming and past runs is as of the build (rebuild daily, or when
// a catalogue is added). No revalidation, because the page's CSP names its inline scripts by hash.

const route = entryRoute('/kurser', courseSlugs, coursePage, (found) => found.course);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CourseRoute({ params }: PageProps<'/[locale]/kurser/[slug]'>) {
  const { locale, path, crumb, found } = await route.load(params);
  return (
    <PageBody locale={locale} path={path} crumb={crumb}>
      <CoursePage course={found.course} publications={found.publications} locale={locale} now={currentTime()} />
    </PageBody>
  );
}
