import { createHash, randomBytes } from 'node:crypto';

let processKey: Buffer | undefined;

/**
 * The key that seals the guide's answers (token.ts). Set CONCERN_GUIDE_KEY
 * when more than one server process answers requests, so a token sealed by
 * one opens on the others; any long random string will do. Without it, each
 * process makes its own key at start, and a restart only means that a
 * half-finished guide starts over.
 */
export function concernGuideKey(env: Readonly<Record<string, string | undefined>> = process.env): Buffer {
  const configured = env.CONCERN_GUIDE_KEY;
  if (configured) return createHash('sha256').update(configured).digest();
  processKey ??= randomBytes(32);
  return processKey;
}
