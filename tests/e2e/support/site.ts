import { getContent } from '@/lib/content';
import { mainNavigation } from '@/lib/navigation/site-tree';
import { publicUrls } from '@/lib/site/urls';

/** The same content the e2e build was made from (fixtures included). */
export const content = getContent();
export const allUrls = publicUrls(content);
export const mainSections = { da: mainNavigation(content.pages, 'da'), en: mainNavigation(content.pages, 'en') };
