import '@/components/courses/courses.css';
import '@/components/advice/advice.css';
import { OfferList } from '@/components/advice/OfferList';
import { ListPage } from '@/components/content/ListPage';
import { offerList } from '@/lib/advice/offers';
import { type SearchParamsInput } from '@/lib/filters/params';
import { listRoute } from '@/lib/pages/collection-routes';

export const offerListRoute = listRoute('/for-kommuner');

/** /for-kommuner, whole (prerendered) or filtered by kind of organisation (per request). */
export async function OfferListRoute({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParamsInput }) {
  const data = await offerListRoute.load(params);
  return (
    <ListPage {...data}>
      <OfferList list={offerList(searchParams, data.locale)} locale={data.locale} />
    </ListPage>
  );
}
