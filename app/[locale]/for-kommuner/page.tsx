import { OfferListRoute, offerListRoute } from '@/components/advice/OfferListRoute';

// Every offer, prerendered; a filtered view (/for-kommuner?…) is the route in ./filtreret.
export const generateMetadata = offerListRoute.generateMetadata;

export default function MunicipalitiesRoute({ params }: PageProps<'/[locale]/for-kommuner'>) {
  return <OfferListRoute params={params} searchParams={{}} />;
}
