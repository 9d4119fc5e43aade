/**
 * The back office's sign-in settings, read from the environment. Nothing here has a default that
 * lets anyone in: without an issuer, a client and a rule for who may enter, /admin explains what to set.
 */
export interface AuthConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Lower-cased e-mail addresses that may enter. */
  allowedEmails: ReadonlySet<string>;
  /** A claim (e.g. `roles`) and the value in it that grants entry, as an alternative to the list. */
  role?: { claim: string; value: string };
  /** Secret from which the session cookie's encryption key is derived (at least 32 characters). */
  sessionSecret: string;
  idleTimeoutMinutes: number;
  maxLifetimeHours: number;
  /** The public address of the back office's origin (ADMIN_SITE_URL, else PORTAL_SITE_URL): the provider sends people back to …/admin/callback, and posted forms must come from it. */
  siteUrl: URL;
}

export type AuthConfigResult = { ok: true; config: AuthConfig } | { ok: false; missing: string[] };

type Env = Record<string, string | undefined>;

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
}

export function readAuthConfig(env: Env): AuthConfigResult {
  const missing: string[] = [];
  const issuer = env.ADMIN_OIDC_ISSUER?.trim();
  const clientId = env.ADMIN_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.ADMIN_OIDC_CLIENT_SECRET?.trim();
  const sessionSecret = env.ADMIN_SESSION_SECRET ?? '';
  if (!issuer || !URL.canParse(issuer)) missing.push('ADMIN_OIDC_ISSUER');
  if (!clientId) missing.push('ADMIN_OIDC_CLIENT_ID');
  if (!clientSecret) missing.push('ADMIN_OIDC_CLIENT_SECRET');
  if (sessionSecret.length < 32) missing.push('ADMIN_SESSION_SECRET');
  const allowedEmails = new Set(
    (env.ADMIN_ALLOWED_EMAILS ?? '')
      .split(/[\s,;]+/)
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  );
  const [claim, value] = (env.ADMIN_ROLE ?? '').split('=').map((part) => part.trim());
  const role = claim && value ? { claim, value } : undefined;
  if (allowedEmails.size === 0 && !role) missing.push('ADMIN_ALLOWED_EMAILS or ADMIN_ROLE');
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    config: {
      issuer: new URL(issuer!),
      clientId: clientId!,
      clientSecret: clientSecret!,
      allowedEmails,
      role,
      sessionSecret,
      idleTimeoutMinutes: positive(env.ADMIN_SESSION_IDLE_MINUTES, 30),
      maxLifetimeHours: positive(env.ADMIN_SESSION_MAX_HOURS, 10),
      siteUrl: new URL(env.ADMIN_SITE_URL || env.PORTAL_SITE_URL || `http://localhost:${env.PORT || 3000}`),
    },
  };
}
