import { IssueCollector } from '@/lib/content/errors';
import { type Concern, loadConcern } from '@/lib/content/concern';

/** The real concern content, for tests that must hold for what editors actually wrote. */
export function realConcern(): Concern {
  const issues = new IssueCollector();
  const concern = loadConcern(issues);
  issues.throwIfAny();
  return concern;
}
