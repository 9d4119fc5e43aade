import path from 'node:path';
import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import { loadPolicy, securityHeaders } from './lib/site/security-headers.mjs';

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
  // server.mjs compresses, after it has taken the framework's scripts out of each page.
  compress: false,
  // `npm test` type-checks the whole project once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // app/global-not-found.tsx: the 404 page for every address no route knows, in its own document.
  // Server actions (course registration) read at most this; server.mjs's gate refuses larger bodies
  // first, with a page of its own, since Next.js answers its own limit with a 500.
  // authInterrupts: forbidden() answers 403 with app/admin/forbidden.tsx in the back office.
  experimental: { globalNotFound: true, serverActions: { bodySizeLimit: '64kb' }, authInterrupts: true },
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
    // Every response. `next dev` runs inline scripts to reload, so there scripts are not restricted.
    const headers =
      process.env.NODE_ENV === 'development'
        ? securityHeaders.map((header) => (header.key === 'Content-Security-Policy' ? { ...header, value: loadPolicy } : header))
        : securityHeaders;
    return [{ source: '/:path*', headers }];
  },
  async rewrites() {
    // afterFiles: public files, /_next and fixed routes (api, feed) are matched first.
    return { beforeFiles: [], afterFiles: danishAtRoot, fallback: [] };
  },
};

export default withNextIntl(withMDX(nextConfig));
