import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The server and the specs read the same content: the build includes the fixtures, and the fixture
// courses are dated, so both see the catalogue as on this day.
process.env.PORTAL_FIXTURES = '1';
process.env.PORTAL_NOW ??= '2026-12-01T12:00:00+01:00';

// Request-level tests: what the server sends (statuses, headers, HTML), read with an HTML parser
// against the production build the end-to-end tests use. No browser.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/request/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/request/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
