import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { readinessPath, serverCommand, serverEnv } from './tests/support/server.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
// The local sign-in provider the back-office spec starts (tests/e2e/admin.spec.ts).
process.env.E2E_IDP_PORT ??= String(port + 1);
const idpPort = Number(process.env.E2E_IDP_PORT);
// Set for the workers too: a spec that starts a second server (tests/support/next-server.ts) serves the same build.
process.env.NEXT_DIST_DIR ??= '.next-e2e';
const distDir = process.env.NEXT_DIST_DIR;
// A database and mail folder of their own for every run, so a run starts from no registrations;
// the workers inherit the folder the main process made, and the specs read the e-mails there.
process.env.PORTAL_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'portal-e2e-'));
// The end-to-end build includes the fixture content; specs load the same content to know what to expect.
process.env.PORTAL_FIXTURES = '1';
// The fixture courses are dated; the build and the specs see the catalogue as on this day.
process.env.PORTAL_NOW ??= '2026-12-01T12:00:00+01:00';

// .ci/test sets CHROME_PATH when Playwright's own browser is not installed.
const launchOptions = {
  executablePath: process.env.CHROME_PATH || undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  // Separate per build, so parallel runs against different builds don't delete each other's artefacts.
  outputDir: `test-results/${distDir}`,
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'da-DK',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // Tests tagged @nojs are about what the server sends and run once, without JavaScript (below);
      // those also tagged @js check something only a scripted browser can (axe), and run here too.
      name: 'chromium',
      grepInvert: /@nojs(?!.*@js)/,
      use: { ...devices['Desktop Chrome'], locale: 'da-DK', launchOptions },
    },
    {
      // The same visitor with JavaScript turned off: every test tagged @nojs.
      name: 'chromium-nojs',
      grep: /@nojs/,
      use: { ...devices['Desktop Chrome'], locale: 'da-DK', javaScriptEnabled: false, launchOptions },
    },
  ],
  webServer: {
    command: serverCommand(port),
    env: {
      NEXT_DIST_DIR: distDir,
      PORTAL_NOW: process.env.PORTAL_NOW,
      PORTAL_DATA_DIR: process.env.PORTAL_DATA_DIR,
      MAIL_INTERVAL_MS: '1000',
      ...serverEnv({ port, idpPort }),
    },
    url: `http://localhost:${port}${readinessPath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
