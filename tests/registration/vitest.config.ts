import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Request-level tests of course registration against a started production build (`npm run
// test:registration` after the e2e build): real HTTP, real database, e-mails read as .eml files.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, '../..') } },
  test: {
    root: path.resolve(import.meta.dirname, '../..'),
    include: ['tests/registration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
