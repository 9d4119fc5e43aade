import type { z } from 'zod';

/** One problem in one content file, printed as `<file>: <field>: <message>`. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue({ file, field, message }: ContentIssue): string {
  return `${file}: ${field || '(file)'}: ${message}`;
}

/**
 * Thrown once with every problem found, so an editor fixes all of them in one
 * round instead of meeting them one build at a time.
 */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(`Content is invalid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n` + issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

export function zodIssuesToContentIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    // An unknown key is a problem of that key, not of the object holding it.
    if (issue.code === 'unrecognized_keys') {
      return { file, field: [...path, issue.keys.join(', ')].join('.'), message: 'is not a known field (misspelt?)' };
    }
    return { file, field: path.join('.'), message: issue.message };
  });
}

/** Collects issues while a collection is read; `throwIfAny` ends the load. */
export class IssueCollector {
  private readonly found: ContentIssue[] = [];

  add(issue: ContentIssue): void {
    this.found.push(issue);
  }

  addAll(issues: readonly ContentIssue[]): void {
    this.found.push(...issues);
  }

  get issues(): readonly ContentIssue[] {
    return this.found;
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw new ContentError(this.found);
  }
}
