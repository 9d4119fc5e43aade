export type Env = Partial<Record<string, string>>;

/** A setting that must be a positive number: unset or empty gives the default; anything else stops the server with its name. */
export function positiveSetting(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
}
