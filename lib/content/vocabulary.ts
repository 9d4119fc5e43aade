/**
 * The fixed lists and patterns of the content, without zod: the schemas build
 * on them at `content:check`, and the server code reads them at run time
 * without loading the schemas.
 */

/**
 * Who a course or publication is for. A fixed list, so the filters on /kurser
 * and /viden offer the same choices and a typo in content fails the build.
 */
export const audiences = [
  'infohus-coordinators',
  'infohus-staff',
  'municipal-professionals',
  'teachers',
  'ssp-staff',
  'police',
  'psychiatry',
  'prison-probation',
  'asylum',
  'secure-institutions',
] as const;
export type Audience = (typeof audiences)[number];

/** Subjects shared by courses and publications. */
export const themes = [
  'infohus',
  'assessment',
  'conversations',
  'reporting',
  'online',
  'children-youth',
  'civil-society',
  'social-control',
  'case-learning',
] as const;
export type Theme = (typeof themes)[number];

/** A slug taken from a file name: lower case a-z, 0-9 and -. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A catalogue is one of the two the centre sends out each year: `2027-foraar`, `2027-efteraar`. */
export const semesterPattern = /^(\d{4})-(foraar|efteraar)$/;

export const runStatuses = ['open', 'few-places', 'full', 'cancelled'] as const;
export const courseFormats = ['in-person', 'online', 'mixed'] as const;
export type CourseFormat = (typeof courseFormats)[number];
export const courseKinds = ['course', 'event'] as const;

export const publicationTypes = ['report', 'summary', 'podcast', 'tool', 'guideline'] as const;
export type PublicationType = (typeof publicationTypes)[number];

/**
 * The places the concern guide can send a person. The guide's rules (code in
 * lib/concern) decide which apply; the order here is the order they are shown
 * in, except that 112 always comes first when someone is in danger.
 */
export const concernRouteIds = [
  'emergency',
  'duty-to-notify',
  'workplace-procedure',
  'infohus',
  'self-help',
  'platform',
  'police-report',
  'hotline',
  'parent-coach',
] as const;

/** Where a route's `{district}` placeholder is replaced by the police district's name. */
export const DISTRICT_PLACEHOLDER = '{district}';

/**
 * The kinds of organisation the centre's advice is for, as the facts list them (centeret.md,
 * "Rådgivning"): the facet on /for-kommuner and the first question of the advice request.
 */
export const adviceOrganisations = [
  'municipality',
  'region',
  'crime-prevention-partnership',
  'educational-institution',
  'housing-organisation',
  'association',
] as const;
export type AdviceOrganisation = (typeof adviceOrganisations)[number];
