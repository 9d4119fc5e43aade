/**
 * schema.org data about the centre for the front page. Only what the facts
 * give: the name, and this portal as its address. No logo, address or phone
 * number until the centre publishes them.
 */
export function organisationJsonLd(name: string, siteUrl: URL): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: new URL('/', siteUrl).href,
  };
}
