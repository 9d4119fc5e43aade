/** The advice addresses (without the /en prefix), shared by pages, forms and e-mails. */
export const advicePaths = {
  list: '/for-kommuner',
  form: '/for-kommuner/anmod-om-raadgivning',
  receipt: (reference: string) => `/for-kommuner/anmod-om-raadgivning/kvittering/${reference}`,
  /** The offer's place in the list. */
  offerAnchor: (slug: string) => `tilbud-${slug}`,
};

/** The query parameter that preselects an offer in the form (`?tilbud=<slug>`). */
export const OFFER_PARAM = 'tilbud';
