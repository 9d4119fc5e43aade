// Plain ESM so next.config.mjs, server.mjs and the tests share one source.
import { createHash } from 'node:crypto';
import { runsAsScript } from './static-scripts.mjs';

/**
 * The policy for everything a page may load. Which scripts may run is its first directive,
 * `script-src 'self'` (fullPolicy): no page keeps an inline script (server.mjs takes the
 * framework's out of every HTML response), so no nonce and no hash is needed. `next dev` gets
 * this half alone, since its reloading runs inline scripts.
 */
export const loadPolicy = [
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "form-action 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

/** Which scripts may run: the site's own files plus exactly the inline scripts named by hash or nonce. */
export function scriptPolicy(sources) {
  return ['script-src', "'self'", ...sources].join(' ');
}

/**
 * Both halves in one policy, for responses that carry a single header. script-src comes first:
 * Next.js takes the nonce from the first directive that starts with "script-src".
 */
export function fullPolicy(sources) {
  return `${scriptPolicy(sources)}; ${loadPolicy}`;
}

/** Headers for every response of the production server. */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: fullPolicy([]) },
  // Two years; browsers ignore it over plain http, so it only binds once TLS is in front.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // The portal is about worries a visitor may not want to share: no address leaves the site.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: [
      'accelerometer',
      'autoplay',
      'browsing-topics',
      'camera',
      'display-capture',
      'geolocation',
      'gyroscope',
      'magnetometer',
      'microphone',
      'midi',
      'payment',
      'usb',
    ]
      .map((feature) => `${feature}=()`)
      .join(', '),
  },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Only inline scripts that run need a hash; JSON-LD and other data blocks do not. */
function isInlineExecutable(attributes) {
  return !/\bsrc\s*=/i.test(attributes) && runsAsScript(attributes);
}

/** CSP hash sources ('sha256-…') for every inline script of a page, in document order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (!isInlineExecutable(attributes)) continue;
    const source = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (!hashes.includes(source)) hashes.push(source);
  }
  return hashes;
}
