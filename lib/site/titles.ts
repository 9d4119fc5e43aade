/** Between a page's own title and the site's name in the browser tab: "Søg – Center for …". */
const SEPARATOR = ' – ';

/** The title template of an App Router layout (Next.js puts each page's title where `%s` is). */
export function titleTemplate(siteName: string): string {
  return `%s${SEPARATOR}${siteName}`;
}

/** A whole document title, for pages that write their <title> themselves (the Pages Router's). */
export function documentTitle(title: string, siteName: string): string {
  return titleTemplate(siteName).replace('%s', () => title);
}
