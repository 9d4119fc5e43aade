import { getContent } from '@/lib/content';
import type { AdviceOffer } from '@/lib/content/advice';
import { adviceOrganisations } from '@/lib/content/vocabulary';
import { defineFacets, fixedFacet } from '@/lib/filters/facets';
import { readValues, type SearchParamsInput } from '@/lib/filters/params';
import { type Locale } from '@/lib/i18n/routing';
import { advicePaths, OFFER_PARAM } from './paths';

/** The filter of /for-kommuner: who the organisation is, the same mechanism as /kurser and /viden. */
export const offerFacets = defineFacets<AdviceOffer>()({
  organisation: fixedFacet(adviceOrganisations, (offer: AdviceOffer) => offer.organisations),
});

export function sortOffers(offers: readonly AdviceOffer[]): AdviceOffer[] {
  return [...offers].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** A course or tool an offer links to: its address and title. */
export interface OfferLink {
  href: string;
  title: string;
}

/** An offer as the list shows it, with its courses, tools and activity page resolved to titles. */
export interface OfferView {
  offer: AdviceOffer;
  courses: OfferLink[];
  tools: OfferLink[];
  activity: OfferLink;
  /** The form's address with this offer chosen. */
  requestHref: string;
}

type ListContent = Pick<ReturnType<typeof getContent>, 'adviceOffers' | 'courses' | 'publications' | 'pages'>;

function offerView(content: ListContent, offer: AdviceOffer, locale: Locale): OfferView {
  const course = (slug: string) => content.courses.find((candidate) => candidate.slug === slug);
  const tool = (slug: string) => content.publications.find((candidate) => candidate.slug === slug);
  const page = content.pages.find((candidate) => candidate.locale === locale && candidate.path === offer.activity);
  return {
    offer,
    courses: offer.courses.flatMap((slug) => {
      const found = course(slug);
      return found ? [{ href: `/kurser/${slug}`, title: found.title[locale] }] : [];
    }),
    tools: offer.tools.flatMap((slug) => {
      const found = tool(slug);
      return found ? [{ href: `/viden/${slug}`, title: found.title[locale] }] : [];
    }),
    activity: { href: offer.activity, title: page?.title ?? offer.activity },
    requestHref: `${advicePaths.form}?${OFFER_PARAM}=${encodeURIComponent(offer.slug)}`,
  };
}

/** The list on /for-kommuner for one address: the filter's state and the matching offers in order. */
export function offerListData(content: ListContent, searchParams: SearchParamsInput, locale: Locale) {
  const selection = offerFacets.select(content.adviceOffers, searchParams);
  const matches = sortOffers(selection.matches).map((offer) => offerView(content, offer, locale));
  return { ...selection, matches, count: matches.length };
}

export type OfferListData = ReturnType<typeof offerListData>;

export function offerList(searchParams: SearchParamsInput, locale: Locale): OfferListData {
  return offerListData(getContent(), searchParams, locale);
}

/** The offer a link preselects (`?tilbud=<slug>`), when it names one that exists. */
export function preselectedOffer(searchParams: SearchParamsInput, offers: readonly AdviceOffer[]): string | undefined {
  const [wanted] = readValues(searchParams, OFFER_PARAM);
  return offers.some((offer) => offer.slug === wanted) ? wanted : undefined;
}
