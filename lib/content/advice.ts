import { type Course } from './courses';
import { type ContentIssue, type IssueCollector } from './errors';
import { type Publication } from './publications';
import { listCollectionFiles, loadDataFile } from './read';
import { type AdviceOfferData, adviceOfferSchema } from './schemas/advice';
import { reportDuplicateSlugs, slugFromFile } from './slugs';

export interface AdviceOffer extends AdviceOfferData {
  /** From the file name: content/raadgivning/<slug>.yaml; the anchor on /for-kommuner and the form's `tilbud` value. */
  slug: string;
  file: string;
}

export function loadAdviceOffers(issues: IssueCollector): AdviceOffer[] {
  const offers: AdviceOffer[] = [];
  for (const source of listCollectionFiles('raadgivning', ['.yaml', '.yml'])) {
    const slug = slugFromFile(source, issues);
    if (!slug) continue;
    const data = loadDataFile(source.file, adviceOfferSchema, issues);
    if (data) offers.push({ ...data, slug, file: source.file });
  }
  reportDuplicateSlugs(offers, issues);
  return offers;
}

/**
 * An offer names courses, tools and its activity page; each must exist (the activity page in both
 * languages, since the list links to it from either).
 */
export function findBrokenOfferReferences(
  offers: readonly AdviceOffer[],
  courses: readonly Course[],
  publications: readonly Publication[],
  pageExists: (locale: 'da' | 'en', path: string) => boolean,
): ContentIssue[] {
  const courseSlugs = new Set(courses.map((course) => course.slug));
  const toolSlugs = new Set(publications.map((publication) => publication.slug));
  const issues: ContentIssue[] = [];
  for (const offer of offers) {
    offer.courses.forEach((slug, index) => {
      if (!courseSlugs.has(slug))
        issues.push({ file: offer.file, field: `courses.${index}`, message: `no course content/kurser/${slug}.yaml` });
    });
    offer.tools.forEach((slug, index) => {
      if (!toolSlugs.has(slug)) issues.push({ file: offer.file, field: `tools.${index}`, message: `no entry content/viden/${slug}.yaml` });
    });
    for (const locale of ['da', 'en'] as const) {
      if (!pageExists(locale, offer.activity)) {
        issues.push({ file: offer.file, field: 'activity', message: `no ${locale} page ${offer.activity}` });
      }
    }
  }
  return issues;
}
