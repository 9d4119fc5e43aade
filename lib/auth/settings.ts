import { type AuthConfigResult, readAuthConfig } from './config';

let settings: AuthConfigResult | undefined;

/** The sign-in settings of this process, read once from the environment. */
export function authSettings(): AuthConfigResult {
  settings ??= readAuthConfig(process.env);
  return settings;
}

/** Only a path inside the back office may be returned to after sign-in (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/admin(?:\/[\w\-/]*)?(?:\?[\w\-=&%.]*)?$/.test(value) && !value.includes('//') ? value : '/admin';
}
