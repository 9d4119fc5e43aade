// `npm run dev:idp`: a local sign-in provider for trying /admin on your own machine. Never in production.
import { DEV_CLIENT } from './dev-client.mjs';
import { startIdentityProvider } from './identity-provider.mjs';

if (process.env.NODE_ENV === 'production') {
  console.error('dev:idp refuses to start with NODE_ENV=production: it lets anyone sign in as anyone.');
  process.exit(1);
}
const port = Number(process.env.DEV_IDP_PORT ?? 3999);
const portalOrigin = process.env.ADMIN_SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const { issuer } = await startIdentityProvider({ port, portalOrigin });
console.log(`A local sign-in provider runs at ${issuer}. Start the portal with:

  ADMIN_OIDC_ISSUER=${issuer} ADMIN_OIDC_CLIENT_ID=${DEV_CLIENT.id} \\
  ADMIN_OIDC_CLIENT_SECRET=${DEV_CLIENT.secret} \\
  ADMIN_SESSION_SECRET=$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))") \\
  ADMIN_ALLOWED_EMAILS=kursus@example.test npm start

then open ${portalOrigin}/admin and sign in with the login kursus@example.test and any password.
Any other login signs in as someone without access (403).`);
