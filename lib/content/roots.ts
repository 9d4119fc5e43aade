import path from 'node:path';

/**
 * Where content is read from. The real content always; the invented test
 * content in tests/fixtures only when PORTAL_FIXTURES=1, which the test build
 * sets, so fixture courses and pages never reach the public build.
 */
export function contentRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  // Unit tests point the loader at small broken or minimal content trees.
  if (env.PORTAL_CONTENT_ROOTS) return env.PORTAL_CONTENT_ROOTS.split(',');
  const roots = ['content'];
  if (env.PORTAL_FIXTURES === '1') roots.push(path.join('tests', 'fixtures', 'content'));
  return roots;
}

export function projectPath(...segments: string[]): string {
  // Content is read at build time only; the ignore keeps the build from tracing the whole project.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ...segments);
}
