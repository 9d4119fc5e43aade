import { LibraryListRoute, libraryListRoute } from '@/components/library/LibraryListRoute';

// The whole library, prerendered; a filtered view (/viden?…) is the route in ./filtreret.
export const generateMetadata = libraryListRoute.generateMetadata;

export default function LibraryRoute({ params }: PageProps<'/[locale]/viden'>) {
  return <LibraryListRoute params={params} searchParams={{}} />;
}
