import '@/components/courses/courses.css';
import '@/components/advice/advice.css';
import { OfferList } from '@/components/advice/OfferList';
import { ListPage } from '@/components/content/ListPage';
import { offerList } from '@/lib/advice/offers';
import { listRoute } from '@/lib/pages/collection-routes';

// The filter comes from the address, so the list is made per request.
export const dynamic = 'force-dynamic';

const route = listRoute('/for-kommuner');
export const generateMetadata = route.generateMetadata;

export default async function MunicipalitiesRoute({ params, searchParams }: PageProps<'/[locale]/for-kommuner'>) {
  const data = await route.load(params);
  return (
    <ListPage {...data}>
      <OfferList list={offerList(await searchParams, data.locale)} locale={data.locale} />
    </ListPage>
  );
}
