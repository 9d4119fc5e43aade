import Provider from 'oidc-provider';
import { DEV_CLIENT } from './dev-client.mjs';

/**
 * A real OpenID Connect provider (oidc-provider) on this machine, for trying the back office
 * locally (`npm run dev:idp`) and for the sign-in tests. Its built-in login page accepts any
 * login and password; the login becomes the person's e-mail address, so a test signs in as
 * staff or as a stranger by what it types.
 */

/**
 * @param {{ port: number, portalOrigin: string }} options
 * @returns {Promise<{ issuer: string, close: () => Promise<void> }>}
 */
export async function startIdentityProvider({ port, portalOrigin }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: DEV_CLIENT.id,
        client_secret: DEV_CLIENT.secret,
        redirect_uris: [`${portalOrigin}/admin/callback`],
        post_logout_redirect_uris: [`${portalOrigin}/admin/logget-ud`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_context, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: true, name: id.split('@')[0] };
        },
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['local-development-cookie-key'] },
  });
  // Quiet by default: the provider warns about its development defaults on every start.
  const server = provider.listen(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
