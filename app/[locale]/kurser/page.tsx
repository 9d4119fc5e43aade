import { CourseListRoute, courseListRoute } from '@/components/courses/CourseListRoute';

// The whole catalogue, kept and rendered again hourly (which runs are open follows the date) and
// when a seat changes hands; a filtered view (/kurser?…) is the route in ./filtreret.
export const revalidate = 3600;

export const generateMetadata = courseListRoute.generateMetadata;

export default function CoursesRoute({ params }: PageProps<'/[locale]/kurser'>) {
  return <CourseListRoute params={params} searchParams={{}} />;
}
