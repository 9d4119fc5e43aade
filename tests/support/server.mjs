// How every test layer starts the portal it tests: the production server over a finished build.
// Playwright's webServer and the request-level tests' global setup both use this one command, so
// the two layers always test the same thing.

/** The command line that serves the build in NEXT_DIST_DIR on `port`. */
export function serverCommand(port) {
  return `npx next start -p ${port}`;
}

/** The address whose 200 says the server is ready. */
export const readinessPath = '/api/health';
