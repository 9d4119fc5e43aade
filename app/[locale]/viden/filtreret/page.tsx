import { LibraryListRoute, libraryListRoute } from '@/components/library/LibraryListRoute';

// /viden with a query string: server.mjs sends it here (lib/site/routes.mjs), rendered per request.
export const dynamic = 'force-dynamic';

export const generateMetadata = libraryListRoute.generateMetadata;

export default async function FilteredLibraryRoute({ params, searchParams }: PageProps<'/[locale]/viden/filtreret'>) {
  return <LibraryListRoute params={params} searchParams={await searchParams} />;
}
