/**
 * The content as the server code reads it: the snapshot `npm run content:check`
 * validated and wrote (lib/content/generated). Nothing here parses or
 * validates; the loader (load.ts) and its parsers never reach a server bundle.
 */
import { snapshot } from './generated/content';
import { type Content } from './types';

export type { Content, Locale, Page } from './types';
export type { Contact } from './schemas/contact';
export type { Concern, Municipality } from './concern';
export type { ConcernRoute, ConcernRouteId, District } from './schemas/concern';
export type { Course } from './courses';
export type { Publication } from './publications';
export type { AdviceOffer } from './advice';
export { routePaths } from './route-paths';

/** All content, as validated at `content:check` (with the test fixtures when it ran with PORTAL_FIXTURES=1). */
export function getContent(): Content {
  return snapshot;
}
