export function startIdentityProvider(options: {
  port: number;
  portalOrigin: string;
}): Promise<{ issuer: string; close: () => Promise<void> }>;
