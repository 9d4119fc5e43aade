/** The client the local provider knows the portal by (tests and `npm run dev:idp` only). */
export const DEV_CLIENT = { id: 'portal-admin', secret: 'local-development-secret-not-for-production' };
