import * as client from 'openid-client';
import { identityFromClaims, type StaffIdentity } from './access';
import { type AuthConfig } from './config';
import { type SignInTransaction } from './session';

/**
 * The authorization code flow with PKCE against the configured provider (Microsoft Entra ID in
 * production, oidc-provider on this machine and in the tests). Every request to the provider has a
 * time limit, so a provider that hangs shows as an error page instead of holding the visitor.
 */
const PROVIDER_TIMEOUT_MS = 10_000;

const discovered = new Map<string, Promise<client.Configuration>>();

/** Plain HTTP is accepted only for a provider on this machine (the local test provider). */
function isLocal(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function providerConfiguration(config: AuthConfig): Promise<client.Configuration> {
  const key = `${config.issuer.href} ${config.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    configuration = client.discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
      execute: isLocal(config.issuer) ? [client.allowInsecureRequests] : [],
      [client.customFetch]: (url, options) =>
        fetch(url, { ...options, body: options.body as RequestInit['body'], signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) }),
    });
    // A failed discovery is tried again on the next sign-in rather than remembered.
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

export function callbackUrl(config: AuthConfig): URL {
  return new URL('/admin/callback', config.siteUrl);
}

/** Where to send the person to sign in, and what to remember until they come back. */
export async function startSignIn(
  config: AuthConfig,
  returnTo: string,
  now: number,
): Promise<{ url: URL; transaction: SignInTransaction }> {
  const configuration = await providerConfiguration(config);
  const transaction: SignInTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    returnTo,
    startedAt: now,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(config).href,
    scope: 'openid email profile',
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, transaction };
}

/** Exchanges the code the provider sent back; throws when anything does not check out. */
export async function finishSignIn(config: AuthConfig, currentUrl: URL, transaction: SignInTransaction): Promise<StaffIdentity> {
  const configuration = await providerConfiguration(config);
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: transaction.codeVerifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the provider sent no ID token');
  // Many providers put the e-mail address and roles only in the user info, not in the ID token.
  const userInfo = configuration.serverMetadata().userinfo_endpoint
    ? await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)
    : {};
  return identityFromClaims({ ...claims, ...userInfo }, config.role?.claim);
}

/** The provider's sign-out address, when it has one (RP-initiated logout); else undefined. */
export async function providerSignOutUrl(config: AuthConfig, after: URL): Promise<URL | undefined> {
  try {
    const configuration = await providerConfiguration(config);
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: after.href,
      client_id: config.clientId,
    });
  } catch {
    return undefined;
  }
}
