import { revalidatePath } from 'next/cache';

/**
 * After a seat changes hands, the pages that show availability are rendered again on their next
 * visit: the course pages and the catalogue. Until then (and until the hourly revalidation
 * catches anything this misses, such as a hold expiring in the maintenance job) a page may show
 * "ledige pladser" for a run that has just filled; the form then puts the person on the waiting
 * list and says so (docs/registration.md).
 */
export function seatsChanged(): void {
  revalidatePath('/[locale]/kurser/[slug]', 'page');
  revalidatePath('/[locale]/kurser', 'page');
  revalidatePath('/[locale]/kurser/katalog/[semester]', 'page');
}
