/**
 * One page of each kind the performance checks measure. The guide step and
 * search are dynamic (rendered per request); the others are prerendered.
 */
export const pageTypes = {
  front: '/',
  activity: '/indsatser/infohuse',
  guideStep: '/bekymring/fare',
  catalogue: '/kurser',
  search: '/soeg?q=infohus',
} as const;

export type PageType = keyof typeof pageTypes;
