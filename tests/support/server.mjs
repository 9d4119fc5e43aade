// How every test layer starts the portal it tests: the production server over a finished build.
// Playwright's webServer and the request-level tests' global setup both use this one command and
// environment, so the two layers always test the same thing.
import { DEV_CLIENT } from './dev-client.mjs';

/** The command line that serves the build in NEXT_DIST_DIR on `port`: the production origin, as `npm start` runs it. */
export function serverCommand(port) {
  return `node server.mjs -p ${port}`;
}

/** The address whose 200 says the server is ready. */
export const readinessPath = '/api/health';

/** The back office's settings in the tests: the local provider, one staff address, a fixed secret. */
export const TEST_ADMIN = {
  staffEmail: 'kursus@example.test',
  sessionSecret: 'test-only-session-secret-0123456789abcdef',
};

/** The centre's inbox for advice requests in the tests (a reserved test domain). */
export const TEST_ADVICE_INBOX = 'raadgivning@example.test';

/** What the server under test is started with, besides the build's own settings. */
export function serverEnv({ port, idpPort }) {
  return {
    ADMIN_OIDC_ISSUER: `http://127.0.0.1:${idpPort}`,
    ADMIN_OIDC_CLIENT_ID: DEV_CLIENT.id,
    ADMIN_OIDC_CLIENT_SECRET: DEV_CLIENT.secret,
    ADMIN_SESSION_SECRET: TEST_ADMIN.sessionSecret,
    ADMIN_ALLOWED_EMAILS: TEST_ADMIN.staffEmail,
    ADMIN_SITE_URL: `http://localhost:${port}`,
    // The advice request's inbox (its e-mails become .eml files: no SMTP_URL in the tests).
    ADVICE_INBOX: TEST_ADVICE_INBOX,
  };
}
