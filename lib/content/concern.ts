import { type IssueCollector } from './errors';
import { type ContentFile, listCollectionFiles, loadDataFile } from './read';
import { contentRoots } from './roots';
import { type Contact } from './schemas/contact';
import { type ConcernRoute, concernRoutesFileSchema, type District, districtsFileSchema } from './schemas/concern';

const COLLECTION = 'concern';

export interface Municipality {
  /** As people write it in Danish, e.g. `Lyngby-Taarbæk`. */
  name: string;
  /** Other names people search for it by, e.g. `Copenhagen`. */
  aliases: string[];
  /** For URLs and form values, e.g. `lyngby-taarbaek`. */
  slug: string;
  /** Slug of the police district whose infohus serves it. */
  district: string;
}

export interface Concern {
  districts: District[];
  /** All municipalities in list order (see danishListKey). */
  municipalities: Municipality[];
  /** Every route, in the order the result page shows them. */
  routes: ConcernRoute[];
  /** Where the routes were read, for error messages. */
  routesFile: string;
}

/** `Lyngby-Taarbæk` → `lyngby-taarbaek`; `Høje-Taastrup` → `hoeje-taastrup`. */
export function municipalitySlug(name: string): string {
  return name
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Æ, Ø and Å after Z, as in Danish, but "Aa" under A: Danish collation would
 * put Aarhus, Aalborg and Aabenraa last, where people scanning a list do not
 * look for them.
 */
function danishListKey(name: string): string {
  return name.toLocaleLowerCase('da').replaceAll('æ', '{').replaceAll('ø', '|').replaceAll('å', '}');
}

function byDanishListOrder(a: Municipality, b: Municipality): number {
  const [x, y] = [danishListKey(a.name), danishListKey(b.name)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function municipalitiesOf(districts: readonly District[], file: string, issues: IssueCollector): Municipality[] {
  const municipalities = districts.flatMap((district) =>
    district.municipalities.map(({ name, aliases }) => ({
      name,
      aliases,
      slug: municipalitySlug(name),
      district: district.slug,
    })),
  );
  const slugs = new Set<string>();
  for (const municipality of municipalities) {
    if (slugs.has(municipality.slug)) {
      issues.add({ file, field: 'municipalities', message: `two names share the slug "${municipality.slug}"` });
    }
    slugs.add(municipality.slug);
  }
  return municipalities.sort(byDanishListOrder);
}

/**
 * The one file named `name` in the collection. The real content must hold it;
 * a small test tree (PORTAL_CONTENT_ROOTS) may leave the guide's data out.
 */
function findFile(files: readonly ContentFile[], name: string, issues: IssueCollector): string | undefined {
  const found = files.filter((file) => file.id === name);
  if (found.length > 1) {
    issues.add({ file: found[1]!.file, field: '', message: `${COLLECTION}/${name} is given in more than one content root` });
  }
  if (found.length === 0 && contentRoots().includes('content')) {
    issues.add({ file: `content/${COLLECTION}/${name}.yaml`, field: '', message: 'is missing: the concern guide needs it' });
  }
  return found[0]?.file;
}

export function loadConcern(issues: IssueCollector): Concern {
  const files = listCollectionFiles(COLLECTION, ['.yaml']);
  const districtsFile = findFile(files, 'districts', issues);
  const routesFile = findFile(files, 'routes', issues);
  const districts = (districtsFile && loadDataFile(districtsFile, districtsFileSchema, issues)) || [];
  const routes = (routesFile && loadDataFile(routesFile, concernRoutesFileSchema, issues)) || [];
  return {
    districts,
    municipalities: districtsFile ? municipalitiesOf(districts, districtsFile, issues) : [],
    routes,
    routesFile: routesFile ?? `content/${COLLECTION}/routes.yaml`,
  };
}

/** Every contact a route names must exist, or the result page would show a route without its number. */
export function checkConcernContacts(concern: Concern, contacts: readonly Contact[], issues: IssueCollector): void {
  const known = new Set(contacts.map((contact) => contact.id));
  concern.routes.forEach((route, index) => {
    for (const id of route.contacts) {
      if (!known.has(id)) {
        issues.add({ file: concern.routesFile, field: `${index}.contacts`, message: `contact "${id}" is not in content/contacts` });
      }
    }
  });
}
