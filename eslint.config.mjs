import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'lib/content/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'tests/fixtures/readability/**'],
  },
];
