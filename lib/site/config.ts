/**
 * The public address of the portal, for canonical and hreflang links.
 * Set PORTAL_SITE_URL when building for production.
 */
export const siteUrl = new URL(process.env.PORTAL_SITE_URL ?? 'http://localhost:3000');
