import { type NextRequest } from 'next/server';
import { guardAdmin } from '@/lib/auth/guard-response';

/**
 * The back office only: every request under /admin is authorised here, before any of its routes
 * runs (lib/auth/guard.ts: sign-in, access, and the session token of every state-changing request).
 * Public pages never pass through here: serving them is server.mjs's job.
 */
export function proxy(request: NextRequest) {
  return guardAdmin(request);
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
};
