/** The URL path of a page below its locale: [] → `/`, ['indsatser', 'infohuse'] → `/indsatser/infohuse`. */
export function pathFromSlug(slug: readonly string[]): string {
  return '/' + slug.join('/');
}
