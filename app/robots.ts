import { type MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site/config';

/** Everything public may be indexed; pages that must not be say so themselves (robots meta). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: new URL('/sitemap.xml', siteUrl).href,
  };
}
