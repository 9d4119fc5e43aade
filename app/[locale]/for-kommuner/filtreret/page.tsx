import { OfferListRoute, offerListRoute } from '@/components/advice/OfferListRoute';

// /for-kommuner with a query string: server.mjs sends it here (lib/site/routes.mjs), rendered per request.
export const dynamic = 'force-dynamic';

export const generateMetadata = offerListRoute.generateMetadata;

export default async function FilteredMunicipalitiesRoute({ params, searchParams }: PageProps<'/[locale]/for-kommuner/filtreret'>) {
  return <OfferListRoute params={params} searchParams={await searchParams} />;
}
