import { CourseListRoute, courseListRoute } from '@/components/courses/CourseListRoute';

// /kurser with a query string: server.mjs sends it here (lib/site/routes.mjs), rendered per request.
export const dynamic = 'force-dynamic';

export const generateMetadata = courseListRoute.generateMetadata;

export default async function FilteredCoursesRoute({ params, searchParams }: PageProps<'/[locale]/kurser/filtreret'>) {
  return <CourseListRoute params={params} searchParams={await searchParams} />;
}
