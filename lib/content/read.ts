import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import { type IssueCollector, zodIssuesToContentIssues } from './errors';
import { contentRoots, projectPath } from './roots';

/** A file found under one of the content roots, named relative to the project. */
export interface ContentFile {
  /** e.g. `content/pages/da/kontakt.mdx`: what error messages print. */
  file: string;
  /** Path inside the collection folder without extension, e.g. `da/kontakt`. */
  id: string;
  /** The content root it came from (`content` or the fixtures root). */
  root: string;
}

const yamlEngine = {
  // YAML 1.2 core schema: `2024-05-01` stays a string; the schemas decide what a date is.
  parse: (source: string) => YAML.parse(source) as object,
};

/** Every file with one of `extensions` below `<root>/<collection>` in every content root. */
export function listCollectionFiles(collection: string, extensions: readonly string[]): ContentFile[] {
  const found: ContentFile[] = [];
  for (const root of contentRoots()) {
    const base = projectPath(root, collection);
    if (!fs.existsSync(base)) continue;
    for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const ext = extensions.find((e) => entry.name.endsWith(e));
      if (!ext) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      const relative = path.relative(base, absolute);
      found.push({
        file: path.relative(process.cwd(), absolute).split(path.sep).join('/'),
        id: relative.slice(0, -ext.length).split(path.sep).join('/'),
        root,
      });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

export function readText(file: string): string {
  return fs.readFileSync(projectPath(file), 'utf8');
}

/** Frontmatter and body of an MDX file. */
export function readFrontmatter(file: string): { data: unknown; body: string } {
  const { data, content } = matter(readText(file), { engines: { yaml: yamlEngine } });
  return { data, body: content };
}

/** A YAML or JSON data file. */
export function readDataFile(file: string): unknown {
  const text = readText(file);
  return file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
}

/**
 * Validates `data` against `schema`. On failure the problems go to `issues`
 * (file and field named) and the result is undefined, so loading goes on and
 * every bad file is reported in the same run.
 */
export function validate<S extends z.ZodType>(file: string, schema: S, data: unknown, issues: IssueCollector): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  issues.addAll(zodIssuesToContentIssues(file, result.error));
  return undefined;
}

/** Reads and validates one data file; a file that cannot be parsed is an issue too. */
export function loadDataFile<S extends z.ZodType>(file: string, schema: S, issues: IssueCollector): z.infer<S> | undefined {
  let data: unknown;
  try {
    data = readDataFile(file);
  } catch (error) {
    issues.add({ file, field: '', message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  return validate(file, schema, data, issues);
}
