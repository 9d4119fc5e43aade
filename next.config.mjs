import path from 'node:path';
import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/site/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Turbopack needs MDX plugins by name, with serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: [
      ['remark-frontmatter', ['yaml']],
      ['remark-gfm', {}],
    ],
    rehypePlugins: [['rehype-slug', {}]],
    // Pages get the allow-list through the `components` prop; this provider
    // adds nothing, so no React context (unavailable in server components)
    // and no root mdx-components file is needed.
    providerImportSource: '@/components/mdx/no-provider',
  },
});

/** Danish lives at the root: every path that is not English is served by the `da` locale. */
const danishAtRoot = [
  { source: '/', destination: '/da' },
  { source: '/:path((?!en(?:/|$)|da(?:/|$)|admin(?:/|$)|api/|_next/).*)', destination: '/da/:path' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // app/global-not-found.tsx: the 404 page for every address no route knows, in its own document.
  // authInterrupts: forbidden() answers 403 with app/admin/forbidden.tsx in the back office.
  experimental: { globalNotFound: true, authInterrupts: true },
  sassOptions: {
    loadPaths: [path.join(process.cwd(), 'node_modules')],
    quietDeps: true,
    silenceDeprecations: ['if-function', 'import'],
  },
  async redirects() {
    return [
      // The Danish convention: /was leads to the accessibility statement.
      { source: '/was', destination: '/tilgaengelighed', permanent: true },
      { source: '/en/was', destination: '/en/tilgaengelighed', permanent: true },
      // Danish has no prefix; a typed /da/… goes to the one real address.
      { source: '/da', destination: '/', permanent: true },
      { source: '/da/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async headers() {
    // Every response; prerendered pages add their script hashes, per-request pages a nonce (proxy.ts).
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  async rewrites() {
    // afterFiles: public files, /_next and fixed routes (api, feed) are matched first.
    return { beforeFiles: [], afterFiles: danishAtRoot, fallback: [] };
  },
};

export default withNextIntl(withMDX(nextConfig));
