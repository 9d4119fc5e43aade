import { type AuthConfig } from './config';

/** What the back office knows about a signed-in person, from the provider's ID token. */
export interface StaffIdentity {
  subject: string;
  email?: string;
  name?: string;
  /** The values of the configured role claim, if the token carried it. */
  roles: string[];
}

/** Reads the identity out of ID-token claims; the role claim may be a string or a list. */
export function identityFromClaims(claims: Record<string, unknown>, roleClaim: string | undefined): StaffIdentity {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const rawRoles = roleClaim ? claims[roleClaim] : undefined;
  const roles = Array.isArray(rawRoles)
    ? rawRoles.filter((role): role is string => typeof role === 'string')
    : text(rawRoles)
      ? [text(rawRoles)!]
      : [];
  return {
    subject: String(claims.sub ?? ''),
    email: text(claims.email ?? claims.preferred_username ?? claims.upn)?.toLowerCase(),
    name: text(claims.name),
    roles,
  };
}

/** Whether this person may use the back office: on the e-mail list, or holding the role. */
export function mayEnter(identity: StaffIdentity, config: Pick<AuthConfig, 'allowedEmails' | 'role'>): boolean {
  if (identity.email && config.allowedEmails.has(identity.email)) return true;
  return config.role !== undefined && identity.roles.includes(config.role.value);
}
