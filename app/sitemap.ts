import { type MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { siteUrl } from '@/lib/site/config';
import { sitemapEntries } from '@/lib/site/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getContent(), siteUrl);
}
