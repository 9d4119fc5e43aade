export function serverCommand(port: number): string;
export const readinessPath: string;
export const TEST_ADMIN: { staffEmail: string; sessionSecret: string };
export function serverEnv(ports: { port: number; idpPort: number }): Record<string, string>;
export const TEST_ADVICE_INBOX: string;
