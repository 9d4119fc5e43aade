import { z } from 'zod';
import { concernRouteIds, DISTRICT_PLACEHOLDER } from '../vocabulary';
import { localizedTextSchema, sourceSchema } from './common';

export { concernRouteIds, DISTRICT_PLACEHOLDER };

/** Denmark's police districts, each with one infohus (facts/politikredse.md). */
export const DISTRICT_COUNT = 12;
/** Denmark's municipalities; each lies in exactly one police district. */
export const MUNICIPALITY_COUNT = 98;

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower case a-z, 0-9 and - (write æ ae, ø oe, å aa)' });

/**
 * A municipality as people write it in Danish (`Lyngby-Taarbæk`), or with the
 * other names people search for it by (`{ name: København, aliases: [Copenhagen] }`).
 */
const municipalityEntrySchema = z
  .union([z.string().trim().min(2), z.strictObject({ name: z.string().trim().min(2), aliases: z.array(z.string().trim().min(2)).min(1) })])
  .transform((entry) => (typeof entry === 'string' ? { name: entry, aliases: [] as string[] } : entry));

export const districtSchema = z.strictObject({
  /** Stable id, also used by the JSON API, e.g. `oestjylland`. */
  slug: slugSchema,
  /** The district's Danish name, used in both languages because it is a proper name. */
  name: z.string().min(3),
  municipalities: z.array(municipalityEntrySchema).min(1),
});
export type District = z.infer<typeof districtSchema>;

/**
 * The whole map, checked as one: a municipality in two districts or a
 * district missing would send a worried person to the wrong place.
 */
export const districtsFileSchema = z.array(districtSchema).superRefine((districts, ctx) => {
  if (districts.length !== DISTRICT_COUNT) {
    ctx.addIssue({ code: 'custom', message: `must list exactly ${DISTRICT_COUNT} districts, found ${districts.length}` });
  }
  const slugs = new Map<string, number>();
  const owner = new Map<string, string>();
  let municipalities = 0;
  districts.forEach((district, index) => {
    if (slugs.has(district.slug)) {
      ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `"${district.slug}" is used twice` });
    }
    slugs.set(district.slug, index);
    district.municipalities.forEach(({ name }, position) => {
      municipalities += 1;
      const key = name.toLocaleLowerCase('da');
      const first = owner.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'municipalities', position],
          message: `"${name}" is already in ${first}; a municipality lies in exactly one district`,
        });
      }
      owner.set(key, district.slug);
    });
  });
  if (municipalities !== MUNICIPALITY_COUNT) {
    ctx.addIssue({
      code: 'custom',
      message: `must list exactly ${MUNICIPALITY_COUNT} municipalities, found ${municipalities}`,
    });
  }
});

export const concernRouteIdSchema = z.enum(concernRouteIds);
export type ConcernRouteId = z.infer<typeof concernRouteIdSchema>;

const textWithDistrictSchema = localizedTextSchema.refine(
  (text) => text.da.includes(DISTRICT_PLACEHOLDER) && text.en.includes(DISTRICT_PLACEHOLDER),
  { error: `must contain ${DISTRICT_PLACEHOLDER} in both languages` },
);

const textWithoutPlaceholderSchema = localizedTextSchema.refine((text) => !/[{}]/.test(text.da + text.en), {
  error: 'must not contain { or }: only titleWithDistrict takes a placeholder',
});

export const concernRouteSchema = z.strictObject({
  id: concernRouteIdSchema,
  title: textWithoutPlaceholderSchema,
  /** The title when the person's municipality, and so the police district, is known. */
  titleWithDistrict: textWithDistrictSchema.optional(),
  /** How to get in touch. Numbers are never written here: they come from `contacts`. */
  how: textWithoutPlaceholderSchema,
  /** What happens after the person gets in touch. */
  next: textWithoutPlaceholderSchema,
  /** Ids in content/contacts whose phone numbers and hours are shown with the route. */
  contacts: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  links: z.array(z.strictObject({ href: z.url(), label: localizedTextSchema })).default([]),
  /** Where the facts in the texts were read, for the editor who checks them again. */
  sources: z.array(sourceSchema).default([]),
});
export type ConcernRoute = z.infer<typeof concernRouteSchema>;

/** Every route exactly once, in the order the result page shows them. */
export const concernRoutesFileSchema = z.array(concernRouteSchema).superRefine((routes, ctx) => {
  const seen = new Set<string>();
  routes.forEach((route, index) => {
    if (seen.has(route.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${route.id}" is listed twice` });
    seen.add(route.id);
  });
  for (const id of concernRouteIds) {
    if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `route "${id}" is missing` });
  }
});
