import { CLIENT_ADDRESS_HEADER } from '@/lib/site/server/gate.mjs';

/**
 * The visitor's address, for the forms' rate limits. Behind nginx the last X-Forwarded-For entry is
 * the one nginx saw (the ones before it are the client's own claims); without nginx, the address
 * server.mjs read from its socket (lib/site/server/gate.mjs drops any value a client sends).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || headers.get('x-real-ip') || headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
