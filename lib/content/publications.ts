import fs from 'node:fs';
import { type IssueCollector } from './errors';
import { listCollectionFiles, loadDataFile } from './read';
import { projectPath } from './roots';
import { reportDuplicateSlugs, slugFromFile } from './slugs';
import { type PublicationData, publicationSchema } from './schemas/publication';

export interface Publication extends PublicationData {
  /** From the file name: content/viden/<slug>.yaml → /viden/<slug>. */
  slug: string;
  file: string;
}

export function loadPublications(issues: IssueCollector): Publication[] {
  const publications: Publication[] = [];
  for (const source of listCollectionFiles('viden', ['.yaml', '.yml'])) {
    const slug = slugFromFile(source, issues);
    if (!slug) continue;
    const data = loadDataFile(source.file, publicationSchema, issues);
    if (!data) continue;
    if (data.download && !fs.existsSync(projectPath('public', data.download))) {
      issues.add({ file: source.file, field: 'download', message: `public${data.download} does not exist` });
    }
    publications.push({ ...data, slug, file: source.file });
  }
  reportDuplicateSlugs(publications, issues);
  return publications;
}
